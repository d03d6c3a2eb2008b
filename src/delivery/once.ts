import { mayHaveTakenEffect, type ClaimStore, type Lease } from './ports.js';
import { underLease } from './send-context.js';

export type OnceOutcome<T extends Record<string, string>> =
  /** This caller did the work now. */
  | { readonly status: 'done-now'; readonly result: T }
  /** Done before (by this or another run or instance): `result` is what that work produced. */
  | { readonly status: 'done-before'; readonly result: Readonly<Record<string, string>> }
  /** Someone else holds the claim right now; a later run will see it done, or take it over if it was abandoned. */
  | { readonly status: 'in-progress' };

/**
 * Does `work` at most once per key, across retries, reruns and app instances: claim (unique key in MongoDB),
 * work under the lease (what it posts is tagged, so a rerun after an unclear failure finds it instead of posting
 * again), then mark done with what the work produced (e.g. a channel id or message ts). When the work throws, the
 * claim is let go so a later run retries it (looking first if the failure may have reached Slack), and the error
 * is rethrown.
 */
export async function once<T extends Record<string, string>>(claims: ClaimStore, key: string, work: () => Promise<T>): Promise<OnceOutcome<T>> {
  const lease = await claims.claim(key);
  if (lease === undefined) {
    const existing = await claims.find(key);
    return existing?.state === 'done' ? { status: 'done-before', result: existing.result } : { status: 'in-progress' };
  }
  let result: T;
  try {
    result = await underLease(lease, work);
  } catch (error) {
    await claims.release(lease, { uncertain: mayHaveTakenEffect(error) }).catch(() => undefined);
    throw error;
  }
  await recordDone(claims, lease, result);
  return { status: 'done-now', result };
}

/**
 * Marks work done that has already happened. If the database cannot record it, the work is not undone or
 * reported as failed: the lease lapses, and whoever takes the key next looks for what was sent before sending.
 * False when it could not be recorded.
 */
export async function recordDone(claims: ClaimStore, lease: Lease, result: Readonly<Record<string, string>>): Promise<boolean> {
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    try {
      return await claims.complete(lease, result);
    } catch {
      // Try once more; after that the lapsed lease makes the next holder look first.
    }
  }
  return false;
}
