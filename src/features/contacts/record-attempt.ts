import type { Config } from '../../config/env.js';
import { deliverOnce, type DeliverySummary } from '../../delivery/deliver.js';
import type { ClaimStore, PostedMessage } from '../../delivery/ports.js';
import type { Logger } from '../../log/logger.js';
import { monthKeyOf, programMonth } from '../../program/calendar.js';
import type { Pairs } from '../../program/pairs.js';
import type { ContactStore, RosterStore } from '../../program/ports.js';
import { zoneOf, type Person } from '../../program/roster.js';
import { isMentor, loadProgramSnapshot, mentorContextOf, type MentorContexts } from '../../program/snapshot/mentoring-context.js';
import { loadMenteeCircle } from '../../program/snapshot/mentoring-circle.js';
import { attemptDate, unreachedMentees } from './domain/attempts.js';
import type { AttemptStore, PromptAnswerNotifier } from './ports.js';
import { redrawPrompt, type RedrawPromptDeps } from './redraw-prompt.js';

export type AttemptDeps = RedrawPromptDeps & {
  readonly config: Config;
  readonly logger: Logger;
  readonly claims: ClaimStore;
  readonly roster: RosterStore;
  readonly contacts: ContactStore;
  readonly attempts: AttemptStore;
  readonly answerNotifier: PromptAnswerNotifier;
  readonly pairs?: Pairs;
  /** Where a mentor's context is read (the feature's brief cache; unset: the roster, every time). */
  readonly mentorContexts?: MentorContexts;
};

export type RecordAttemptResult =
  | { readonly ok: true; readonly created: boolean; readonly escalated: boolean }
  | { readonly ok: false; readonly problem: 'not_a_mentor' | 'not_your_mentee' };

/** The claim that tells a Faculty Mentor once that a mentee was not reached in a month. */
const unreachedKey = (menteeId: string, month: string, facultyId: string) => `unreached:${menteeId}:${month}:${facultyId}`;

/**
 * A prompt's *Couldn't reach*: records an attempt (not a communication: no rule counts it), once per mentor, mentee
 * and day; redraws the prompt it came from; and, when it is the mentee's second this month with no communication,
 * tells the Faculty Mentor(s) of the mentee's cohort (once per mentee and month, never in their quiet hours: the
 * `nudges` job sends what had to wait).
 */
export async function recordAttempt(
  deps: AttemptDeps,
  entry: { readonly actorId: string; readonly menteeId: string; readonly prompt: (PostedMessage & { readonly month: string }) | undefined; readonly now: Date },
): Promise<RecordAttemptResult> {
  const context = await mentorContextOf(deps, entry.actorId, entry.now);
  if (!isMentor(context.actor)) return { ok: false, problem: 'not_a_mentor' };
  if (!context.mentees.some((m) => m.id === entry.menteeId)) return { ok: false, problem: 'not_your_mentee' };
  const { created } = await deps.attempts.record({ mentorId: entry.actorId, menteeId: entry.menteeId, at: entry.now, date: attemptDate(entry.now, deps.config.calendar) });
  const { sent, alreadySent } = await escalateUnreached(deps, entry.now, [entry.menteeId]);
  if (entry.prompt !== undefined) await redrawPrompt(deps, entry.actorId, context, entry.prompt, entry.now);
  return { ok: true, created, escalated: sent + alreadySent > 0 };
}

/**
 * Tells each Faculty Mentor of a mentee's cohort that the mentee was not reached this month (the program's month):
 * two attempts and no communication. Of these mentees, or (the `nudges` job) of everyone with attempts this month.
 */
export async function escalateUnreached(deps: AttemptDeps, now: Date, menteeIds?: readonly string[]): Promise<DeliverySummary> {
  const none = { sent: 0, alreadySent: 0, waitingForMorning: 0, inProgress: 0, failed: 0 };
  const { calendar, quietHours } = deps.config;
  const month = programMonth(monthKeyOf(attemptDate(now, calendar)), calendar);
  const attempts = await deps.attempts.findBetween(month.from, month.to, menteeIds);
  // Those tried twice, before any contact is read (most runs find none).
  const twice = unreachedMentees(month.key, calendar, attempts, []);
  if (twice.length === 0) return none;
  const contacts = await deps.contacts.findForMentees(twice, month.from, month.to);
  const unreached = unreachedMentees(month.key, calendar, attempts, contacts);
  if (unreached.length === 0) return none;
  const { people, facultyOf } = await loadFaculty(deps.roster, unreached);
  const deliveries = unreached.flatMap((menteeId) =>
    facultyOf(menteeId).map((facultyId) => ({ key: unreachedKey(menteeId, month.key, facultyId), recipientId: facultyId, zone: zoneOf(people.get(facultyId), calendar.timezone), menteeId })),
  );
  return deliverOnce({ claims: deps.claims, quietHours, logger: deps.logger.child({ step: 'unreached' }) }, deliveries, now, async (d) => ({
    ...(await deps.answerNotifier.tellUnreached(d.recipientId, { id: d.menteeId, name: people.get(d.menteeId)?.name ?? d.menteeId })),
  }));
}

/** The Faculty Mentors of mentees' cohorts: one mentee's circle, or the whole program's snapshot for several. */
export async function loadFaculty(roster: RosterStore, menteeIds: readonly string[]): Promise<{ readonly people: ReadonlyMap<string, Person>; facultyOf(menteeId: string): string[] }> {
  if (menteeIds.length === 1) {
    const circle = await loadMenteeCircle(roster, menteeIds[0]!);
    return { people: circle.people, facultyOf: (id) => (id === menteeIds[0] ? circle.faculty : []) };
  }
  const snapshot = await loadProgramSnapshot(roster);
  return { people: snapshot.people, facultyOf: (id) => snapshot.map.facultyOf(id).filter((f) => snapshot.people.get(f)?.active !== false) };
}
