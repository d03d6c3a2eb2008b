import { zonedInstant } from '../program/zoned-time.js';
import { SAMPLE } from './sample-program.js';

/**
 * What the sample people do during the semester, as they would in Slack: each step calls the use case its listener
 * calls, with the simulated time. Everything else (introductions, reminders, escalations, prompts, pulses, digests,
 * nudges) the app's own jobs do as the simulated clock passes.
 */
export interface StoryStep {
  /** Local date and time in the sample program's zone. */
  readonly date: string;
  readonly time: string;
  readonly actor: string;
  readonly text: string;
  /** What the summary counts it as (e.g. "check-ins logged"), if anything. */
  readonly tally?: string;
  act(now: Date): Promise<void>;
}

export const at = (step: Pick<StoryStep, 'date' | 'time'>): Date => {
  const [hour, minute] = step.time.split(':').map(Number);
  return zonedInstant(step.date, hour!, minute!, SAMPLE.zone);
};

/** A refused step is a broken demo: it stops with what was refused rather than play on a different story. */
export function expect<T extends { readonly kind: string } | { readonly ok: boolean }>(outcome: T, wanted: string, step: string): T {
  const got = 'kind' in outcome ? outcome.kind : outcome.ok ? 'ok' : 'refused';
  if (got !== wanted) throw new Error(`the demo's story went wrong at "${step}": ${JSON.stringify(outcome)}`);
  return outcome;
}
