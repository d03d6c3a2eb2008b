import type { Config } from '../../config/env.js';
import type { ContactStore, RosterStore } from '../../program/ports.js';
import { zoneOf } from '../../program/roster.js';
import { dateInZone } from '../../program/calendar-date.js';
import { zonedInstant } from '../../program/zoned-time.js';
import { checkDraft, strangersAmong, type CheckinProblem } from './domain/checkin.js';
import type { Contact, ContactKind } from '../../program/records/contact.js';
import { redrawPrompt, type RedrawPromptDeps } from './redraw-prompt.js';
import { isMentor, mentorContextOf, type MentorContext, type MentorContexts } from '../../program/snapshot/mentoring-context.js';
import { once } from '../../delivery/once.js';
import type { ClaimStore, PostedMessage } from '../../delivery/ports.js';
import type { Pairs } from '../../program/pairs.js';
import type { AskedQuestion } from '../../slack/checkin-question.js';

/** A contact as a mentor gives it, through the form, a prompt's buttons or the one-line command. */
export interface ContactEntry {
  readonly actorId: string;
  readonly menteeIds: readonly string[];
  readonly kind: ContactKind;
  readonly group: boolean;
  /** YYYY-MM-DD; undefined means today in the mentor's time zone. */
  readonly date: string | undefined;
  readonly minutes: number;
  /** Private to the author. */
  readonly note: string | undefined;
  readonly source: 'logged' | 'prompt';
  /** Unique per submission (the modal's view id, the command's trigger id): a repeat is stored once. */
  readonly sourceKey: string;
  readonly now: Date;
}

export type LogContactResult =
  | { readonly ok: true; readonly contact: Contact; readonly created: boolean }
  | { readonly ok: false; readonly problems: readonly CheckinProblem[] };

/**
 * `pairs`: the tracks' pairs, whose mentees a mentor logs contacts with as with their groups' (none when unset).
 * `mentorContexts`: where a mentor's context is read (the feature's brief cache; unset: the roster, every time).
 */
export type LedgerDeps = { readonly config: Config; readonly roster: RosterStore; readonly contacts: ContactStore; readonly pairs?: Pairs; readonly mentorContexts?: MentorContexts };

/**
 * Records a contact for a mentor: only an active peer mentor, only with their own current mentees, dated today or
 * up to 90 days back in their time zone, 0–600 minutes, a note of at most 1,000 characters. Anything wrong is
 * returned as problems and nothing is stored; a repeated submission (same source key) is stored once. `read`: the
 * mentor's context when the caller has read it already.
 */
export async function recordContact(deps: LedgerDeps, entry: ContactEntry, read?: MentorContext): Promise<LogContactResult & { readonly context: MentorContext }> {
  const context = read ?? (await mentorContextOf(deps, entry.actorId, entry.now));
  const { actor } = context;
  if (!isMentor(actor)) return { ok: false, problems: [{ field: 'actor', code: 'not_a_mentor' }], context };
  const zone = zoneOf(actor, deps.config.calendar.timezone);
  const today = dateInZone(entry.now, zone);
  const date = entry.date ?? today;
  const menteeIds = [...new Set(entry.menteeIds)];
  const trimmed = entry.note?.trim();
  const note = trimmed === undefined || trimmed === '' ? undefined : trimmed;
  const problems = checkDraft({ menteeIds, group: entry.group, date, minutes: entry.minutes, note }, today);
  const strangers = strangersAmong(menteeIds, context.mentees.map((m) => m.id));
  if (strangers.length > 0) problems.unshift({ field: 'mentees', code: 'not_your_mentees', personIds: strangers });
  if (problems.length > 0) return { ok: false, problems, context };
  const { contact, created } = await deps.contacts.record({
    mentorId: actor.id,
    menteeIds,
    // Only the date is known for an earlier day: noon in the mentor's zone stands for it.
    at: date === today ? entry.now : zonedInstant(date, 12, 0, zone),
    date,
    kind: entry.kind,
    group: entry.group,
    minutes: entry.minutes,
    note,
    source: entry.source,
    sourceKey: entry.sourceKey,
    createdAt: entry.now,
  });
  return { ok: true, contact, created, context };
}

export interface FormEntry extends ContactEntry {
  /** The check-in prompt the form was opened from, redrawn with the new status. */
  readonly prompt: (PostedMessage & { readonly month: string }) | undefined;
  /** The form was opened from the mentor's Home tab, which is on screen again once it closes: redrawn after. */
  readonly homeOnScreen?: boolean;
  /** The tracks' questions the form asked, with the answer given (checked before: one is given for a mentee it was about). */
  readonly answers?: readonly (AskedQuestion & { readonly answer: string | undefined })[];
}

/**
 * `/mentor-checkin`'s form (or a prompt's button): records the contact, then DMs the author what was logged with
 * Undo (once per contact, so a repeated submission re-sends only a confirmation that failed), and redraws the
 * prompt it came from.
 */
export async function logContact(deps: LedgerDeps & RedrawPromptDeps & { readonly claims: ClaimStore }, entry: FormEntry): Promise<LogContactResult> {
  const result = await recordContact(deps, entry);
  if (!result.ok) return { ok: false, problems: result.problems };
  const { contact, created, context } = result;
  await once(deps.claims, `checkin-confirm:${contact.id}`, async () => deps.checkinNotifier.confirmContact(contact).then((m) => ({ ...m })));
  for (const { question, about, answer } of entry.answers ?? []) {
    const concerned = about.filter((id) => contact.menteeIds.includes(id));
    if (answer === undefined || concerned.length === 0) continue;
    // Each question keeps its answer once per contact (a repeated submission comes here again, harmlessly).
    await question.answered(contact, concerned, answer, entry.now);
  }
  if (created && entry.prompt !== undefined) await redrawPrompt(deps, contact.mentorId, context, entry.prompt, entry.now);
  return { ok: true, contact, created };
}
