import type { Config } from '../../config/env.js';
import type { RosterStore } from '../../program/ports.js';
import type { Pairs } from '../../program/pairs.js';
import { zoneOf } from '../../program/roster.js';
import { dateInZone } from '../../program/calendar-date.js';
import { loggableDates } from './domain/checkin.js';
import type { ContactKind } from '../../program/records/contact.js';
import { isMentor, mentorContextOf, type MentorContexts } from '../../program/snapshot/mentoring-context.js';
import type { AskedQuestion, CheckinQuestion } from '../../slack/checkin-question.js';

/** What the check-in form starts with, e.g. from a prompt's button. */
export interface CheckinPrefill {
  /** Mentees to select; `'all'` selects every current mentee. */
  readonly menteeIds: readonly string[] | 'all';
  readonly group: boolean;
  readonly kind: ContactKind | undefined;
}

/** What the check-in form needs. */
export interface CheckinForm {
  /** The mentor's own current mentees: the only people the form offers. */
  readonly mentees: readonly { readonly id: string; readonly name: string }[];
  readonly selected: readonly string[];
  readonly group: boolean;
  readonly kind: ContactKind | undefined;
  /** Today in the mentor's time zone, and the earliest date they may log. */
  readonly today: string;
  readonly earliest: string;
  /** The tracks' questions the form asks, and about whom (unset when none is asked). */
  readonly questions?: readonly AskedQuestion[];
}

export type PrepareCheckinResult =
  | ({ readonly ok: true } & CheckinForm)
  /** `waiting`: a pair track's words on why the mentor's pairs are not open yet (pre-med: an agreement to accept). */
  | { readonly ok: false; readonly problem: 'not_a_mentor' | 'no_mentees'; readonly waiting?: readonly string[] };

/** The check-in form for a mentor: their current mentees, today's date in their zone, and what to preselect. */
export async function prepareCheckin(
  deps: { readonly config: Config; readonly roster: RosterStore; readonly pairs?: Pairs; readonly mentorContexts?: MentorContexts; readonly questions?: () => readonly CheckinQuestion[] },
  actorId: string,
  now: Date,
  prefill: CheckinPrefill = { menteeIds: [], group: false, kind: undefined },
): Promise<PrepareCheckinResult> {
  const { actor, mentees, pairedIds } = await mentorContextOf(deps, actorId, now);
  if (!isMentor(actor)) return { ok: false, problem: 'not_a_mentor' };
  if (mentees.length === 0) {
    const waiting = (await deps.pairs?.waitingOf(actorId, 'mentor', now)) ?? [];
    return { ok: false, problem: 'no_mentees', ...(waiting.length > 0 ? { waiting } : {}) };
  }
  const today = dateInZone(now, zoneOf(actor, deps.config.calendar.timezone));
  const own = new Set(mentees.map((m) => m.id));
  // `all` comes from a monthly prompt's group meeting: the mentees of the mentor's groups, whom the prompt lists.
  const selected = prefill.menteeIds === 'all' ? [...own].filter((id) => !pairedIds.has(id)) : prefill.menteeIds.filter((id) => own.has(id));
  const asked = await Promise.all((deps.questions?.() ?? []).map(async (question) => ({ question, about: await question.about(actorId, mentees, now) })));
  const questions = asked.filter((q) => q.about.length > 0);
  return {
    ok: true,
    mentees: mentees.map((m) => ({ id: m.id, name: m.name })),
    selected,
    group: prefill.group,
    kind: prefill.kind,
    today,
    earliest: loggableDates(today).from,
    ...(questions.length > 0 ? { questions } : {}),
  };
}
