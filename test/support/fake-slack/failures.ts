import type { ServerResponse } from 'node:http';
import { send } from './http-io.js';

/** How the next matching call fails. */
export type Failure =
  | { readonly kind: 'ratelimited'; readonly retryAfter: number }
  | { readonly kind: 'error'; readonly error: string; readonly extra?: Record<string, unknown> }
  | { readonly kind: 'http'; readonly status: number }
  /** Slack does the call, then the answer is lost (the connection drops): the caller cannot tell it worked. */
  | { readonly kind: 'lost-answer' };

/** A failure asked for with `failNext`, and how many more calls it fails. */
export interface FailureRule {
  readonly method: string;
  readonly failure: Failure;
  remaining: number;
  readonly when?: (args: Record<string, unknown>) => boolean;
}

/** The failure this call meets (counted down), or undefined when it goes through. */
export function takeFailure(rules: readonly FailureRule[], method: string, args: Record<string, unknown>): Failure | undefined {
  const rule = rules.find((f) => f.method === method && f.remaining > 0 && (f.when === undefined || f.when(args)));
  if (rule === undefined) return undefined;
  rule.remaining -= 1;
  return rule.failure;
}

/** Records the call as failed and answers as the failure says (a lost answer is handled by the caller). */
export function sendFailure(res: ServerResponse, failure: Exclude<Failure, { kind: 'lost-answer' }>, record: (ok: boolean, error: string) => void): void {
  if (failure.kind === 'ratelimited') {
    record(false, 'ratelimited');
    res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(failure.retryAfter) });
    res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
    return;
  }
  if (failure.kind === 'http') {
    record(false, `http_${failure.status}`);
    res.writeHead(failure.status, { 'content-type': 'text/plain' });
    res.end('fake failure');
    return;
  }
  record(false, failure.error);
  return send(res, 200, { ok: false, error: failure.error, ...failure.extra });
}
