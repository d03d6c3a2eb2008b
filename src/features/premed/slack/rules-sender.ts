import type { Messenger } from '../../../delivery/slack/messenger.js';
import { sendOrExplain } from '../../../delivery/slack/send-errors.js';
import type { PremedRulesSender } from '../ports.js';
import { buildHoursNudge } from './hours-nudge-view.js';
import { buildNoParentAlert } from './parent-present-view.js';

/** The pre-med rules' DMs: the month-end nudge to a mentor, the no-parent alert to a coordinator. */
export function createPremedRulesSender(messenger: Pick<Messenger, 'dm'>): PremedRulesSender {
  return {
    sendHoursNudge: (nudge) => sendOrExplain(() => messenger.dm(nudge.recipientId, buildHoursNudge(nudge))),
    sendNoParentAlert: (coordinatorId, session) => sendOrExplain(() => messenger.dm(coordinatorId, buildNoParentAlert(session))),
  };
}
