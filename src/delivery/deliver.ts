import { isQuiet, type QuietHours } from './quiet-hours.js';
import type { Logger } from '../log/logger.js';
import { SendError, type ClaimStore } from './ports.js';

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
 * Each is claimed before it is sent and marked done as soon as Slack accepts it, so a run that dies half-way
 * leaves the rest to the next run and repeats nothing Slack accepted. Sends run one at a time per call (the Web
 * API client queues and honours Retry-After underneath); a failure is postponed with backoff or Retry-After.
 */
export async function deliverOnce<T extends Delivery>(
  deps: DeliverDeps,
  deliveries: readonly T[],
  now: Date,
  send: (delivery: T) => Promise<Readonly<Record<string, string>>>,
): Promise<DeliverySummary> {
  const counts = { sent: 0, alreadySent: 0, waitingForMorning: 0, inProgress: 0, failed: 0 };
  const done = await deps.claims.findDoneKeys(deliveries.map((d) => d.key));
  for (const delivery of deliveries) {
    if (done.has(delivery.key)) {
      counts.alreadySent += 1;
      continue;
    }
    if (isQuiet(now, delivery.zone, deps.quietHours)) {
      counts.waitingForMorning += 1;
      continue;
    }
    if (!(await deps.claims.claim(delivery.key, now))) {
      const claim = await deps.claims.find(delivery.key);
      if (claim?.state === 'done') counts.alreadySent += 1;
      else counts.inProgress += 1;
      continue;
    }
    try {
      const result = await send(delivery);
      await deps.claims.complete(delivery.key, now, result);
      counts.sent += 1;
    } catch (error) {
      counts.failed += 1;
      await settleFailure(deps, delivery, now, error);
    }
  }
  return counts;
}

async function settleFailure(deps: DeliverDeps, delivery: Delivery, now: Date, error: unknown): Promise<void> {
  const claim = await deps.claims.find(delivery.key);
  const attempts = claim?.attempts ?? 1;
  const sendError = error instanceof SendError ? error : undefined;
  const code = sendError?.code ?? (error instanceof Error ? error.name : 'unknown');
  const log = { key: delivery.key, recipient: delivery.recipientId, attempts, code };
  if (sendError?.permanent || attempts >= MAX_ATTEMPTS) {
    deps.logger.warn('delivery given up', log);
    await deps.claims.complete(delivery.key, now, { failed: code });
    return;
  }
  const waitMs = sendError?.retryAfterSeconds !== undefined ? sendError.retryAfterSeconds * 1_000 : backoffMs(attempts);
  deps.logger.warn('delivery failed; will retry', { ...log, retryInMs: waitMs });
  await deps.claims.postpone(delivery.key, new Date(now.getTime() + waitMs));
}
