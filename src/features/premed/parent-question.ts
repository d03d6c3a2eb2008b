import { deliverOnce } from '../../delivery/deliver.js';
import type { ClaimStore } from '../../delivery/ports.js';
import type { QuietHours } from '../../delivery/quiet-hours.js';
import type { Logger } from '../../log/logger.js';
import type { ContactStore, RosterStore } from '../../program/ports.js';
import type { Contact } from '../../program/records/contact.js';
import { zoneOf } from '../../program/roster.js';
import { minorsAwaitingFirstContact, noParentAlertKey, readParentAnswer, tellsCoordinators } from './domain/parent-present.js';
import { safeguardsOf } from './introduce-pairs.js';
import type { FirstSessionStore, PremedRulesSender } from './ports.js';
import { readPremedPairs, type ReadPairsDeps } from './read-pairs.js';

export interface ParentQuestionDeps extends ReadPairsDeps {
  readonly roster: Pick<RosterStore, 'findPeople' | 'findPeopleWithRole'>;
  readonly contacts: Pick<ContactStore, 'findForMentees'>;
  readonly firstSessions: FirstSessionStore;
  readonly claims: ClaimStore;
  readonly logger: Logger;
  readonly rulesSender: PremedRulesSender;
  readonly quietHours: QuietHours;
  /** PREMED_SAFEGUARD_USER_IDS; empty: the pre-med admins. */
  readonly safeguardUserIds: readonly string[];
}

/** Every program date: a pair's first contact may lie in any month. */
const EVER = { from: '1900-01-01', to: '9999-12-31' } as const;

/** An answer's DMs stay due this long (a run held by a coordinator's night sends it the next morning); never past the claims' keeping. */
const ALERT_DUE_DAYS = 14;

/**
 * Of these mentees, the minors of this mentor's open pre-med pairs (both agreed) with whom a contact logged now would be
 * the first (no counted contact of theirs before, request replies aside): the check-in form asks them the parent question.
 */
export async function minorsAwaitingParentAnswer(deps: ParentQuestionDeps, mentorId: string, menteeIds: readonly string[], now: Date): Promise<string[]> {
  if (menteeIds.length === 0) return [];
  // A mentor waits for this (a check-in): only their pairs are read.
  const state = await readPremedPairs(deps, now, { mentorIds: [mentorId] });
  const wanted = new Set(menteeIds);
  const minors = state.pairs.filter((p) => p.mentorId === mentorId && p.introduced && p.minor && wanted.has(p.menteeId)).map((p) => ({ id: p.menteeId, minor: true }));
  if (minors.length === 0) return [];
  const contacts = await deps.contacts.findForMentees(minors.map((m) => m.id), EVER.from, EVER.to);
  return minorsAwaitingFirstContact(mentorId, minors, contacts);
}

/**
 * The parent question's answer for a contact just stored: kept once per contact and minor (`premed_first_sessions`);
 * a *no* tells the coordinators (names and date only), each once, through the shared send path.
 */
export async function recordParentAnswer(deps: ParentQuestionDeps, contact: Contact, about: readonly string[], answer: string, now: Date): Promise<void> {
  const parsed = readParentAnswer(answer);
  if (parsed === undefined) return;
  for (const menteeId of about) {
    await deps.firstSessions.recordFirstSession({ contactId: contact.id, mentorId: contact.mentorId, menteeId, date: contact.date, parentPresent: parsed === 'yes', recordedAt: now });
  }
  if (parsed === 'no') await sendNoParentAlerts(deps, now);
}

/**
 * The coordinators' DMs about recent first sessions without a parent or guardian: one per session and coordinator
 * (claimed by `noParentAlertKey`), outside their quiet hours. Right after the answer, and again with the `nudges` job
 * for any held by a coordinator's night or a failure.
 */
export async function sendNoParentAlerts(deps: ParentQuestionDeps, now: Date) {
  const since = new Date(now.getTime() - ALERT_DUE_DAYS * 86_400_000);
  const sessions = (await deps.firstSessions.findFirstSessions()).filter((s) => tellsCoordinators(s) && s.recordedAt >= since);
  if (sessions.length === 0) return { premedNoParentAlertsSent: 0, premedNoParentAlertsWaiting: 0, premedNoParentAlertsFailed: 0 };
  const state = await readPremedPairs(deps, now);
  const admins = await deps.roster.findPeopleWithRole('admin');
  const pairOf = new Map(state.pairs.map((p) => [`${p.mentorId}:${p.menteeId}`, p]));
  const coordinatorIds = new Set<string>();
  const deliveries = sessions.flatMap((s) => {
    const pair = pairOf.get(`${s.mentorId}:${s.menteeId}`);
    if (pair === undefined) return [];
    const coordinators = safeguardsOf(pair.menteeProfile, state.today, deps.safeguardUserIds, admins);
    for (const id of coordinators) coordinatorIds.add(id);
    return coordinators.map((coordinatorId) => ({ key: noParentAlertKey(s, coordinatorId), recipientId: coordinatorId, zone: '', session: { menteeName: pair.menteeName, mentorName: pair.mentorName, date: s.date } }));
  });
  const people = new Map((await deps.roster.findPeople([...coordinatorIds])).map((p) => [p.id, p]));
  const zoned = deliveries.filter((d) => people.get(d.recipientId)?.active !== false).map((d) => ({ ...d, zone: zoneOf(people.get(d.recipientId), deps.programTimezone) }));
  const sent = await deliverOnce({ claims: deps.claims, quietHours: deps.quietHours, logger: deps.logger.child({ feature: 'premed' }) }, zoned, now, async (d) => ({
    ...(await deps.rulesSender.sendNoParentAlert(d.recipientId, d.session)),
  }));
  return { premedNoParentAlertsSent: sent.sent, premedNoParentAlertsWaiting: sent.waitingForMorning, premedNoParentAlertsFailed: sent.failed };
}
