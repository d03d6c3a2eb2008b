import type { Config } from '../../config/env.js';
import type { Logger } from '../../log/logger.js';
import { programMonth } from '../../program/calendar.js';
import type { ContactStore } from '../../program/ports.js';
import type { MentorContext } from '../../program/snapshot/mentoring-context.js';
import { buildCheckinPrompt, promptRange, withPromptNotes } from './build-checkin-prompt.js';
import type { PromptNotes } from '../../slack/prompt-notes.js';
import type { AttemptStore, CheckinNotifier } from './ports.js';
import type { PostedMessage } from '../../delivery/ports.js';

export type RedrawPromptDeps = {
  readonly config: Config;
  readonly logger: Logger;
  readonly contacts: ContactStore;
  readonly attempts: AttemptStore;
  readonly checkinNotifier: CheckinNotifier;
  /** The notes the features add under a mentee's line (none when unset). */
  readonly promptNotes?: () => readonly PromptNotes[];
};

/**
 * Redraws a mentor's check-in prompt with the ledger as it is now (after a contact or a *Couldn't reach* from it).
 * Best effort: what changed is stored already, and a prompt that could not be redrawn only shows an older status.
 */
export async function redrawPrompt(deps: RedrawPromptDeps, mentorId: string, context: MentorContext, prompt: PostedMessage & { readonly month: string }, now: Date): Promise<void> {
  try {
    const range = promptRange(prompt.month, deps.config.calendar);
    const month = programMonth(prompt.month, deps.config.calendar);
    // The monthly prompt lists the mentees of the mentor's groups (a track's pairs have their own reminders).
    const listed = context.mentees.filter((m) => !context.pairedIds.has(m.id));
    const ids = listed.map((m) => m.id);
    const [contacts, attempts] = await Promise.all([deps.contacts.findForMentees(ids, range.from, range.to), deps.attempts.findBetween(month.from, month.to, ids)]);
    const redrawn = buildCheckinPrompt(mentorId, listed, prompt.month, deps.config.calendar, contacts, attempts);
    await deps.checkinNotifier.updatePrompt(prompt, await withPromptNotes(redrawn, deps.promptNotes?.() ?? [], now));
  } catch (error) {
    deps.logger.warn('could not redraw a check-in prompt', { error, month: prompt.month });
  }
}
