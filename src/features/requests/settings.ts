import { z } from 'zod';
import { defineSettings, optional } from '../../config/settings.js';
import { supportResourcesTextSetting } from '../../config/support-resources.js';

export { DEFAULT_SUPPORT_RESOURCES_TEXT } from '../../config/support-resources.js';

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
    SUPPORT_RESOURCES_TEXT: supportResourcesTextSetting,
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
