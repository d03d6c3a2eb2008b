import type { Connection } from 'mongoose';
import type { Claim, ClaimStore } from '../ports.js';
import { claimModel, claimTakeoverModel } from './claim.model.js';
import { isDuplicateKey } from '../../program/store/mongo-errors.js';

/** A pending claim older than this is presumed abandoned (its run died) and may be taken over. */
const DEFAULT_STALE_MS = 10 * 60_000;

export function createClaimRepository(connection: Connection): ClaimStore {
  const Claims = claimModel(connection);
  const Takeovers = claimTakeoverModel(connection);
  return {
    async claim(key, now, staleAfterMs = DEFAULT_STALE_MS) {
      try {
        await Claims.create({ _id: key, state: 'pending', attempts: 1, claimedAt: now, availableAt: new Date(now.getTime() + staleAfterMs) });
        return true;
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
      // Taken before: take it over only if it is pending and available again (stale, or its retry time came).
      // A conditional update is not an atomic compare-and-set on every MongoDB-compatible server, so the
      // takeover itself is a unique insert.
      const existing = await Claims.findById(key).lean();
      if (existing === null || existing.state !== 'pending' || existing.availableAt.getTime() > now.getTime()) return false;
      const attempt = existing.attempts + 1;
      try {
        // Keyed by the claim being replaced: racers who saw the same claim collide; a later generation does not.
        await Takeovers.create({ _id: `${key}#${existing.claimedAt.getTime()}`, at: now });
      } catch (error) {
        if (isDuplicateKey(error)) return false;
        throw error;
      }
      await Claims.updateOne(
        { _id: key, state: 'pending' },
        { $set: { claimedAt: now, availableAt: new Date(now.getTime() + staleAfterMs), attempts: attempt } },
      );
      return true;
    },
    async complete(key, now, result = {}) {
      await Claims.updateOne({ _id: key }, { $set: { state: 'done', doneAt: now, result: new Map(Object.entries(result)) } });
    },
    async postpone(key, until) {
      await Claims.updateOne({ _id: key, state: 'pending' }, { $set: { availableAt: until } });
    },
    async release(key) {
      await Claims.deleteOne({ _id: key, state: 'pending' });
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
  };
}

function toClaim(doc: {
  _id: string;
  state: 'pending' | 'done';
  attempts: number;
  claimedAt: Date;
  availableAt: Date;
  result?: Map<string, string> | Record<string, string>;
}): Claim {
  const result = doc.result instanceof Map ? Object.fromEntries(doc.result) : { ...doc.result };
  return { key: doc._id, state: doc.state, attempts: doc.attempts, claimedAt: doc.claimedAt, availableAt: doc.availableAt, result };
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
