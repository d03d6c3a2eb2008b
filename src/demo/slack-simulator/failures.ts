import type { ServerResponse } from 'node:http';
import { send } from './http-io.js';

/** How the next matching call fails. */
export type Failure =
  | { readonly kind: 'ratelimited'; readonly retryAfter: number }
  | { readonly kind: 'error'; readonly error: string; readonly extra?: Record<string, unknown> }
  /** An HTTP error status; `accepted`: Slack did the call first (a 5xx after it took the message). */
  | { readonly kind: 'http'; readonly status: number; readonly accepted?: boolean }
  /**
   * Slack does the call, then the answer is lost (the connection drops): the caller cannot tell it worked. `afterMs`:
   * the connection hangs that long first (longer than the client's timeout, it is a timeout after acceptance).
   */
  | { readonly kind: 'lost-answer'; readonly afterMs?: number };

/** Consulted on every Web API call that no `failNext` rule fails: a failure for it, or undefined to let it through. */
export type FaultProfile = (method: string, args: Record<string, unknown>) => Failure | undefined;

/** Whether Slack does the call before failing it (the caller cannot tell whether it worked). */
export function doesTheCall(failure: Failure): boolean {
  return failure.kind === 'lost-answer' || (failure.kind === 'http' && failure.accepted === true);
}

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

/** Answers a call that was done (see `doesTheCall`) as the failure says: an HTTP error, or a dropped connection. */
export function failAfterTheCall(res: ServerResponse, failure: Failure): void {
  if (failure.kind === 'http') {
    res.writeHead(failure.status, { 'content-type': 'text/plain' });
    res.end('fake failure after the call');
    return;
  }
  if (failure.kind !== 'lost-answer' || failure.afterMs === undefined) {
    res.socket?.destroy();
    return;
  }
  const timer = setTimeout(() => res.socket?.destroy(), failure.afterMs);
  timer.unref();
  res.on('close', () => clearTimeout(timer));
}

/** Records the call as failed and answers as the failure says (a call done first is answered by `failAfterTheCall`). */
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
