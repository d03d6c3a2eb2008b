import type { Config } from '../../config/env.js';
import type { Logger } from '../../log/logger.js';
import type { ContactStore, RosterStore } from '../../program/ports.js';
import type { ClaimStore } from '../../delivery/ports.js';
import type { CheckinNotifier, PromptStore } from './ports.js';
import { zoneOf } from '../../program/roster.js';
import { spanOf } from '../../program/calendar.js';
import { localTime } from '../../program/zoned-time.js';
import { promptMonthsDue } from '../../program/checkin-schedule.js';
import type { Contact } from '../../program/records/contact.js';
import { buildCheckinPrompt, promptRange, withPromptNotes } from './build-checkin-prompt.js';
import type { PromptNotes } from '../../slack/prompt-notes.js';
import { pickInOrder, positionsByEach, type Positions } from '../../program/positions.js';
import { loadProgramSnapshot } from '../../program/snapshot/mentoring-context.js';
import { deliverOnce, type Delivery, type DeliverySummary } from '../../delivery/deliver.js';

export type PromptRunSummary = Readonly<Record<'mentors' | 'due' | keyof DeliverySummary, number>>;

/** The claim that makes a mentor's prompt for a month go out once, whatever the number of runs or instances. */
export const promptKey = (mentorId: string, month: string) => `prompt:${mentorId}:${month}`;

interface PromptDelivery extends Delivery {
  readonly month: string;
}

export type SendCheckinPromptsDeps = {
  readonly config: Config;
  readonly logger: Logger;
  readonly roster: RosterStore;
  readonly contacts: ContactStore;
  readonly claims: ClaimStore;
  readonly checkinNotifier: CheckinNotifier;
  readonly prompts: PromptStore;
  readonly promptNotes?: () => readonly PromptNotes[];
};

/**
 * Job `checkin-prompts`: on the first active day of each program month, from the prompt hour in each mentor's time
 * zone until that day ends (and on through the next morning when the night is quiet: see promptMonthsDue), every
 * mentor with current mentees gets one DM listing them with this month's and this semester's status. Sent through
 * deliverOnce: once per mentor and month, never in quiet hours, retried after Slack's Retry-After or with backoff,
 * given up after a permanent error. Bulk: the roster and the contacts are each one query for the whole run, and the
 * contacts are read only when a prompt is about to go out.
 */
export async function sendCheckinPrompts(deps: SendCheckinPromptsDeps, now: Date): Promise<PromptRunSummary> {
  const { calendar, checkins, quietHours } = deps.config;
  const snapshot = await loadProgramSnapshot(deps.roster);
  const deliveries = snapshot.mentorIds.flatMap((mentorId) => {
    const zone = zoneOf(snapshot.people.get(mentorId), calendar.timezone);
    return promptMonthsDue(localTime(now, zone), calendar, checkins.promptHour, quietHours).map(
      (month): PromptDelivery => ({ key: promptKey(mentorId, month), recipientId: mentorId, zone, month }),
    );
  });
  const counts = { mentors: snapshot.mentorIds.length, due: deliveries.length };
  const empty = { sent: 0, alreadySent: 0, waitingForMorning: 0, inProgress: 0, failed: 0 };
  if (deliveries.length === 0) return { ...counts, ...empty };
  // Most runs in a window find every prompt sent: then nothing more is read.
  const done = await deps.claims.findDoneKeys(deliveries.map((d) => d.key));
  if (done.size === deliveries.length) return { ...counts, ...empty, alreadySent: done.size };

  const pending = deliveries.filter((d) => !done.has(d.key));
  let contacts: Promise<{ readonly all: Contact[]; readonly byMentee: Positions }> | undefined;
  // Mentors in zones far apart may be in different months at once: one query spans them all.
  const readContacts = async () => {
    const range = spanOf([...new Set(pending.map((d) => d.month))].map((month) => promptRange(month, calendar)));
    const menteeIds = [...new Set(pending.flatMap((d) => snapshot.menteesOf(d.recipientId).map((m) => m.id)))];
    const all = await deps.contacts.findForMentees(menteeIds, range.from, range.to);
    // Grouped by mentee once: each prompt then reads only its own mentees' contacts, not the whole program's.
    return { all, byMentee: positionsByEach(all, (c) => c.menteeIds) };
  };
  const summary = await deliverOnce({ claims: deps.claims, quietHours, logger: deps.logger.child({ job: 'checkin-prompts' }) }, deliveries, now, async (d) => {
    contacts ??= readContacts();
    const { all, byMentee } = await contacts;
    const mentees = snapshot.menteesOf(d.recipientId);
    const prompt = buildCheckinPrompt(d.recipientId, mentees, d.month, calendar, pickInOrder(all, byMentee, mentees.map((m) => m.id)));
    const posted = await deps.checkinNotifier.sendPrompt(await withPromptNotes(prompt, deps.promptNotes?.() ?? [], now));
    // Kept by where it was posted: a reply in its thread is known to be one, and whose (a repeat is harmless).
    await deps.prompts.save({ ...posted, mentorId: d.recipientId, month: d.month });
    return { ...posted };
  });
  return { ...counts, ...summary };
}
