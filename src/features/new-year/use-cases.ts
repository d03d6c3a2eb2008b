import { applyNewYear } from './apply-new-year.js';
import type { NewYearActor, NewYearDeps } from './deps.js';
import { previewNewYear } from './preview-new-year.js';
import { sendWaitingThanks } from './send-thanks.js';

export type NewYearUseCases = ReturnType<typeof createNewYearUseCases>;

/** The turn of the year: preview it, apply it (once a year), and send the thank-you DMs still waiting. */
export function createNewYearUseCases(deps: NewYearDeps) {
  return {
    preview: (actor: NewYearActor, now: Date) => previewNewYear(deps, actor, now),
    apply: (actor: NewYearActor, now: Date) => applyNewYear(deps, actor, now),
    sendWaitingThanks: (now: Date) => sendWaitingThanks(deps, now),
  };
}
