import type { Config } from '../../config/env.js';
import type { Logger } from '../../log/logger.js';
import type { ContactStore, RosterStore } from '../../program/ports.js';
import type { ClaimStore } from '../../delivery/ports.js';
import type { CheckinNotifier } from './ports.js';
import { zoneOf } from '../../program/roster.js';
import { spanOf } from '../../program/calendar.js';
import { localTime } from '../../program/zoned-time.js';
import { promptMonthDue } from '../../program/checkin-schedule.js';
import type { Contact } from '../../program/records/contact.js';
import { buildCheckinPrompt, promptRange } from './build-checkin-prompt.js';
import { loadProgramSnapshot } from '../../program/snapshot/mentoring-context.js';
import { sendEachOnce } from '../../delivery/once.js';

export type PromptRunSummary = Readonly<Record<'mentors' | 'due' | 'sent' | 'alreadySent' | 'failed', number>>;

/** The claim that makes a mentor's prompt for a month go out once, whatever the number of runs or instances. */
export const promptKey = (mentorId: string, month: string) => `prompt:${mentorId}:${month}`;

/**
 * Job `checkin-prompts`: on the first active day of each program month, from the prompt hour in each mentor's time
 * zone until that day ends, every mentor with current mentees gets one DM listing them with this month's and this
 * semester's status. Bulk: the roster, the done claims and the contacts are each one query for the whole run.
 */
export async function sendCheckinPrompts(deps: { readonly config: Config; readonly logger: Logger; readonly roster: RosterStore; readonly contacts: ContactStore; readonly claims: ClaimStore; readonly checkinNotifier: CheckinNotifier }, now: Date): Promise<PromptRunSummary> {
  const { calendar, checkins } = deps.config;
  const snapshot = await loadProgramSnapshot(deps.roster);
  const due = snapshot.mentorIds.flatMap((mentorId) => {
    const month = promptMonthDue(localTime(now, zoneOf(snapshot.people.get(mentorId), calendar.timezone)), calendar, checkins.promptHour);
    return month === undefined ? [] : [{ mentorId, month }];
  });
  const sent = await sendEachOnce(deps.claims, due, now, {
    key: (d) => promptKey(d.mentorId, d.month),
    // Mentors in zones far apart may be in different months at once: one query spans them all.
    prepare: async (pending): Promise<Contact[]> => {
      const range = spanOf([...new Set(pending.map((d) => d.month))].map((month) => promptRange(month, calendar)));
      const menteeIds = [...new Set(pending.flatMap((d) => snapshot.menteesOf(d.mentorId).map((m) => m.id)))];
      return deps.contacts.findForMentees(menteeIds, range.from, range.to);
    },
    send: ({ mentorId, month }, contacts) => deps.checkinNotifier.sendPrompt(buildCheckinPrompt(mentorId, snapshot.menteesOf(mentorId), month, calendar, contacts)),
    // The next run (at least hourly, the same day) tries again.
    failed: ({ mentorId, month }, error) => deps.logger.error('check-in prompt not sent', { error, mentorId, month }),
  });
  return { mentors: snapshot.mentorIds.length, ...sent };
}
