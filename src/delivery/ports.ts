/** The state of a claimed piece of work (a message to send, a step to take). */
export type ClaimState = 'pending' | 'done';

export interface Claim {
  readonly key: string;
  readonly state: ClaimState;
  readonly attempts: number;
  /** When the current (or last) holder took it, by the real clock. */
  readonly claimedAt: Date;
  /** While pending, when another caller may take it over: the holder's lease ran out, or the retry time it asked for. */
  readonly availableAt: Date;
  /** What the work produced, e.g. a Slack channel id or message ts, so a rerun can carry on from it. */
  readonly result: Readonly<Record<string, string>>;
  /** Who holds it, as the claimer described itself (e.g. `{ by: 'U123' }` for an import lock). */
  readonly holder: Readonly<Record<string, string>>;
}

/** A claim this caller holds. Only its holder knows `owner`; every change to the claim names it. */
export interface Lease {
  readonly key: string;
  readonly owner: string;
  /** This attempt's number (1 for the first). */
  readonly attempt: number;
  /**
   * An earlier attempt may have reached Slack without being recorded (its holder vanished, or its send ended
   * without a clear answer): look for what it sent before sending again.
   */
  readonly lookFirst: boolean;
  /** When the key was first claimed (real clock): nothing sent for it can be older. */
  readonly firstClaimedAt: Date;
}

/**
 * The lease of a lock held over a span of work (an import): the store renews it every third of this while it is held,
 * so a long import keeps it, and a process that died mid-way (a deploy, a crash) holds the next one up a minute at most.
 */
export const LOCK_LEASE_MS = 60_000;

export interface ClaimOptions {
  /** How long the lease lasts without renewal (default 10 minutes). The store renews held leases itself. */
  readonly leaseMs?: number;
  /** Who is claiming, kept with the claim for those who find it taken. */
  readonly holder?: Readonly<Record<string, string>>;
  /**
   * The key names its own window (a month's prompt, a week's digest, a request's reminder): once that is long
   * past nothing can ask for it again, so housekeeping may delete the claim. Other claims (steps, clicks) stay.
   */
  readonly windowed?: boolean;
}

export interface LetGoOptions {
  /** The work may have reached Slack: whoever takes the key next looks before sending again. */
  readonly uncertain?: boolean;
}

/**
 * "Once" across retries, double clicks, reruns and app instances: a unique key stored in MongoDB before the work.
 * `claim` wins for exactly one caller per key and hands it a lease measured by the real clock (never a job's
 * `now`); the store renews the leases this process holds until they are settled, so a long send keeps its claim.
 * A pending claim may be taken over once its lease runs out (the holder died) or its retry time comes
 * (`postpone`, `release`). A `done` claim is never taken again. Every change names the lease's owner, so a
 * holder that lost its claim cannot change the new holder's.
 */
export interface ClaimStore {
  /** The lease when this caller now holds the key (new, or pending and available), undefined otherwise. */
  claim(key: string, options?: ClaimOptions): Promise<Lease | undefined>;
  /** Marks the work done, keeping what it produced. False when the lease was lost. */
  complete(lease: Lease, result?: Readonly<Record<string, string>>): Promise<boolean>;
  /** Extends the lease from now (the store does this itself while a lease is held). False when it was lost. */
  renew(lease: Lease): Promise<boolean>;
  /** Keeps the key pending and lets another caller retry it `delayMs` from now (backoff, or Slack's Retry-After). */
  postpone(lease: Lease, delayMs: number, options?: LetGoOptions): Promise<boolean>;
  /** Gives the key up after a failure: the next caller retries it at once. */
  release(lease: Lease, options?: LetGoOptions): Promise<boolean>;
  /** Deletes a claim that guarded a span of work (a lock), so that the next caller starts afresh. */
  drop(lease: Lease): Promise<boolean>;
  find(key: string): Promise<Claim | undefined>;
  /** Keys under a prefix that are done (for bulk "already sent?" questions). */
  findDone(prefix: string): Promise<Set<string>>;
  /** Which of these keys are done, in one query. */
  findDoneKeys(keys: readonly string[]): Promise<Set<string>>;
  /**
   * Housekeeping: deletes windowed claims done, or last taken and abandoned, more than `olderThanMs` ago (real
   * clock). Returns how many.
   */
  sweepExpired(olderThanMs: number): Promise<number>;
  /**
   * Shutdown: takes no more claims, and lets go of those this process still holds as uncertain (a send may be
   * under way), so that the next run takes them over at once and looks before sending. Returns how many.
   */
  letGo(): Promise<number>;
  /** True once `letGo` was called: loops stop taking work and leave the rest to the next run. */
  stopped(): boolean;
}

/** A message the app posted, so that it can be updated later. */
export interface PostedMessage {
  readonly channel: string;
  readonly ts: string;
}

/**
 * A send to Slack failed. Adapters in slack/ translate Web API errors into this, so use cases can decide when
 * to retry: after `retryAfterSeconds` (Slack's Retry-After), with backoff, or never (`permanent`). `uncertain`
 * when Slack may have accepted it anyway (a timeout, a 5xx, a lost response): look before sending it again.
 */
export class SendError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly permanent: boolean,
    readonly retryAfterSeconds?: number,
    readonly uncertain = false,
  ) {
    super(message);
    this.name = 'SendError';
  }
}

/** Whether a failed piece of work may have taken effect: anything but a SendError that says it did not. */
export function mayHaveTakenEffect(error: unknown): boolean {
  return !(error instanceof SendError) || error.uncertain;
}

/** Each person's DM channel id with the app, kept after the first conversations.open (a Tier 3 call). */
export interface DmChannelStore {
  find(userId: string): Promise<string | undefined>;
  save(userId: string, channel: string): Promise<void>;
  /** When Slack no longer knows the channel. */
  forget(userId: string): Promise<void>;
}
