import { addDays, isCalendarDate } from '../../../program/calendar-date.js';
import type { DateRange } from '../../../program/calendar.js';
import type { Contact, ContactKind } from '../../../program/records/contact.js';

/** What a mentor may log, and for how long they may take it back. */
export const CHECKIN_LIMITS = {
  maxMinutes: 600,
  maxNoteLength: 1_000,
  /** A contact may be dated at most this many days back. */
  maxAgeDays: 90,
  /** The author may undo a contact for this many days after logging it. */
  undoDays: 7,
} as const;

/** Words a mentor may type for each kind (lower case). */
export const KIND_ALIASES: Readonly<Record<string, ContactKind>> = {
  slack: 'slack',
  message: 'slack',
  msg: 'slack',
  dm: 'slack',
  text: 'text',
  sms: 'text',
  call: 'call',
  phone: 'call',
  email: 'email',
  'e-mail': 'email',
  mail: 'email',
  video: 'video',
  zoom: 'video',
  'in-person': 'in_person',
  in_person: 'in_person',
  inperson: 'in_person',
  meeting: 'in_person',
  meet: 'in_person',
};

export function parseContactKind(word: string): ContactKind | undefined {
  return KIND_ALIASES[word.trim().toLowerCase()];
}

/** Why a contact cannot be logged as given; each names the field it is about. */
export type CheckinProblem =
  | { readonly field: 'actor'; readonly code: 'not_a_mentor' }
  | { readonly field: 'mentees'; readonly code: 'no_mentees' }
  | { readonly field: 'mentees'; readonly code: 'not_your_mentees'; readonly personIds: readonly string[] }
  | { readonly field: 'mentees'; readonly code: 'individual_with_several' }
  | { readonly field: 'mentees'; readonly code: 'plain_name'; readonly word: string }
  | { readonly field: 'kind'; readonly code: 'missing_kind' }
  | { readonly field: 'kind'; readonly code: 'unknown_kind'; readonly word: string }
  | { readonly field: 'date'; readonly code: 'invalid_date' | 'future_date' | 'too_old' }
  | { readonly field: 'minutes'; readonly code: 'bad_minutes' }
  | { readonly field: 'note'; readonly code: 'note_too_long' }
  | { readonly field: 'text'; readonly code: 'unexpected_words'; readonly words: readonly string[] }
  /** A track's check-in question must be answered, which the one-line command cannot ask: its words, pointing to the form. */
  | { readonly field: 'mentees'; readonly code: 'use_the_form'; readonly words: string };

/** `/mentor-checkin @mentee [@mentee…] <kind> [minutes]`, with mentions escaped by Slack as `<@U123|name>`. */
export interface QuickCheckin {
  readonly menteeIds: readonly string[];
  readonly kind: ContactKind;
  readonly minutes: number | undefined;
}

const MENTION = /<@([A-Z0-9]+)(?:\|[^>]*)?>/g;
const MINUTES = /^(\d{1,5})(?:m|min|mins|minutes)?$/i;
const MINUTE_WORDS = new Set(['m', 'min', 'mins', 'minute', 'minutes']);

export function parseQuickCheckin(text: string): { ok: true; value: QuickCheckin } | { ok: false; problems: CheckinProblem[] } {
  const menteeIds = [...new Set([...text.matchAll(MENTION)].map((m) => m[1]!))];
  const words = text.replace(MENTION, ' ').trim().split(/\s+/).filter((w) => w !== '');
  const problems: CheckinProblem[] = [];
  const plain = words.find((w) => w.startsWith('@'));
  if (plain !== undefined) problems.push({ field: 'mentees', code: 'plain_name', word: plain });
  else if (menteeIds.length === 0) problems.push({ field: 'mentees', code: 'no_mentees' });
  const rest = words.filter((w) => !w.startsWith('@'));
  const kindWord = rest.shift();
  const kind = kindWord === undefined ? undefined : parseContactKind(kindWord);
  if (kindWord === undefined) problems.push({ field: 'kind', code: 'missing_kind' });
  else if (kind === undefined) problems.push({ field: 'kind', code: 'unknown_kind', word: kindWord });
  let minutes: number | undefined;
  const minutesWord = rest.shift();
  if (minutesWord !== undefined) {
    const match = MINUTES.exec(minutesWord);
    if (match === null) rest.unshift(minutesWord);
    else {
      minutes = Number(match[1]);
      if (rest[0] !== undefined && MINUTE_WORDS.has(rest[0].toLowerCase())) rest.shift();
      if (minutes > CHECKIN_LIMITS.maxMinutes) problems.push({ field: 'minutes', code: 'bad_minutes' });
    }
  }
  if (rest.length > 0 && kind !== undefined) problems.push({ field: 'text', code: 'unexpected_words', words: rest });
  if (problems.length > 0 || kind === undefined) return { ok: false, problems };
  return { ok: true, value: { menteeIds, kind, minutes } };
}

/** The dates a contact may be logged on, as seen by someone whose today is `today`. */
export function loggableDates(today: string): DateRange {
  return { from: addDays(today, -CHECKIN_LIMITS.maxAgeDays), to: today };
}

/** A contact as submitted, before it is checked against the roster. */
export interface CheckinDraft {
  readonly menteeIds: readonly string[];
  readonly group: boolean;
  readonly date: string;
  readonly minutes: number;
  readonly note: string | undefined;
}

/** The problems of a draft that need no roster: several mentees for an individual contact, date, minutes, note. */
export function checkDraft(draft: CheckinDraft, today: string): CheckinProblem[] {
  const problems: CheckinProblem[] = [];
  if (draft.menteeIds.length === 0) problems.push({ field: 'mentees', code: 'no_mentees' });
  else if (!draft.group && draft.menteeIds.length > 1) problems.push({ field: 'mentees', code: 'individual_with_several' });
  const dates = loggableDates(today);
  if (!isCalendarDate(draft.date)) problems.push({ field: 'date', code: 'invalid_date' });
  else if (draft.date > dates.to) problems.push({ field: 'date', code: 'future_date' });
  else if (draft.date < dates.from) problems.push({ field: 'date', code: 'too_old' });
  if (!Number.isInteger(draft.minutes) || draft.minutes < 0 || draft.minutes > CHECKIN_LIMITS.maxMinutes) {
    problems.push({ field: 'minutes', code: 'bad_minutes' });
  }
  if (draft.note !== undefined && draft.note.length > CHECKIN_LIMITS.maxNoteLength) problems.push({ field: 'note', code: 'note_too_long' });
  return problems;
}

/** The people named who are not among the mentor's own current mentees. */
export function strangersAmong(menteeIds: readonly string[], ownMentees: readonly string[]): string[] {
  const own = new Set(ownMentees);
  return menteeIds.filter((id) => !own.has(id));
}

export type UndoRefusal = 'not_author' | 'expired';

/** Only the author undoes a contact, and only for `undoDays` after logging it. */
export function undoRefusal(contact: Pick<Contact, 'mentorId' | 'createdAt'>, actorId: string, now: Date): UndoRefusal | undefined {
  if (contact.mentorId !== actorId) return 'not_author';
  if (now.getTime() - contact.createdAt.getTime() > CHECKIN_LIMITS.undoDays * 86_400_000) return 'expired';
  return undefined;
}
