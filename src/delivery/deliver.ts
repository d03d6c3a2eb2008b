import { isQuiet, type QuietHours } from './quiet-hours.js';
import type { Logger } from '../log/logger.js';
import { mayHaveTakenEffect, SendError, type ClaimStore, type Lease } from './ports.js';
import { recordDone } from './once.js';
import { underLease } from './send-context.js';

/** Something to send to one person once: `key` names it (kind + subject + window). */
export interface Delivery {
  readonly key: string;
  readonly recipientId: string;
  /** The recipient's time zone, for quiet hours. */
  readonly zone: string;
}

export interface DeliverySummary {
  readonly sent: number;
  /** Sent by an earlier run or another instance. */
  readonly alreadySent: number;
  /** Due, but inside the recipient's quiet hours: a run after they end sends it. */
  readonly waitingForMorning: number;
  /** Another run holds it right now, or its retry time has not come. */
  readonly inProgress: number;
  /** Failed this time; a later run retries (or, after too many attempts or a permanent error, gives up). */
  readonly failed: number;
}

export interface DeliverDeps {
  readonly claims: ClaimStore;
  readonly quietHours: QuietHours;
  readonly logger: Logger;
}

/** Attempts before a delivery is given up (recorded as done with its error, never retried again). */
export const MAX_ATTEMPTS = 6;
const BASE_BACKOFF_MS = 15 * 60_000;
const MAX_BACKOFF_MS = 6 * 3_600_000;

/** The wait before retry number `attempts + 1`: 15 min, 30 min, 1 h … capped at 6 h. */
export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, attempts - 1));
}

/**
 * Sends each delivery at most once, across reruns and instances, and never in the recipient's quiet hours.
 * Each is claimed just before it is sent (a lease measured by the real clock and renewed while the send lasts)
 * and marked done as soon as Slack accepts it, so a run that dies half-way leaves the rest to the next run. What
 * it posts is tagged with the claim's key, so after a failure that may have reached Slack (a timeout, a 5xx, a
 * lost response, or a run that died mid-send) the next attempt finds the message instead of posting it again.
 * Sends run one at a time per call; a failure is postponed with backoff or Slack's Retry-After, and given up
 * after a permanent error or `MAX_ATTEMPTS`.
 */
export async function deliverOnce<T extends Delivery>(
  deps: DeliverDeps,
  deliveries: readonly T[],
  now: Date,
  send: (delivery: T) => Promise<Readonly<Record<string, string>>>,
): Promise<DeliverySummary> {
  const counts = { sent: 0, alreadySent: 0, waitingForMorning: 0, inProgress: 0, failed: 0 };
  const done = await deps.claims.findDoneKeys(deliveries.map((d) => d.key));
  for (const [index, delivery] of deliveries.entries()) {
    if (deps.claims.stopped()) {
      // Shutting down: the rest is left for the next run.
      counts.inProgress += deliveries.slice(index).filter((d) => !done.has(d.key)).length;
      counts.alreadySent += deliveries.slice(index).filter((d) => done.has(d.key)).length;
      break;
    }
    if (done.has(delivery.key)) {
      counts.alreadySent += 1;
      continue;
    }
    if (isQuiet(now, delivery.zone, deps.quietHours)) {
      counts.waitingForMorning += 1;
      continue;
    }
    const lease = await deps.claims.claim(delivery.key, { windowed: true });
    if (lease === undefined) {
      const claim = await deps.claims.find(delivery.key);
      if (claim?.state === 'done') counts.alreadySent += 1;
      else counts.inProgress += 1;
      continue;
    }
    let result: Readonly<Record<string, string>>;
    try {
      result = await underLease(lease, () => send(delivery));
    } catch (error) {
      counts.failed += 1;
      await settleFailure(deps, lease, delivery, error);
      continue;
    }
    counts.sent += 1;
    if (!(await recordDone(deps.claims, lease, result))) {
      deps.logger.warn('delivery sent but not recorded; the next attempt will find it', { key: delivery.key, recipient: delivery.recipientId });
    }
  }
  return counts;
}

async function settleFailure(deps: DeliverDeps, lease: Lease, delivery: Delivery, error: unknown): Promise<void> {
  const attempts = lease.attempt;
  const sendError = error instanceof SendError ? error : undefined;
  const code = sendError?.code ?? (error instanceof Error ? error.name : 'unknown');
  const log = { key: delivery.key, recipient: delivery.recipientId, attempts, code };
  try {
    if (sendError?.permanent || attempts >= MAX_ATTEMPTS) {
      deps.logger.warn('delivery given up', log);
      await deps.claims.complete(lease, { failed: code });
      return;
    }
    const waitMs = sendError?.retryAfterSeconds !== undefined ? sendError.retryAfterSeconds * 1_000 : backoffMs(attempts);
    deps.logger.warn('delivery failed; will retry', { ...log, retryInMs: waitMs });
    await deps.claims.postpone(lease, waitMs, { uncertain: mayHaveTakenEffect(error) });
  } catch (recordError) {
    // The lease lapses instead; the next attempt looks before sending.
    deps.logger.error('delivery failure not recorded', { ...log, error: recordError });
  }
}
