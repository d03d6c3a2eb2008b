import { defineSettings, optional, wholeNumber } from '../../config/settings.js';

export const DEFAULT_RETENTION_MONTHS = 24;

/** A person's record: how long free text (notes, descriptions, details, goals' words, survey comments) is kept. */
export const personSettings = defineSettings(
  'person',
  { RETENTION_MONTHS: optional(wholeNumber(1, 600, `a whole number of months from 1 to 600 (default ${DEFAULT_RETENTION_MONTHS})`)) },
  (e) => ({
    /** Free text older than this many months (by each record's own date) is blanked daily. */
    retentionMonths: e.RETENTION_MONTHS ?? DEFAULT_RETENTION_MONTHS,
  }),
);
