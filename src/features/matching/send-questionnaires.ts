import { deliverOnce, type DeliverySummary } from '../../delivery/deliver.js';
import type { ClaimStore } from '../../delivery/ports.js';
import type { QuietHours } from '../../delivery/quiet-hours.js';
import type { Logger } from '../../log/logger.js';
import { addDays, dateInZone } from '../../program/calendar-date.js';
import type { RosterStore } from '../../program/ports.js';
import { zoneOf } from '../../program/roster.js';
import type { MatchingRound, MatchingSender, MatchingStore } from './ports.js';
import { questionnaireAudience, readMatchingWorld } from './read-matching-world.js';

export interface QuestionnaireSendDeps {
  readonly matching: MatchingStore;
  readonly roster: RosterStore;
  readonly claims: ClaimStore;
  readonly logger: Logger;
  readonly sender: MatchingSender;
  readonly quietHours: QuietHours;
  readonly programTimezone: string;
}

/** Reminders go this many days after the round opened (program dates), to those who have not answered. */
export const REMINDER_DAYS = [3, 7] as const;

/** Claim keys: one invitation per round and person, and one of each reminder. */
export const invitationKey = (roundId: string, userId: string) => `matching:invite:${roundId}:${userId}`;
export const reminderKey = (roundId: string, reminder: number, userId: string) => `matching:remind:${roundId}:${reminder}:${userId}`;

/** The reminder due on `today` for a round opened on `opened` (1-based), the latest one only; undefined before the first. */
export function dueReminder(opened: string, today: string): number | undefined {
  let due: number | undefined;
  REMINDER_DAYS.forEach((days, i) => {
    if (today >= addDays(opened, days)) due = i + 1;
  });
  return due;
}

const count = (prefix: string, d: DeliverySummary) => ({ [`${prefix}Sent`]: d.sent, [`${prefix}AlreadySent`]: d.alreadySent, [`${prefix}WaitingForMorning`]: d.waitingForMorning, [`${prefix}InProgress`]: d.inProgress, [`${prefix}Failed`]: d.failed });

/**
 * Job `questionnaire` (and `/mentor-admin questionnaire` at once): the open round's invitation to each person it is for
 * (mentees to place, peer mentors whose group is not full), and its reminders to those invited who have not answered;
 * each DM once per person, never in their quiet hours. Nothing once the round's match is applied.
 */
export async function sendQuestionnaires(deps: QuestionnaireSendDeps, now: Date, round?: MatchingRound): Promise<Readonly<Record<string, number>>> {
  const open = round ?? (await deps.matching.findLatestRound());
  if (open === undefined || open.appliedAt !== undefined) return { questionnaireOpen: 0 };
  const world = await readMatchingWorld(deps.roster);
  const answered = new Set((await deps.matching.findAnswers(open.id)).map((a) => a.userId));
  const audience = questionnaireAudience(world).filter((p) => !answered.has(p.id));
  const delivery = (key: (id: string) => string) => audience.map((p) => ({ key: key(p.id), recipientId: p.id, zone: zoneOf(p, deps.programTimezone) }));
  const invitations = delivery((id) => invitationKey(open.id, id));
  const reminder = dueReminder(dateInZone(open.startedAt, deps.programTimezone), dateInZone(now, deps.programTimezone));
  let reminders: typeof invitations = [];
  if (reminder !== undefined) {
    const invited = await deps.claims.findDoneKeys(invitations.map((d) => d.key));
    reminders = delivery((id) => reminderKey(open.id, reminder, id)).filter((d) => invited.has(invitationKey(open.id, d.recipientId)));
  }
  const send = { claims: deps.claims, quietHours: deps.quietHours, logger: deps.logger.child({ feature: 'matching' }) };
  const invited = await deliverOnce(send, invitations, now, async (d) => ({ ...(await deps.sender.sendInvitation(d.recipientId, open)) }));
  const reminded = await deliverOnce(send, reminders, now, async (d) => ({ ...(await deps.sender.sendReminder(d.recipientId, open)) }));
  return { questionnaireOpen: 1, ...count('questionnaireInvitations', invited), ...count('questionnaireReminders', reminded) };
}
