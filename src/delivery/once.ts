import type { ClaimStore } from './ports.js';

export type OnceOutcome<T extends Record<string, string>> =
  /** This caller did the work now. */
  | { readonly status: 'done-now'; readonly result: T }
  /** Done before (by this or another run or instance): `result` is what that work produced. */
  | { readonly status: 'done-before'; readonly result: Readonly<Record<string, string>> }
  /** Someone else holds the claim right now; a later run will see it done, or take it over if it was abandoned. */
  | { readonly status: 'in-progress' };

/**
 * Does `work` at most once per key, across retries, reruns and app instances: claim (unique key in MongoDB),
 * work, then mark done with what the work produced (e.g. a channel id or message ts). When the work throws,
 * the claim is released so a later run retries it, and the error is rethrown.
 */
export async function once<T extends Record<string, string>>(
  claims: ClaimStore,
  key: string,
  now: Date,
  work: () => Promise<T>,
): Promise<OnceOutcome<T>> {
  if (!(await claims.claim(key, now))) {
    const existing = await claims.find(key);
    return existing?.state === 'done' ? { status: 'done-before', result: existing.result } : { status: 'in-progress' };
  }
  let result: T;
  try {
    result = await work();
  } catch (error) {
    await claims.release(key);
    throw error;
  }
  await claims.complete(key, now, result);
  return { status: 'done-now', result };
}
