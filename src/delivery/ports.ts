
/** The state of a claimed piece of work (a message to send, a step to take). */
export type ClaimState = 'pending' | 'done';

export interface Claim {
  readonly key: string;
  readonly state: ClaimState;
  readonly attempts: number;
  readonly claimedAt: Date;
  /** While pending, when a later run may take it over. */
  readonly availableAt: Date;
  /** What the work produced, e.g. a Slack channel id or message ts, so a rerun can carry on from it. */
  readonly result: Readonly<Record<string, string>>;
}

/**
 * "Once" across retries, double clicks, reruns and app instances: a unique key stored in MongoDB before the work.
 * `claim` wins for exactly one caller per key. A claim left `pending` may be taken over by a later run once it is
 * available again: `staleAfterMs` after it was taken (the run died), or at the time given to `postpone` (a send
 * failed and should be retried later). A `done` claim is never taken again.
 */
export interface ClaimStore {
  /** True when this caller now holds the key (new, or pending and stale), false otherwise. */
  claim(key: string, now: Date, staleAfterMs?: number): Promise<boolean>;
  /** Marks the work done, keeping what it produced. */
  complete(key: string, now: Date, result?: Readonly<Record<string, string>>): Promise<void>;
  /** Keeps the key pending but lets a later run retry it from `until` on (backoff, or Slack's Retry-After). */
  postpone(key: string, until: Date): Promise<void>;
  /** Gives the key up after a failure, so that the next run retries it. */
  release(key: string): Promise<void>;
  find(key: string): Promise<Claim | undefined>;
  /** Keys under a prefix that are done (for bulk "already sent?" questions). */
  findDone(prefix: string): Promise<Set<string>>;
  /** Which of these keys are done, in one query. */
  findDoneKeys(keys: readonly string[]): Promise<Set<string>>;
}

/** A message the app posted, so that it can be updated later. */
export interface PostedMessage {
  readonly channel: string;
  readonly ts: string;
}

/**
 * A send to Slack failed. Adapters in slack/ translate Web API errors into this, so use cases can decide when
 * to retry: after `retryAfterSeconds` (Slack's Retry-After), with backoff, or never (`permanent`).
 */
export class SendError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly permanent: boolean,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'SendError';
  }
}
