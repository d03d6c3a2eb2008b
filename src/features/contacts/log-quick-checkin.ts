import { parseQuickCheckin } from './domain/checkin.js';
import { isMentor, mentorContextOf } from '../../program/snapshot/mentoring-context.js';
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
  // A track's question this contact needs (e.g. a minor's first session) is asked by the form only.
  const named = context.mentees.filter((m) => menteeIds.includes(m.id));
  const refusals = named.length === 0 ? [] : await Promise.all((deps.questions?.() ?? []).map((question) => question.refuseLine(entry.actorId, named, entry.now)));
  const words = refusals.find((w) => w !== undefined);
  if (words !== undefined) return { ok: false, problems: [{ field: 'mentees', code: 'use_the_form', words }] };
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
