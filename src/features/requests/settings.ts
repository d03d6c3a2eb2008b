import { z } from 'zod';
import { defineSettings, optional } from '../../config/settings.js';

/** Shown at once to a mentee who asks for urgent help with balance and well-being, unless SUPPORT_RESOURCES_TEXT says otherwise. */
export const DEFAULT_SUPPORT_RESOURCES_TEXT =
  'You do not have to wait for your mentors. Your school’s counselling service offers confidential support: reach it ' +
  'through the student affairs office or the school’s wellness pages. If you are in danger or thinking about harming ' +
  'yourself, call 911 now, or call or text 988 (the Suicide & Crisis Lifeline, in the US).';

const replyHours = (fallback: number) => {
  const error = `expected a whole number of hours from 1 to 720 (default ${fallback})`;
  return optional(z.coerce.number({ error }).int({ error }).min(1, { error }).max(720, { error })).transform((hours) => hours ?? fallback);
};

/** Requests for help (SPEC §3.3): reply windows and the support resources shown for urgent well-being requests. */
export const requestSettings = defineSettings(
  'requests',
  {
    REQUEST_REPLY_HOURS: replyHours(24),
    REQUEST_EMAIL_REPLY_HOURS: replyHours(48),
    SUPPORT_RESOURCES_TEXT: optional(z.string().trim().max(2_000, { error: 'expected at most 2,000 characters (it is shown in a Slack message)' })).transform(
      (text) => text ?? DEFAULT_SUPPORT_RESOURCES_TEXT,
    ),
  },
  (e) => ({
    /** Hours to reply when the mentee prefers Slack, or a text or call. */
    replyHours: e.REQUEST_REPLY_HOURS,
    /** Hours to reply when the mentee prefers e-mail. */
    emailReplyHours: e.REQUEST_EMAIL_REPLY_HOURS,
    supportResourcesText: e.SUPPORT_RESOURCES_TEXT,
  }),
);

export type RequestHelpSettings = ReturnType<(typeof requestSettings)['schema']['parse']>;
