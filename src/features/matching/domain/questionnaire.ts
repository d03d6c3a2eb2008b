/**
 * The matching questionnaire: its fixed lists of choices and the check of a submitted form. Free text (background,
 * other hobbies) is private: it is stored for the person's own form only, never shown to anyone else nor exported.
 */

/** Specialties of interest (the form's multi-select; at most 100 options in Slack, documented in the README). */
export const SPECIALTIES = [
  'Anesthesiology',
  'Dermatology',
  'Emergency Medicine',
  'Family Medicine',
  'Internal Medicine',
  'Neurology',
  'Obstetrics and Gynecology',
  'Ophthalmology',
  'Orthopaedic Surgery',
  'Otolaryngology',
  'Pathology',
  'Pediatrics',
  'Physical Medicine and Rehabilitation',
  'Psychiatry',
  'Radiology',
  'Radiation Oncology',
  'General Surgery',
  'Urology',
  'Research / Physician-Scientist',
  'Undecided',
] as const;

/** Hobbies (the form's multi-select; anything else goes in the private free text). */
export const HOBBIES = [
  'Running',
  'Team sports',
  'Gym and fitness',
  'Hiking and outdoors',
  'Cooking',
  'Music',
  'Arts and crafts',
  'Reading',
  'Video games',
  'Board games',
  'Travel',
  'Film and TV',
  'Dance',
  'Volunteering',
  'Faith community',
  'Photography',
] as const;

/** Hometown regions (optional). */
export const REGIONS = ['Northeast US', 'Southeast US', 'Midwest US', 'Southwest US', 'West US', 'Outside the US'] as const;

/** Preferred ways to be reached. */
export const CONTACT_WAYS = ['Slack message', 'Text message', 'Phone call', 'E-mail', 'In person'] as const;

export const MAX_SPECIALTIES = 5;
export const MAX_HOBBIES = 8;
export const MAX_NAMED_MENTORS = 3;
export const MAX_BACKGROUND_CHARS = 500;
export const MAX_HOBBIES_TEXT_CHARS = 200;

/** What a person answered. `background` and `hobbiesText` are private free text. */
export interface QuestionnaireAnswers {
  readonly specialties: readonly string[];
  readonly region: string | undefined;
  readonly background: string | undefined;
  readonly hobbies: readonly string[];
  readonly hobbiesText: string | undefined;
  readonly contact: string;
  /** Lower case, as `learningCommunityOf` gives it (`blue`). */
  readonly learningCommunity: string;
  readonly mdphd: boolean;
  /** Slack user ids of the peer mentors the person would like (mentees only; at most 3). */
  readonly mentors: readonly string[];
}

/** The form as submitted: anything may be missing or unexpected. */
export interface QuestionnaireInput {
  readonly specialties: readonly string[];
  readonly region: string | undefined;
  readonly background: string | undefined;
  readonly hobbies: readonly string[];
  readonly hobbiesText: string | undefined;
  readonly contact: string | undefined;
  readonly learningCommunity: string | undefined;
  readonly mdphd: string | undefined;
  readonly mentors: readonly string[];
}

export type QuestionnaireField = 'specialties' | 'region' | 'background' | 'hobbies' | 'hobbiesText' | 'contact' | 'learningCommunity' | 'mdphd' | 'mentors';

export type QuestionnaireProblem =
  | { readonly field: QuestionnaireField; readonly code: 'missing' | 'unknown_choice' }
  | { readonly field: QuestionnaireField; readonly code: 'too_many' | 'too_long'; readonly max: number }
  | { readonly field: 'mentors'; readonly code: 'not_mentors'; readonly userIds: readonly string[] }
  | { readonly field: 'mentors'; readonly code: 'self' };

/** What the check needs to know besides the form: the program's Learning Communities, who the peer mentors are, who answers. */
export interface QuestionnaireContext {
  readonly communities: readonly string[];
  readonly isMentor: (userId: string) => boolean;
  readonly userId: string;
  /** Peer mentors answer without naming mentors. */
  readonly namesMentors: boolean;
}

const trimmed = (text: string | undefined) => {
  const t = text?.trim();
  return t === undefined || t === '' ? undefined : t;
};

/** Checks a submitted form: every problem, field by field, or the answers to store. */
export function checkQuestionnaire(input: QuestionnaireInput, context: QuestionnaireContext): { readonly ok: true; readonly answers: QuestionnaireAnswers } | { readonly ok: false; readonly problems: readonly QuestionnaireProblem[] } {
  const problems: QuestionnaireProblem[] = [];
  const choices = (field: QuestionnaireField, values: readonly string[], allowed: readonly string[], max: number, required: boolean) => {
    const unique = [...new Set(values)];
    if (required && unique.length === 0) problems.push({ field, code: 'missing' });
    else if (unique.some((v) => !allowed.includes(v))) problems.push({ field, code: 'unknown_choice' });
    else if (unique.length > max) problems.push({ field, code: 'too_many', max });
    return unique;
  };
  const one = (field: QuestionnaireField, value: string | undefined, allowed: readonly string[], required: boolean) => {
    if (value === undefined || value === '') {
      if (required) problems.push({ field, code: 'missing' });
      return undefined;
    }
    if (!allowed.includes(value)) problems.push({ field, code: 'unknown_choice' });
    return value;
  };
  const text = (field: QuestionnaireField, value: string | undefined, max: number) => {
    const t = trimmed(value);
    if (t !== undefined && t.length > max) problems.push({ field, code: 'too_long', max });
    return t;
  };

  const specialties = choices('specialties', input.specialties, SPECIALTIES, MAX_SPECIALTIES, true);
  const region = one('region', input.region, REGIONS, false);
  const background = text('background', input.background, MAX_BACKGROUND_CHARS);
  const hobbies = choices('hobbies', input.hobbies, HOBBIES, MAX_HOBBIES, false);
  const hobbiesText = text('hobbiesText', input.hobbiesText, MAX_HOBBIES_TEXT_CHARS);
  if (hobbies.length === 0 && hobbiesText === undefined && !problems.some((p) => p.field === 'hobbies')) problems.push({ field: 'hobbies', code: 'missing' });
  const contact = one('contact', input.contact, CONTACT_WAYS, true);
  const learningCommunity = one('learningCommunity', input.learningCommunity, context.communities, true);
  const mdphd = one('mdphd', input.mdphd, ['yes', 'no'], true);
  const mentors = context.namesMentors ? [...new Set(input.mentors)] : [];
  if (mentors.length > MAX_NAMED_MENTORS) problems.push({ field: 'mentors', code: 'too_many', max: MAX_NAMED_MENTORS });
  else if (mentors.includes(context.userId)) problems.push({ field: 'mentors', code: 'self' });
  else if (mentors.some((id) => !context.isMentor(id))) problems.push({ field: 'mentors', code: 'not_mentors', userIds: mentors.filter((id) => !context.isMentor(id)) });

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    answers: { specialties, region, background, hobbies, hobbiesText, contact: contact!, learningCommunity: learningCommunity!, mdphd: mdphd === 'yes', mentors },
  };
}
