import type { Messenger } from '../../../delivery/slack/messenger.js';
import { sendOrExplain } from '../../../delivery/slack/send-errors.js';
import type { ThanksSender } from '../ports.js';
import { buildThanksMessage } from './new-year-views.js';

/** The graduating mentors' thank-you DMs. */
export function createThanksSender(messenger: Pick<Messenger, 'dm'>): ThanksSender {
  return { sendThanks: (graduate, rollover) => sendOrExplain(() => messenger.dm(graduate.personId, buildThanksMessage(graduate, rollover.closes))) };
}
