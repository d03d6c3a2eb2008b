import { createHmac } from 'node:crypto';

/** Headers Slack sends with a request: `v0=` + HMAC-SHA256 of `v0:{timestamp}:{raw body}` with the signing secret. */
export function slackSignatureHeaders(secret: string, rawBody: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
}
