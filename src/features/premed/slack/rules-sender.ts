import type { PostedMessage } from '../../../delivery/ports.js';
import type { Messenger } from '../../../delivery/slack/messenger.js';
import { sendOrExplain } from '../../../delivery/slack/send-errors.js';
import type { HoursNudge } from '../domain/hours-nudges.js';
import { buildHoursNudge } from './hours-nudge-view.js';
import { buildNoParentAlert } from './parent-present-view.js';

/**
 * The pre-med rules' DMs (a port for the feature's use cases; at wiring it joins the feature's ports.ts). Each rejects
 * with a SendError when Slack refuses, so the shared send path can schedule a retry.
 */
export interface PremedRulesSender {
  /** A month-end hours nudge, to the pair's mentor. */
  sendHoursNudge(nudge: HoursNudge): Promise<PostedMessage>;
  /** To one coordinator: a first session with a minor was logged without a parent or guardian (names and date only). */
  sendNoParentAlert(coordinatorId: string, session: { readonly menteeName: string; readonly mentorName: string; readonly date: string }): Promise<PostedMessage>;
}

export function createPremedRulesSender(messenger: Pick<Messenger, 'dm'>): PremedRulesSender {
  return {
    sendHoursNudge: (nudge) => sendOrExplain(() => messenger.dm(nudge.recipientId, buildHoursNudge(nudge))),
    sendNoParentAlert: (coordinatorId, session) => sendOrExplain(() => messenger.dm(coordinatorId, buildNoParentAlert(session))),
  };
}
