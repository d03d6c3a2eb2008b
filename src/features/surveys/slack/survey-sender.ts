import type { Messenger } from '../../../delivery/slack/messenger.js';
import { sendOrExplain } from '../../../delivery/slack/send-errors.js';
import type { SurveySender } from '../ports.js';
import { buildSurveyDm } from './answer-views.js';

/** The survey's DMs: the invitation and the reminder, each with the button opening the form. */
export function createSurveySender(messenger: Pick<Messenger, 'dm'>): SurveySender {
  return {
    sendInvitation: (userId, survey) => sendOrExplain(() => messenger.dm(userId, buildSurveyDm(survey, false))),
    sendReminder: (userId, survey) => sendOrExplain(() => messenger.dm(userId, buildSurveyDm(survey, true))),
  };
}
