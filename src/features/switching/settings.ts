import { z } from 'zod';
import { defineSettings, optional } from '../../config/settings.js';
import { DEFAULT_GROUP_CAPACITY } from './domain/switch.js';

const capacityError = 'expected a whole number of mentees from 1 to 500 (default 15)';

/** Switching mentors (SPEC §3.10): where requests go for a decision, and when a group has room. */
export const switchSettings = defineSettings(
  'switching',
  {
    SWITCH_ADMIN_CHANNEL: optional(
      z.string().trim().regex(/^[CG][A-Z0-9]{2,}$/, { error: 'expected a Slack channel id such as C012ABCDEF (the channel’s details show it), or leave unset to DM each admin' }),
    ),
    SWITCH_GROUP_CAPACITY: optional(z.coerce.number({ error: capacityError }).int({ error: capacityError }).min(1, { error: capacityError }).max(500, { error: capacityError })).transform(
      (capacity) => capacity ?? DEFAULT_GROUP_CAPACITY,
    ),
  },
  (e) => ({
    /** Where switch requests go for a decision; unset: a DM to each admin. */
    adminChannelId: e.SWITCH_ADMIN_CHANNEL,
    /** A group has room for a mentee while it has fewer mentees than this. */
    groupCapacity: e.SWITCH_GROUP_CAPACITY,
  }),
);

export type SwitchSettings = ReturnType<(typeof switchSettings)['schema']['parse']>;
