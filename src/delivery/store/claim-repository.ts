import { randomUUID } from 'node:crypto';
import type { Connection } from 'mongoose';
import type { Claim, ClaimOptions, ClaimStore, Lease } from '../ports.js';
import { claimModel, claimTakeoverModel, type ClaimDoc } from './claim.model.js';
import { isDuplicateKey } from '../../program/store/mongo-errors.js';

/** How long a lease lasts unless renewed: a holder silent this long is presumed dead. */
export const DEFAULT_LEASE_MS = 10 * 60_000;

/** How long a takeover may take from its unique insert to its update: a taker next door this recent may still be in it. */
const TAKEOVER_RACE_MS = 60_000;

export interface ClaimRepositoryOptions {
  /** The real clock (never a job's `now`): leases, retry times and `doneAt` are measured by it. */
  readonly clock?: () => Date;
  readonly leaseMs?: number;
}

interface Held {
  readonly lease: Lease;
  readonly leaseMs: number;
  timer: NodeJS.Timeout | undefined;
}

export function createClaimRepository(connection: Connection, options: ClaimRepositoryOptions = {}): ClaimStore {
  const Claims = claimModel(connection);
  const Takeovers = claimTakeoverModel(connection);
  const clock = options.clock ?? (() => new Date());
  const defaultLeaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const after = (ms: number) => new Date(clock().getTime() + ms);
  const held = new Map<string, Held>();
  const claiming = new Set<Promise<Lease | undefined>>();
  let closing = false;

  const heldKey = (lease: Lease) => `${lease.key}\u0000${lease.owner}`;
  const mine = (lease: Lease) => ({ _id: lease.key, owner: lease.owner, state: 'pending' as const });

  /** While held, the lease is renewed every third of its length, so only a dead holder's claim goes stale. */
  function hold(lease: Lease, leaseMs: number): void {
    const entry: Held = { lease, leaseMs, timer: undefined };
    const schedule = () => {
      entry.timer = setTimeout(() => {
        void store.renew(lease).then(
          (kept) => (kept && held.get(heldKey(lease)) === entry ? schedule() : undefined),
          () => (held.get(heldKey(lease)) === entry ? schedule() : undefined),
        );
      }, Math.max(10, Math.floor(leaseMs / 3)));
      entry.timer.unref();
    };
    held.set(heldKey(lease), entry);
    schedule();
  }

  function unhold(lease: Lease): void {
    const entry = held.get(heldKey(lease));
    if (entry?.timer !== undefined) clearTimeout(entry.timer);
    held.delete(heldKey(lease));
  }

  /** Applies a change to a claim only while `lease` owns it; the lease stops being renewed either way. */
  async function settle(lease: Lease, change: () => Promise<{ matchedCount?: number; deletedCount?: number }>): Promise<boolean> {
    unhold(lease);
    const outcome = await change();
    return (outcome.matchedCount ?? outcome.deletedCount ?? 0) === 1;
  }

  async function takeOver(key: string, existing: ClaimDoc, leaseMs: number, holder: Readonly<Record<string, string>>): Promise<Lease | undefined> {
    const now = clock();
    if (existing.state !== 'pending' || existing.availableAt.getTime() > now.getTime()) return undefined;
    // A conditional update is not an atomic compare-and-set on every MongoDB-compatible server (FerretDB lets two
    // racers both match), so the takeover itself is a unique insert, keyed by the holder being replaced and the
    // lease-long slot of time since the claim became free: racers who saw the same holder collide, and a taker that
    // died before its update does not block the next slot's. Racers on either side of a slot's end do not collide:
    // each then looks next door and yields to a recent taker there (if both yield, the next run takes the claim).
    const holderId = `${key}#${existing.owner ?? existing.claimedAt.getTime()}`;
    const slot = Math.floor((now.getTime() - existing.availableAt.getTime()) / leaseMs);
    try {
      await Takeovers.create({ _id: `${holderId}#${slot}`, at: now });
    } catch (error) {
      if (isDuplicateKey(error)) return undefined;
      throw error;
    }
    const nextDoor = [`${holderId}#${slot - 1}`, `${holderId}#${slot + 1}`];
    if ((await Takeovers.countDocuments({ _id: { $in: nextDoor }, at: { $gt: new Date(now.getTime() - TAKEOVER_RACE_MS) } })) > 0) return undefined;
    const owner = randomUUID();
    const updated = await Claims.updateOne(
      { _id: key, owner: existing.owner ?? null, state: 'pending' },
      {
        $set: { owner, claimedAt: now, availableAt: new Date(now.getTime() + leaseMs), attempts: existing.attempts + 1, released: false, uncertain: false, holder: new Map(Object.entries(holder)) },
      },
    );
    if (updated.matchedCount !== 1) return undefined;
    // A holder that vanished, or let go unsure, may have reached Slack: look before sending again.
    const lease: Lease = {
      key,
      owner,
      attempt: existing.attempts + 1,
      lookFirst: existing.released !== true || existing.uncertain === true,
      firstClaimedAt: existing.firstClaimedAt ?? existing.claimedAt,
    };
    return kept(lease, leaseMs);
  }

  /**
   * A lease just won, unless the store began letting go meanwhile (the insert or update was in flight): then it is
   * let go at once, nothing done under it, so that the next run takes it now rather than after the lease.
   */
  async function kept(lease: Lease, leaseMs: number): Promise<Lease | undefined> {
    if (closing) {
      await store.release(lease).catch(() => undefined);
      return undefined;
    }
    hold(lease, leaseMs);
    return lease;
  }

  async function claimNow(key: string, claimOptions: ClaimOptions): Promise<Lease | undefined> {
    const leaseMs = claimOptions.leaseMs ?? defaultLeaseMs;
    const holder = claimOptions.holder ?? {};
    for (let tries = 0; tries < 2; tries += 1) {
      const now = clock();
      const owner = randomUUID();
      try {
        await Claims.create({
          _id: key,
          state: 'pending',
          attempts: 1,
          owner,
          claimedAt: now,
          firstClaimedAt: now,
          availableAt: new Date(now.getTime() + leaseMs),
          released: false,
          uncertain: false,
          holder: new Map(Object.entries(holder)),
          ...(claimOptions.windowed === true ? { windowed: true } : {}),
        });
        return await kept({ key, owner, attempt: 1, lookFirst: false, firstClaimedAt: now }, leaseMs);
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
      const existing = await Claims.findById(key).lean();
      // Dropped between the insert and the read (a lock let go): try the insert once more.
      if (existing !== null) return takeOver(key, existing, leaseMs, holder);
    }
    return undefined;
  }

  const store: ClaimStore = {
    claim(key, claimOptions = {}) {
      if (closing) return Promise.resolve(undefined);
      // Counted while in flight, so that letting go waits for it (and it lets itself go, see `kept`).
      const attempt = claimNow(key, claimOptions);
      claiming.add(attempt);
      return attempt.finally(() => claiming.delete(attempt));
    },
    complete(lease, result = {}) {
      return settle(lease, () => Claims.updateOne(mine(lease), { $set: { state: 'done', doneAt: clock(), result: new Map(Object.entries(result)) } }));
    },
    async renew(lease) {
      const leaseMs = held.get(heldKey(lease))?.leaseMs ?? defaultLeaseMs;
      const updated = await Claims.updateOne(mine(lease), { $set: { availableAt: after(leaseMs) } });
      return updated.matchedCount === 1;
    },
    postpone(lease, delayMs, letGo = {}) {
      // A doubt stays until the work is done: this attempt failing surely (a 429) does not clear an earlier one's.
      const uncertain = letGo.uncertain === true || lease.lookFirst;
      return settle(lease, () => Claims.updateOne(mine(lease), { $set: { availableAt: after(delayMs), released: true, uncertain } }));
    },
    release(lease, letGo = {}) {
      return store.postpone(lease, 0, letGo);
    },
    drop(lease) {
      return settle(lease, () => Claims.deleteOne(mine(lease)));
    },
    async find(key) {
      const doc = await Claims.findById(key).lean();
      return doc === null ? undefined : toClaim(doc);
    },
    async findDone(prefix) {
      const docs = await Claims.find({ _id: { $regex: `^${escapeRegex(prefix)}` }, state: 'done' }, { _id: 1 }).lean();
      return new Set(docs.map((d) => d._id));
    },
    async findDoneKeys(keys) {
      if (keys.length === 0) return new Set<string>();
      const docs = await Claims.find({ _id: { $in: [...keys] }, state: 'done' }, { _id: 1 }).lean();
      return new Set(docs.map((d) => d._id));
    },
    async sweepExpired(olderThanMs) {
      const cutoff = after(-olderThanMs);
      // Done that long ago, or pending since then and not held (a window closed while its retry waited).
      const swept = await Claims.deleteMany({
        windowed: true,
        claimedAt: { $lt: cutoff },
        $or: [{ state: 'done', doneAt: { $lt: cutoff } }, { state: 'pending', availableAt: { $lt: clock() } }],
      });
      await Takeovers.deleteMany({ at: { $lt: cutoff } });
      return swept.deletedCount;
    },
    async letGo() {
      closing = true;
      // A claim in flight lets itself go when it lands (see `kept`): wait for it, so nothing is left held.
      await Promise.allSettled([...claiming]);
      const leases = [...held.values()].map((entry) => entry.lease);
      const outcomes = await Promise.allSettled(leases.map((lease) => store.release(lease, { uncertain: true })));
      return outcomes.filter((o) => o.status === 'fulfilled' && o.value).length;
    },
    stopped: () => closing,
  };
  return store;
}

function toClaim(doc: ClaimDoc): Claim {
  const plain = (map: Map<string, string> | Record<string, string> | undefined) => (map instanceof Map ? Object.fromEntries(map) : { ...map });
  return {
    key: doc._id,
    state: doc.state,
    attempts: doc.attempts,
    claimedAt: doc.claimedAt,
    availableAt: doc.availableAt,
    result: plain(doc.result),
    holder: plain(doc.holder),
  };
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
