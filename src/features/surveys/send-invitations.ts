import { deliverOnce, type DeliverySummary } from '../../delivery/deliver.js';
import type { ClaimStore } from '../../delivery/ports.js';
import type { QuietHours } from '../../delivery/quiet-hours.js';
import type { Logger } from '../../log/logger.js';
import { dateInZone } from '../../program/calendar-date.js';
import type { PairTrack } from '../../program/pairs.js';
import type { RosterStore } from '../../program/ports.js';
import { zoneOf, type Person } from '../../program/roster.js';
import { tracksOf } from '../../program/tracks.js';
import { isOpen, isReminderDue, type Survey } from './domain/survey.js';
import type { SurveySender, SurveyStore } from './ports.js';
import { audienceOf, readProgram } from './read-audience.js';

export interface InvitationDeps {
  readonly surveys: SurveyStore;
  readonly roster: RosterStore;
  readonly claims: ClaimStore;
  readonly logger: Logger;
  readonly sender: SurveySender;
  readonly quietHours: QuietHours;
  readonly programTimezone: string;
  /** The pair tracks, whose own quiet hours for some people (pre-med: a minor's MINOR_QUIET_HOURS) hold a DM back too. */
  readonly pairTracks: () => readonly PairTrack[];
}

/** Claim keys: one invitation and one reminder per survey and person, ever. */
export const invitationKey = (surveyId: string, userId: string) => `surveys:invite:${surveyId}:${userId}`;
export const reminderKey = (surveyId: string, userId: string) => `surveys:remind:${surveyId}:${userId}`;

interface SurveyDelivery {
  readonly key: string;
  readonly recipientId: string;
  readonly zone: string;
  readonly survey: Survey;
}

const count = (prefix: string, d: DeliverySummary) => ({ [`${prefix}Sent`]: d.sent, [`${prefix}AlreadySent`]: d.alreadySent, [`${prefix}WaitingForMorning`]: d.waitingForMorning, [`${prefix}InProgress`]: d.inProgress, [`${prefix}Failed`]: d.failed });

/**
 * Job `surveys`: each open survey's invitation to each person it concerns, and from 3 days before closing a reminder to
 * those invited before this run who have not answered; each DM once per person and survey, never in their quiet hours.
 */
export async function sendSurveyInvitations(deps: InvitationDeps, now: Date): Promise<Readonly<Record<string, number>>> {
  const today = dateInZone(now, deps.programTimezone);
  const open = (await deps.surveys.findClosingFrom(today)).filter((s) => isOpen(s, today));
  if (open.length === 0) return { surveysOpen: 0 };
  const program = await readProgram(deps.roster);
  const respondents = await deps.surveys.findRespondents(open.map((s) => s.id));
  const invitations: SurveyDelivery[] = [];
  const reminders: SurveyDelivery[] = [];
  for (const survey of open) {
    const audience = audienceOf(survey, program.people.values()).filter((p) => !respondents.get(survey.id)?.has(p.id));
    const delivery = (key: string) => (p: (typeof audience)[number]) => ({ key, recipientId: p.id, zone: zoneOf(p, deps.programTimezone), survey });
    invitations.push(...audience.map((p) => delivery(invitationKey(survey.id, p.id))(p)));
    if (isReminderDue(survey, today)) {
      const invited = await deps.claims.findDoneKeys(audience.map((p) => invitationKey(survey.id, p.id)));
      reminders.push(...audience.filter((p) => invited.has(invitationKey(survey.id, p.id))).map((p) => delivery(reminderKey(survey.id, p.id))(p)));
    }
  }
  const held = await heldByTracks(deps, [...invitations, ...reminders], program.people, now);
  const send = { claims: deps.claims, quietHours: deps.quietHours, logger: deps.logger.child({ feature: 'surveys' }) };
  const sendable = (list: SurveyDelivery[]) => list.filter((d) => !held.has(d.recipientId));
  const invited = await deliverOnce(send, sendable(invitations), now, async (d) => ({ ...(await deps.sender.sendInvitation(d.recipientId, d.survey)) }));
  const reminded = await deliverOnce(send, sendable(reminders), now, async (d) => ({ ...(await deps.sender.sendReminder(d.recipientId, d.survey)) }));
  const waiting = (list: SurveyDelivery[], d: DeliverySummary) => ({ ...d, waitingForMorning: d.waitingForMorning + list.filter((x) => held.has(x.recipientId)).length });
  return { surveysOpen: open.length, ...count('surveyInvitations', waiting(invitations, invited)), ...count('surveyReminders', waiting(reminders, reminded)) };
}

/**
 * The recipients not yet sent to whom a pair track's own quiet hours apply now (a pre-med minor at night): asked one
 * person at a time, only for people of a track that has such hours, only for DMs still to send.
 */
async function heldByTracks(deps: InvitationDeps, deliveries: readonly SurveyDelivery[], people: ReadonlyMap<string, Person>, now: Date): Promise<ReadonlySet<string>> {
  const tracks = deps.pairTracks().filter((t) => t.conversationOpensAt !== undefined);
  if (tracks.length === 0 || deliveries.length === 0) return new Set();
  const done = await deps.claims.findDoneKeys(deliveries.map((d) => d.key));
  const held = new Set<string>();
  for (const id of new Set(deliveries.filter((d) => !done.has(d.key)).map((d) => d.recipientId))) {
    const person = people.get(id);
    for (const track of tracks) {
      if (person !== undefined && tracksOf(person).includes(track.track) && (await track.conversationOpensAt!([id], now)) !== undefined) held.add(id);
    }
  }
  return held;
}
