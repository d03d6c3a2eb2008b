import { WebAPIHTTPError, WebAPIPlatformError, WebAPIRateLimitedError, WebAPIRequestError } from '@slack/web-api';
import { SendError } from '../ports.js';

/** Slack errors that will not go away by trying again. */
const PERMANENT = new Set([
  'account_inactive',
  'cannot_dm_bot',
  'channel_not_found',
  'invalid_auth',
  'invalid_blocks',
  'is_archived',
  'missing_scope',
  'not_authed',
  'not_in_channel',
  'token_revoked',
  'user_disabled',
  'user_not_found',
  'users_not_found',
]);

/** Slack's own failures, answered with ok:false, after which the message may have gone out anyway. */
const UNCLEAR = new Set(['internal_error', 'fatal_error', 'request_timeout', 'service_unavailable']);

/** What the client throws when its own retries after 429s run out: Retry-After is in its message. */
const RATE_LIMIT_RETRIES_RAN_OUT = /A rate limit was exceeded .*retry-after: (\d+)/;

/**
 * Translates a Web API failure into a SendError that use cases can schedule a retry from. A 429 or a refusal
 * means Slack did not take the message; a timeout, a lost response or a 5xx leaves it unclear (`uncertain`).
 */
export function toSendError(error: unknown): SendError {
  if (error instanceof SendError) return error;
  if (error instanceof WebAPIRateLimitedError) return new SendError('rate limited', 'ratelimited', false, error.retryAfter);
  if (error instanceof WebAPIPlatformError) {
    const code = error.data.error;
    return new SendError(`Slack answered ${code}`, code, PERMANENT.has(code), undefined, UNCLEAR.has(code));
  }
  if (error instanceof WebAPIRequestError) {
    const retry = RATE_LIMIT_RETRIES_RAN_OUT.exec(error.message);
    return retry ? new SendError('rate limited', 'ratelimited', false, Number(retry[1])) : new SendError('request failed', 'request_error', false, undefined, true);
  }
  if (error instanceof WebAPIHTTPError) return new SendError(`HTTP ${error.statusCode}`, `http_${error.statusCode}`, false, undefined, error.statusCode >= 500);
  return new SendError(error instanceof Error ? error.message : String(error), 'unknown', false, undefined, true);
}

/**
 * The Web API client's retry rule: only a 429 (after its Retry-After) is retried by the client. Anything else may
 * have reached Slack (a lost response, a 5xx), so retrying it blindly could post twice; it goes back to the
 * caller, whose claim decides (and looks first).
 */
export const onlyRetryRateLimits = (error: Error): void => {
  if (!/A rate limit was exceeded/.test(error.message)) throw error;
};

/** Runs a Slack send, rethrowing any failure as a SendError. */
export async function sendOrExplain<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    throw toSendError(error);
  }
}
