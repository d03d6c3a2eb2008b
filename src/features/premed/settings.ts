import { z } from 'zod';
import { defineSettings, optional } from '../../config/settings.js';
import { premedHoursShape, readPremedHours } from './settings-hours.js';

/** The professionalism agreement both people of a pre-med pair accept, unless PREMED_AGREEMENT_TEXT says otherwise. */
export const DEFAULT_PREMED_AGREEMENT_TEXT =
  'In the pre-med outreach program we communicate respectfully. We exchange no gifts or money. We meet by video or ' +
  'in public places, and shadowing happens only during clinic hours. We reply to each other within a reasonable ' +
  'time. The mentor shares their own path into medicine: they are not an academic advisor, a tutor or a counsellor, ' +
  'and they point to the outreach coordinators for those.';

/**
 * The pre-med outreach track: its professionalism agreement, who joins every conversation with a minor, the months its
 * hours rule runs in (PREMED_ACTIVE_MONTHS) and minors' quiet hours (MINOR_QUIET_HOURS).
 */
export const premedSettings = defineSettings(
  'premed',
  {
    PREMED_AGREEMENT_TEXT: optional(z.string().trim().max(2_500, { error: 'expected at most 2,500 characters (it is shown in a Slack message)' })).transform(
      (text) => text ?? DEFAULT_PREMED_AGREEMENT_TEXT,
    ),
    PREMED_SAFEGUARD_USER_IDS: optional(z.string())
      .transform((list) => (list ?? '').split(',').map((id) => id.trim()).filter((id) => id !== ''))
      .pipe(z.array(z.string().regex(/^[UW][A-Z0-9]{2,}$/, { error: 'expected comma-separated Slack user ids such as U012ABCDEF,U034GHIJKL (or leave unset for the pre-med admins)' }))),
    ...premedHoursShape,
  },
  (e) => ({
    agreementText: e.PREMED_AGREEMENT_TEXT,
    /** The outreach coordinators put in every conversation the app opens for a minor's pair; empty: the pre-med admins. */
    safeguardUserIds: Object.freeze([...e.PREMED_SAFEGUARD_USER_IDS]),
    ...readPremedHours(e),
  }),
);

export type PremedSettings = ReturnType<(typeof premedSettings)['schema']['parse']>;
