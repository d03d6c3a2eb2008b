import type { ClaimStore, PostedMessage } from './ports.js';

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

/** What `sendEachOnce` did with the messages due. */
export interface SendEachSummary {
  readonly due: number;
  readonly sent: number;
  /** Sent before: by an earlier run, or by another instance just now. */
  readonly alreadySent: number;
  /** Failed this time; released, so that the next run tries again. */
  readonly failed: number;
}

/**
 * Sends each message due once, by its key (see `once`): the keys already done are read in one query and skipped;
 * `prepare` reads in bulk what the others need (not called when none is left); a failed send is reported to `failed`
 * and the rest go on.
 */
export async function sendEachOnce<T, P = undefined>(
  claims: ClaimStore,
  due: readonly T[],
  now: Date,
  each: {
    readonly key: (item: T) => string;
    readonly prepare?: (pending: readonly T[]) => Promise<P>;
    readonly send: (item: T, prepared: P) => Promise<PostedMessage>;
    readonly failed: (item: T, error: unknown) => void;
  },
): Promise<SendEachSummary> {
  const summary = { due: due.length, sent: 0, alreadySent: 0, failed: 0 };
  if (due.length === 0) return summary;
  const done = await claims.findDoneKeys(due.map((item) => each.key(item)));
  const pending = due.filter((item) => !done.has(each.key(item)));
  summary.alreadySent = due.length - pending.length;
  if (pending.length === 0) return summary;
  const prepared = (await each.prepare?.(pending)) as P;
  for (const item of pending) {
    try {
      const outcome = await once(claims, each.key(item), now, async () => ({ ...(await each.send(item, prepared)) }));
      if (outcome.status === 'done-now') summary.sent += 1;
      else summary.alreadySent += 1;
    } catch (error) {
      // Released by once(): the next run tries again.
      summary.failed += 1;
      each.failed(item, error);
    }
  }
  return summary;
}
