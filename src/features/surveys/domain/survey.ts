import { addDays, isCalendarDate } from '../../../program/calendar-date.js';
import { AUDIENCE_ROLES, type Audience, type AudienceRole } from '../../../program/audience.js';
import { FREE_TEXT_MAX, TEMPLATES, isSurveyTemplate, type SurveyTemplate } from './templates.js';


export interface Survey {
  readonly id: string;
  readonly template: SurveyTemplate;
  readonly audience: Audience;
  readonly anonymous: boolean;
  /** The last day answers are taken (YYYY-MM-DD, the program's zone). */
  readonly closesOn: string;
  readonly launchedBy: string;
  readonly launchedAt: Date;
}

/** What the launch form gives, as typed. */
export interface LaunchInput {
  readonly template: string | undefined;
  readonly roles: readonly string[];
  readonly tracks: readonly string[];
  readonly anonymous: string | undefined;
  readonly closesOn: string | undefined;
}

export type LaunchField = 'template' | 'audience' | 'anonymous' | 'closesOn';
export type LaunchProblem =
  | { readonly field: 'template'; readonly code: 'missing' }
  | { readonly field: 'audience'; readonly code: 'missing' | 'unknown' }
  | { readonly field: 'anonymous'; readonly code: 'missing' }
  | { readonly field: 'closesOn'; readonly code: 'missing' | 'not_after_today' | 'too_far' };

/**
 * The latest closing date, in days after today: a survey's invitation claims must outlive it (housekeeping deletes
 * claims of scheduled messages 90 days after they were done, and an open survey would invite again).
 */
export const MAX_OPEN_DAYS = 60;

export type CheckedLaunch = { readonly ok: true; readonly survey: Omit<Survey, 'id' | 'launchedBy' | 'launchedAt'> } | { readonly ok: false; readonly problems: readonly LaunchProblem[] };

/** The launch form checked: a template, an audience of known roles and tracks, anonymous or not, a closing date after `today`. */
export function checkLaunch(input: LaunchInput, today: string, knownTracks: readonly string[]): CheckedLaunch {
  const problems: LaunchProblem[] = [];
  if (input.template === undefined || !isSurveyTemplate(input.template)) problems.push({ field: 'template', code: 'missing' });
  if (input.roles.length === 0 && input.tracks.length === 0) problems.push({ field: 'audience', code: 'missing' });
  else if (input.roles.some((r) => !(AUDIENCE_ROLES as readonly string[]).includes(r)) || input.tracks.some((t) => !knownTracks.includes(t))) problems.push({ field: 'audience', code: 'unknown' });
  if (input.anonymous !== 'yes' && input.anonymous !== 'no') problems.push({ field: 'anonymous', code: 'missing' });
  if (input.closesOn === undefined || !isCalendarDate(input.closesOn)) problems.push({ field: 'closesOn', code: 'missing' });
  else if (input.closesOn <= today) problems.push({ field: 'closesOn', code: 'not_after_today' });
  else if (input.closesOn > addDays(today, MAX_OPEN_DAYS)) problems.push({ field: 'closesOn', code: 'too_far' });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    survey: {
      template: input.template as SurveyTemplate,
      audience: { roles: [...new Set(input.roles)] as AudienceRole[], tracks: [...new Set(input.tracks)] },
      anonymous: input.anonymous === 'yes',
      closesOn: input.closesOn!,
    },
  };
}


/** Answers are taken through the closing date. */
export const isOpen = (survey: Pick<Survey, 'closesOn'>, today: string): boolean => today <= survey.closesOn;

/** Days before closing when those who have not answered are reminded. */
export const REMINDER_DAYS = 3;

/** The reminder is due from 3 days before closing through the closing date (a run that missed the day catches up). */
export const isReminderDue = (survey: Pick<Survey, 'closesOn'>, today: string): boolean => today >= addDays(survey.closesOn, -REMINDER_DAYS) && today <= survey.closesOn;

/** How long after closing a survey's results stay on Home and in the digests (open surveys are always shown). */
export const RESULTS_SHOWN_DAYS = 30;

/** An answer as the form gives it. */
export interface AnswerInput {
  /** One per item, in order; undefined where none was chosen. */
  readonly scores: readonly (string | undefined)[];
  readonly text: string | undefined;
}

export type AnswerProblem = { readonly code: 'unanswered'; readonly item: number } | { readonly code: 'too_long'; readonly length: number };

export type CheckedAnswer = { readonly ok: true; readonly scores: readonly number[]; readonly text: string | undefined } | { readonly ok: false; readonly problems: readonly AnswerProblem[] };

/** Every item rated 1–5; the free text optional, at most FREE_TEXT_MAX characters (blank: none). */
export function checkAnswer(template: SurveyTemplate, input: AnswerInput): CheckedAnswer {
  const problems: AnswerProblem[] = [];
  const scores = TEMPLATES[template].items.map((_, item) => {
    const score = Number(input.scores[item]);
    if (!Number.isInteger(score) || score < 1 || score > 5) problems.push({ code: 'unanswered', item });
    return score;
  });
  const text = input.text?.trim() === '' ? undefined : input.text?.trim();
  if (text !== undefined && text.length > FREE_TEXT_MAX) problems.push({ code: 'too_long', length: text.length });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, scores, text };
}
