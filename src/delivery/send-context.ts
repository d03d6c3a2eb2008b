import { AsyncLocalStorage } from 'node:async_hooks';
import type { Lease } from './ports.js';

/** The claim a piece of work runs under, so that what it posts to Slack can be tagged and found again. */
interface SendContext {
  readonly key: string;
  readonly lookFirst: boolean;
  posts: number;
}

/** A post's tag: the claim's key and the post's place in its work, e.g. `digest:U1:2026-W37#2`. */
export interface SendTag {
  readonly id: string;
  /** An earlier attempt may have posted it: look for the tag before posting. */
  readonly lookFirst: boolean;
}

const current = new AsyncLocalStorage<SendContext>();

/** Runs `work` under a lease: each Slack post it makes is tagged with the lease's key (see `nextSendTag`). */
export function underLease<T>(lease: Lease, work: () => Promise<T>): Promise<T> {
  return current.run({ key: lease.key, lookFirst: lease.lookFirst, posts: 0 }, work);
}

/** The tag for the next post of the work running now, or undefined outside claimed work. */
export function nextSendTag(): SendTag | undefined {
  const context = current.getStore();
  if (context === undefined) return undefined;
  context.posts += 1;
  return { id: `${context.key}#${context.posts}`, lookFirst: context.lookFirst };
}

/** True inside claimed work whose earlier attempt may have taken effect unrecorded (see `Lease.lookFirst`). */
export function retryingUnclearWork(): boolean {
  return current.getStore()?.lookFirst === true;
}
