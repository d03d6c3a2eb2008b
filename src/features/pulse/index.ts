import { hourlyJob } from '../../jobs/job.js';
import { kernelDeps, type Feature, type FeatureContext, type FeatureModule } from '../feature.js';
import type { PulseNotifier } from './ports.js';
import { createPulseNotifier } from './slack/pulse-notifier.js';
import { registerPulseActions } from './slack/register-pulse-actions.js';
import { createPulseUseCases } from './use-cases.js';

/** The monthly pulse: "How are things going?", its answers, and "Let my mentors know" / "I'd like to talk". */
export function createPulseFeature(ctx: FeatureContext, ports: { readonly pulseNotifier?: PulseNotifier } = {}) {
  const useCases = createPulseUseCases({ ...kernelDeps(ctx), pulseNotifier: ports.pulseNotifier ?? createPulseNotifier(ctx.messenger) });
  return {
    name: 'pulse',
    useCases,
    register: (app) => registerPulseActions(app, { services: useCases, openRequestForm: (args) => ctx.links.openRequestForm(args) }),
    jobs: [
      hourlyJob('pulse', 'from PULSE_DAY at PULSE_HOUR in each mentee’s zone until the month ends (on through the next morning after a quiet night), one “How are things going?” per mentee per active month, outside quiet hours', (now) => useCases.sendPulses(now)),
    ],
  } satisfies Feature & { useCases: unknown };
}

export const pulseFeature = { create: createPulseFeature } satisfies FeatureModule;
