import { hourlyJob } from '../../jobs/job.js';
import { pairsOf } from '../../program/pairs.js';
import { kernelDeps, type Feature, type FeatureContext, type FeatureModule } from '../feature.js';
import type { CheckinNotifier } from './ports.js';
import { createCheckinRoutes } from './slack/checkin-command.js';
import { createCheckinNotifier } from './slack/checkin-notifier.js';
import { contactExportKinds, createContactExportTables } from './export-tables.js';
import { checkinHelp, contactExportLabels } from './slack/copy.js';
import { registerCheckinHomeButton } from './slack/home-button.js';
import { registerCheckinActions } from './slack/register-checkin-actions.js';
import { registerCheckinViews } from './slack/register-checkin-views.js';
import { createContactUseCases } from './use-cases.js';
import { queueRedraws } from './home-redraws.js';
import { createReadCache, ROSTER_READ_TTL_MS } from '../../program/read-cache.js';
import { keptMentorContexts } from '../../program/snapshot/mentoring-context.js';

/** Its kinds of export, declared on the module (`npm run export` reads them before any setup). */
const EXPORT_KINDS = contactExportKinds(contactExportLabels);

/** Contacts: `/mentor-checkin`, the check-in form and Undo, and the monthly check-in prompts. */
export function createContactsFeature(ctx: FeatureContext, ports: { readonly checkinNotifier?: CheckinNotifier } = {}) {
  const pairs = pairsOf(() => ctx.surfaces.pairTracks?.() ?? []);
  // A mentor's groups, read once for a burst of check-ins: dropped when the roster changes here, else kept briefly.
  const mentors = createReadCache({ ttlMs: ROSTER_READ_TTL_MS });
  const useCases = createContactUseCases({
    ...kernelDeps(ctx),
    checkinNotifier: ports.checkinNotifier ?? createCheckinNotifier(ctx.messenger),
    refreshHomes: queueRedraws((userIds, now) => ctx.links.refreshHomes(userIds, now)),
    pairs,
    mentorContexts: keptMentorContexts(mentors, ctx.stores.roster, pairs),
    questions: () => ctx.surfaces.checkinQuestions?.() ?? [],
    promptNotes: () => ctx.surfaces.promptNotes?.() ?? [],
  });
  return {
    name: 'contacts',
    useCases,
    register(app) {
      registerCheckinViews(app, useCases, () => ctx.surfaces.checkinQuestions?.() ?? []);
      registerCheckinActions(app, useCases);
      registerCheckinHomeButton(app, useCases);
    },
    onProgramChanged: (store) => {
      if (store === 'roster') mentors.drop();
    },
    commands: [{ command: '/mentor-checkin', routes: createCheckinRoutes(useCases) }],
    help: [{ command: '/mentor-checkin', ...checkinHelp }],
    exportTables: createContactExportTables({ config: ctx.config, roster: ctx.stores.roster, contacts: ctx.stores.contacts }, EXPORT_KINDS),
    jobs: [
      hourlyJob('checkin-prompts', 'on the first active day of each program month, from CHECKIN_PROMPT_HOUR in each mentor’s zone (on through the next morning after a quiet night), one DM per mentor, outside quiet hours', (now) => useCases.sendCheckinPrompts(now)),
    ],
  } satisfies Feature & { useCases: unknown };
}

export const contactsFeature = { exportKinds: Object.values(EXPORT_KINDS), create: createContactsFeature } satisfies FeatureModule;
