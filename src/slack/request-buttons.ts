import { requestStatus, type HelpRequest } from '../program/records/request.js';
import type { KnownBlock } from './blocks.js';

/**
 * A request's buttons: the requests feature posts and handles them, and nudges repeat them in DMs, so they live here,
 * once. (A topic's words are the tracks' own: program/request-topics.ts.)
 */

/** Buttons on a request's message; each carries the request id as its value. */
export const requestButtonIds = {
  claim: 'request_claim',
  respond: 'request_respond',
  close: 'request_close',
  closeHelped: 'request_close_helped',
  closeNotHelped: 'request_close_not_helped',
  actionsBlock: 'request_actions',
} as const;

const words = {
  claimButton: 'I’ll take this',
  respondButton: 'Mark responded',
  closeButton: 'Close',
  helpedButton: 'Close: it helped',
  notHelpedButton: 'Close: it didn’t help',
};

function button(actionId: string, text: string, requestId: string, style?: 'primary' | 'danger') {
  return { type: 'button' as const, action_id: actionId, text: { type: 'plain_text' as const, text }, value: requestId, ...(style === undefined ? {} : { style }) };
}

/** The buttons a request's state allows (claim, respond, close…), each carrying its id; undefined once it has ended. */
export function buildRequestButtons(request: Pick<HelpRequest, 'id' | 'claimedBy' | 'respondedBy' | 'closedAs'>): KnownBlock | undefined {
  const ids = requestButtonIds;
  const status = requestStatus(request);
  const buttons =
    status === 'open'
      ? [button(ids.claim, words.claimButton, request.id, 'primary'), button(ids.respond, words.respondButton, request.id), button(ids.close, words.closeButton, request.id)]
      : status === 'claimed'
        ? [button(ids.respond, words.respondButton, request.id, 'primary'), button(ids.close, words.closeButton, request.id)]
        : status === 'responded'
          ? [
              button(ids.closeHelped, words.helpedButton, request.id, 'primary'),
              button(ids.closeNotHelped, words.notHelpedButton, request.id),
              button(ids.close, words.closeButton, request.id),
            ]
          : [];
  return buttons.length > 0 ? { type: 'actions', block_id: ids.actionsBlock, elements: buttons } : undefined;
}
