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

/** Translates a Web API failure into a SendError that use cases can schedule a retry from. */
export function toSendError(error: unknown): SendError {
  if (error instanceof SendError) return error;
  if (error instanceof WebAPIRateLimitedError) return new SendError('rate limited', 'ratelimited', false, error.retryAfter);
  if (error instanceof WebAPIPlatformError) {
    const code = error.data.error;
    return new SendError(`Slack answered ${code}`, code, PERMANENT.has(code));
  }
  if (error instanceof WebAPIRequestError) {
    // What the client throws when its own retries after 429s run out.
    const retry = /retry-after: (\d+)/.exec(error.message);
    return retry ? new SendError('rate limited', 'ratelimited', false, Number(retry[1])) : new SendError('request failed', 'request_error', false);
  }
  if (error instanceof WebAPIHTTPError) return new SendError(`HTTP ${error.statusCode}`, `http_${error.statusCode}`, false);
  return new SendError(error instanceof Error ? error.message : String(error), 'unknown', false);
}

/** Runs a Slack send, rethrowing any failure as a SendError. */
export async function sendOrExplain<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    throw toSendError(error);
  }
}
