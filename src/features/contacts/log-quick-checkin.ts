import { parseQuickCheckin, type CheckinProblem } from './domain/checkin.js';
import { isMentor, mentorContextOf, type MentorContext } from '../../program/snapshot/mentoring-context.js';
import { recordContact, type LedgerDeps, type LogContactResult } from './log-contact.js';
import type { CheckinQuestion } from '../../slack/checkin-question.js';

export interface QuickCheckinEntry {
  readonly actorId: string;
  /** The command's text, mentions escaped by Slack as `<@U123|name>`. */
  readonly text: string;
  /** The command's trigger id: unique per invocation, so a repeated delivery is stored once. */
  readonly sourceKey: string;
  readonly now: Date;
}

/**
 * `/mentor-checkin @mentee [@mentee…] <kind> [minutes]`: a contact dated today in the mentor's time zone, a group
 * contact when several mentees are named. Someone who may not log at all is told so before anything about the text.
 */
export async function logQuickCheckin(deps: LedgerDeps & { readonly questions?: () => readonly CheckinQuestion[] }, entry: QuickCheckinEntry): Promise<LogContactResult> {
  const parsed = parseQuickCheckin(entry.text);
  if (!parsed.ok) {
    const { actor } = await mentorContextOf(deps, entry.actorId, entry.now);
    return { ok: false, problems: isMentor(actor) ? parsed.problems : [{ field: 'actor', code: 'not_a_mentor' }] };
  }
  const { menteeIds, kind, minutes } = parsed.value;
  const context = await mentorContextOf(deps, entry.actorId, entry.now);
  const formOnly = await askedByTheFormOnly(deps, entry.actorId, menteeIds, entry.now, context);
  if (formOnly !== undefined) return { ok: false, problems: [formOnly] };
  const result = await recordContact(deps, {
    actorId: entry.actorId,
    menteeIds,
    kind,
    group: menteeIds.length > 1,
    date: undefined,
    minutes: minutes ?? 0,
    note: undefined,
    source: 'logged',
    sourceKey: entry.sourceKey,
    now: entry.now,
  }, context);
  return result.ok ? { ok: true, contact: result.contact, created: result.created } : { ok: false, problems: result.problems };
}

/**
 * A track's question a contact with these mentees needs (e.g. a minor's first session) is asked by the full form
 * only: why a shorter way (the one-line check-in, a prompt's *In touch*) must go through it, or undefined. `read`: the
 * mentor's context when the caller has read it already.
 */
export async function askedByTheFormOnly(
  deps: LedgerDeps & { readonly questions?: () => readonly CheckinQuestion[] },
  actorId: string,
  menteeIds: readonly string[],
  now: Date,
  read?: MentorContext,
): Promise<CheckinProblem | undefined> {
  const context = read ?? (await mentorContextOf(deps, actorId, now));
  const named = context.mentees.filter((m) => menteeIds.includes(m.id));
  const refusals = named.length === 0 ? [] : await Promise.all((deps.questions?.() ?? []).map((question) => question.refuseLine(actorId, named, now)));
  const words = refusals.find((w) => w !== undefined);
  return words === undefined ? undefined : { field: 'mentees', code: 'use_the_form', words };
}
