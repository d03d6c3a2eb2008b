import { describe, expect, it } from 'vitest';
import { ErrorCode, WebAPIHTTPError, WebAPIPlatformError, WebAPIRateLimitedError, WebAPIRequestError } from '@slack/web-api';
import { mayHaveTakenEffect, SendError } from '../../src/delivery/ports.js';
import { onlyRetryRateLimits, toSendError } from '../../src/delivery/slack/send-errors.js';

const platform = (error: string) => Object.assign(new Error(`An API error occurred: ${error}`), { code: ErrorCode.PlatformError, data: { ok: false, error } }) as unknown as WebAPIPlatformError;
const plain = <T extends object>(proto: T, fields: Record<string, unknown>) => Object.assign(Object.create(proto) as object, fields);

describe('what a failed send means for "once"', () => {
  it('knows Slack did not take a message it rate-limited or refused, and says when to try again', () => {
    const limited = toSendError(plain(WebAPIRateLimitedError.prototype, { retryAfter: 30, message: 'rate limited' }));
    expect(limited).toMatchObject({ code: 'ratelimited', retryAfterSeconds: 30, permanent: false, uncertain: false });
    const ranOut = toSendError(plain(WebAPIRequestError.prototype, { message: 'A request error occurred: A rate limit was exceeded (url: x, retry-after: 12)' }));
    expect(ranOut).toMatchObject({ code: 'ratelimited', retryAfterSeconds: 12, uncertain: false });
    const gone = toSendError(Object.setPrototypeOf(platform('user_not_found'), WebAPIPlatformError.prototype));
    expect(gone).toMatchObject({ code: 'user_not_found', permanent: true, uncertain: false });
    expect(mayHaveTakenEffect(gone)).toBe(false);
    expect(toSendError(plain(WebAPIHTTPError.prototype, { statusCode: 400, message: 'HTTP 400' }))).toMatchObject({ uncertain: false });
  });

  it('treats a lost answer, a 5xx, Slack’s own internal error or anything unknown as possibly sent', () => {
    const lost = toSendError(plain(WebAPIRequestError.prototype, { message: 'A request error occurred: other side closed' }));
    expect(lost).toMatchObject({ code: 'request_error', uncertain: true });
    expect(toSendError(plain(WebAPIHTTPError.prototype, { statusCode: 503, message: 'HTTP 503' }))).toMatchObject({ code: 'http_503', uncertain: true });
    expect(toSendError(Object.setPrototypeOf(platform('internal_error'), WebAPIPlatformError.prototype))).toMatchObject({ uncertain: true, permanent: false });
    expect(mayHaveTakenEffect(new Error('the database went away'))).toBe(true);
    expect(mayHaveTakenEffect(new SendError('x', 'http_502', false, undefined, true))).toBe(true);
  });

  it('lets the Web API client retry a 429 itself, and nothing that may have reached Slack', () => {
    expect(() => onlyRetryRateLimits(new Error('A request error occurred: A rate limit was exceeded (url: x, retry-after: 1)'))).not.toThrow();
    const lost = new Error('other side closed');
    expect(() => onlyRetryRateLimits(lost)).toThrow(lost);
  });
});
