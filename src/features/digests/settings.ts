import { z } from 'zod';
import { defineSettings, optional, wholeNumber } from '../../config/settings.js';
import { DEFAULT_DIGEST_SCHEDULE, parseWeekday, type DigestSchedule } from './domain/digest-schedule.js';

/** When weekly digests go out (DIGEST_DAY, DIGEST_HOUR), in each reader's time zone. */
export const digestSettings = defineSettings(
  'digests',
  {
    DIGEST_DAY: optional(
      z.string().transform((text, ctx) => {
        const day = parseWeekday(text);
        if (day !== undefined) return day;
        ctx.addIssue({ code: 'custom', message: 'expected a day of the week, e.g. monday (or mon, or 1 for Monday … 7 for Sunday)' });
        return z.NEVER;
      }),
    ).transform((day) => day ?? DEFAULT_DIGEST_SCHEDULE.day),
    DIGEST_HOUR: optional(wholeNumber(0, 23, 'an hour from 0 to 23 (8 means 08:00 in each reader’s time zone)')).transform((hour) => hour ?? DEFAULT_DIGEST_SCHEDULE.hour),
  },
  (e): DigestSchedule => ({ day: e.DIGEST_DAY, hour: e.DIGEST_HOUR }),
);
