import { z } from 'zod';
import { defineSettings, optional, wholeNumber } from '../../config/settings.js';

/** The honesty agreement each clinical mentor's welcome DM carries, unless CLINICAL_AGREEMENT_TEXT says otherwise. */
export const DEFAULT_CLINICAL_AGREEMENT_TEXT =
  'As a clinical peer mentor I will be honest with my mentees: I share what I learned on my own rotations (study ' +
  'materials, the site, the preceptor) as my own experience, and say so when I do not know. I am a fellow student, ' +
  'not a preceptor or a professor: I do not grade or evaluate anyone, I do not speak for the school, and I send ' +
  'questions about grades, evaluations or patient care to the Clinical Office or to faculty. I never pass on exam ' +
  'questions or anything the school asks students to keep to themselves, and I keep what my mentees tell me confidential.';

/** Matching looks at mentees' upcoming rotations starting within this many days, unless ROTATION_MATCH_DAYS says otherwise. */
export const DEFAULT_ROTATION_MATCH_DAYS = 21;
/** A clinical mentor takes at most this many mentees at a time, unless CLINICAL_MENTOR_CAPACITY says otherwise. */
export const DEFAULT_CLINICAL_MENTOR_CAPACITY = 6;

/** The clinical-rotation track: the honesty agreement its mentors accept, the Clinical Office's channel, and how mentors are matched to mentees. */
export const clinicalSettings = defineSettings(
  'clinical',
  {
    CLINICAL_AGREEMENT_TEXT: optional(z.string().trim().max(2_500, { error: 'expected at most 2,500 characters (it is shown in a Slack message)' })).transform(
      (text) => text ?? DEFAULT_CLINICAL_AGREEMENT_TEXT,
    ),
    CLINICAL_OFFICE_CHANNEL: optional(
      z.string().trim().regex(/^[CG][A-Z0-9]{2,}$/, { error: 'expected a private channel id such as G012ABCDEF or C012ABCDEF (the channel’s details show it), or leave unset to DM each clinical admin' }),
    ),
    ROTATION_MATCH_DAYS: optional(wholeNumber(1, 180, 'a whole number of days from 1 to 180 (default 21)')).transform((days) => days ?? DEFAULT_ROTATION_MATCH_DAYS),
    CLINICAL_MENTOR_CAPACITY: optional(wholeNumber(1, 50, 'a whole number of mentees from 1 to 50 (default 6)')).transform(
      (n) => n ?? DEFAULT_CLINICAL_MENTOR_CAPACITY,
    ),
  },
  (e) => ({
    agreementText: e.CLINICAL_AGREEMENT_TEXT,
    /** Where requests to change a clinical mentor go (the Clinical Office's private channel); unset: a DM to each clinical admin. */
    officeChannelId: e.CLINICAL_OFFICE_CHANNEL,
    matchDays: e.ROTATION_MATCH_DAYS,
    mentorCapacity: e.CLINICAL_MENTOR_CAPACITY,
  }),
);

export type ClinicalSettings = ReturnType<(typeof clinicalSettings)['schema']['parse']>;
