import type { Failure, FaultProfile } from '../../src/demo/slack-simulator/failures.js';
import type { Random } from '../support/random.js';

/** How often the fake Slack fails a call, per call of the methods that send or look (see FAULTY). */
export interface FaultRates {
  /** A burst of 429s (Retry-After 1–2 s) on the method, for 1–8 s: every call in it is refused. */
  readonly burst: number;
  /** A 5xx: half of them after Slack did the call (for calls that have an effect). */
  readonly serverError: number;
  /** The answer is lost after Slack did the call (the connection drops). */
  readonly lostAnswer: number;
  /** Of the lost answers, the share that hang past the client's 30 s timeout first. */
  readonly hangShare: number;
  /** ok:false internal_error, before doing anything. */
  readonly platformError: number;
}

/**
 * Methods the chaos fails: whatever sends, creates, invites, opens or looks for what was sent. Not the directory's
 * look-ups (users.*): an import stops at the first one Slack does not answer, and says so, before it writes anything.
 */
const FAULTY = new Set([
  'chat.postMessage',
  'conversations.open',
  'conversations.create',
  'conversations.history',
  'conversations.invite',
  'conversations.setPurpose',
  'conversations.list',
]);

/** Calls whose effect stays when the answer is lost: a 5xx or a lost answer may come after them. */
const TAKE_EFFECT = new Set(['chat.postMessage', 'conversations.open', 'conversations.create', 'conversations.invite', 'conversations.setPurpose']);

/** A client hangs this long before the connection drops: past @slack/web-api's 30 s timeout in the app. */
const HANG_MS = 31_000;

export type FaultKind = 'ratelimited' | 'burst' | 'server-error-before' | 'server-error-after' | 'lost-answer' | 'hang' | 'internal-error';

export interface ChaosFaults {
  readonly profile: FaultProfile;
  /** Faults injected so far, by kind ('burst' counts bursts started; 'ratelimited' the calls refused in them). */
  readonly counts: Readonly<Record<FaultKind, number>>;
  /** Faults injected on chat.postMessage, by kind. */
  readonly onPosts: Readonly<Record<FaultKind, number>>;
}

/** A random fault profile for FakeSlack.chaos, drawn from `random` (seeded: a run can be repeated). */
export function createFaults(random: Random, rates: FaultRates): ChaosFaults {
  const zero = (): Record<FaultKind, number> => ({ ratelimited: 0, burst: 0, 'server-error-before': 0, 'server-error-after': 0, 'lost-answer': 0, hang: 0, 'internal-error': 0 });
  const counts = zero();
  const onPosts = zero();
  const bursts = new Map<string, { until: number; retryAfter: number }>();
  const count = (method: string, kind: FaultKind) => {
    counts[kind] += 1;
    if (method === 'chat.postMessage') onPosts[kind] += 1;
  };

  const profile: FaultProfile = (method) => {
    if (!FAULTY.has(method)) return undefined;
    const now = Date.now();
    const burst = bursts.get(method);
    if (burst !== undefined && burst.until > now) {
      count(method, 'ratelimited');
      return { kind: 'ratelimited', retryAfter: burst.retryAfter };
    }
    let r = random.next();
    const takesEffect = TAKE_EFFECT.has(method);
    if ((r -= rates.burst) < 0) {
      const retryAfter = random.int(1, 2);
      bursts.set(method, { until: now + random.int(1_000, 8_000), retryAfter });
      count(method, 'burst');
      count(method, 'ratelimited');
      return { kind: 'ratelimited', retryAfter };
    }
    if ((r -= rates.serverError) < 0) {
      const accepted = takesEffect && random.chance(0.5);
      count(method, accepted ? 'server-error-after' : 'server-error-before');
      return { kind: 'http', status: random.pick([500, 502, 503]), accepted } satisfies Failure;
    }
    if (takesEffect && (r -= rates.lostAnswer) < 0) {
      const hang = random.chance(rates.hangShare);
      count(method, hang ? 'hang' : 'lost-answer');
      return hang ? { kind: 'lost-answer', afterMs: HANG_MS } : { kind: 'lost-answer' };
    }
    if ((r -= rates.platformError) < 0) {
      count(method, 'internal-error');
      return { kind: 'error', error: 'internal_error' };
    }
    return undefined;
  };
  return { profile, counts, onPosts };
}
