import type { Config } from '../../config/env.js';
import { deliverOnce, type DeliverySummary } from '../../delivery/deliver.js';
import type { ClaimStore } from '../../delivery/ports.js';
import type { Logger } from '../../log/logger.js';
import { addDays } from '../../program/calendar-date.js';
import { programDateOf } from '../../program/calendar.js';
import type { Pairs } from '../../program/pairs.js';
import type { RosterStore } from '../../program/ports.js';
import { zoneOf } from '../../program/roster.js';
import { isMentor, mentorContextOf, type MentorContexts } from '../../program/snapshot/mentoring-context.js';
import { checkConcern, type Concern, type ConcernProblem } from './domain/concern.js';
import type { ConcernStore, PromptAnswerNotifier } from './ports.js';
import { loadFaculty } from './record-attempt.js';

export type ConcernDeps = {
  readonly config: Config;
  readonly logger: Logger;
  readonly claims: ClaimStore;
  readonly roster: RosterStore;
  readonly concerns: ConcernStore;
  readonly answerNotifier: PromptAnswerNotifier;
  readonly pairs?: Pairs;
  /** Where a mentor's context is read (the feature's brief cache; unset: the roster, every time). */
  readonly mentorContexts?: MentorContexts;
};

export interface ConcernEntry {
  readonly actorId: string;
  readonly menteeId: string;
  readonly category: string | undefined;
  /** Private to the author. */
  readonly note: string | undefined;
  /** Unique per form (its view id): the same form again is stored once. */
  readonly sourceKey: string;
  readonly now: Date;
}

export type RaiseConcernResult =
  | { readonly ok: true; readonly concern: Concern; readonly created: boolean; readonly facultyTold: number }
  | { readonly ok: false; readonly problems: readonly (ConcernProblem | 'not_a_mentor' | 'not_your_mentee')[] };

/** Days a concern's Faculty Mentor alert is retried by the `nudges` job (e.g. after their quiet hours). */
const ALERT_DAYS = 7;

const concernKey = (concern: Concern, facultyId: string) => `concern:${concern.id}:faculty:${facultyId}`;

/** Whom a prompt's answer (a form, or a concern) is about, by name, or why not: a mentor's own current mentee only. */
export async function prepareAnswer(deps: Pick<ConcernDeps, 'roster' | 'pairs' | 'mentorContexts'>, actorId: string, menteeId: string, now: Date) {
  const context = await mentorContextOf(deps, actorId, now);
  if (!isMentor(context.actor)) return { ok: false as const, problem: 'not_a_mentor' as const };
  const mentee = context.mentees.find((m) => m.id === menteeId);
  return mentee === undefined ? { ok: false as const, problem: 'not_your_mentee' as const } : { ok: true as const, mentee: { id: mentee.id, name: mentee.name } };
}

/**
 * A prompt's *Concern*: a category and an optional private note about one of the mentor's own mentees, stored once per
 * form. Each Faculty Mentor of the mentee's cohort gets one DM naming the mentee, the mentor and the category, never
 * the note (once per concern, never in their quiet hours: the `nudges` job sends what had to wait).
 */
export async function raiseConcern(deps: ConcernDeps, entry: ConcernEntry): Promise<RaiseConcernResult> {
  const checked = checkConcern(entry.category, entry.note);
  if (!checked.ok) return { ok: false, problems: checked.problems };
  const allowed = await prepareAnswer(deps, entry.actorId, entry.menteeId, entry.now);
  if (!allowed.ok) return { ok: false, problems: [allowed.problem] };
  const { concern, created } = await deps.concerns.record({
    mentorId: entry.actorId,
    menteeId: entry.menteeId,
    category: checked.category,
    note: checked.note,
    date: programDateOf(entry.now, deps.config.calendar),
    createdAt: entry.now,
    sourceKey: entry.sourceKey,
  });
  const told = await tellFaculty(deps, [concern], entry.now);
  return { ok: true, concern, created, facultyTold: told.sent + told.alreadySent };
}

/** The `nudges` job's step: Faculty Mentor alerts of the last week's concerns not sent yet (quiet hours, a failure). */
export async function sendConcernAlerts(deps: ConcernDeps, now: Date): Promise<DeliverySummary> {
  const today = programDateOf(now, deps.config.calendar);
  return tellFaculty(deps, await deps.concerns.findBetween(addDays(today, -ALERT_DAYS), today), now);
}

async function tellFaculty(deps: ConcernDeps, concerns: readonly Concern[], now: Date): Promise<DeliverySummary> {
  if (concerns.length === 0) return { sent: 0, alreadySent: 0, waitingForMorning: 0, inProgress: 0, failed: 0 };
  const { people, facultyOf } = await loadFaculty(deps.roster, [...new Set(concerns.map((c) => c.menteeId))]);
  const deliveries = concerns.flatMap((concern) =>
    facultyOf(concern.menteeId).map((facultyId) => ({ key: concernKey(concern, facultyId), recipientId: facultyId, zone: zoneOf(people.get(facultyId), deps.config.calendar.timezone), concern })),
  );
  return deliverOnce({ claims: deps.claims, quietHours: deps.config.quietHours, logger: deps.logger.child({ step: 'concerns' }) }, deliveries, now, async (d) => ({
    ...(await deps.answerNotifier.tellConcern(d.recipientId, d.concern)),
  }));
}
