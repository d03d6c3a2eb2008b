import { z } from 'zod';
import { defineSettings, optional } from './settings.js';

/** The school's support resources, unless SUPPORT_RESOURCES_TEXT says otherwise. */
export const DEFAULT_SUPPORT_RESOURCES_TEXT =
  'You do not have to wait for your mentors. Your school’s counselling service offers confidential support: reach it ' +
  'through the student affairs office or the school’s wellness pages. If you are in danger or thinking about harming ' +
  'yourself, call 911 now, or call or text 988 (the Suicide & Crisis Lifeline, in the US).';

/** SUPPORT_RESOURCES_TEXT: shown to a mentee who asks for urgent well-being help, and to a mentor who raises a well-being concern. */
export const supportResourcesTextSetting = optional(z.string().trim().max(2_000, { error: 'expected at most 2,000 characters (it is shown in a Slack message)' })).transform(
  (text) => text ?? DEFAULT_SUPPORT_RESOURCES_TEXT,
);

/**
 * The support resources alone, for the features that show them besides requests (whose settings check the same
 * variable at start).
 */
export const supportResourcesSettings = defineSettings('support resources', { SUPPORT_RESOURCES_TEXT: supportResourcesTextSetting }, (e) => ({
  supportResourcesText: e.SUPPORT_RESOURCES_TEXT,
}));
