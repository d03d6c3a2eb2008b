import type { Connection } from 'mongoose';
import type { Away } from '../records/away.js';
import type { AwayStore } from '../ports.js';
import { isDuplicateKey } from './mongo-errors.js';
import { awayModel, type AwayDoc } from './away.model.js';

export function createAwayRepository(connection: Connection): AwayStore {
  const Aways = awayModel(connection);
  return {
    async create(away) {
      try {
        const doc = await Aways.create({ ...away, ...(away.note === undefined ? {} : { note: away.note }) });
        return { away: toAway(doc.toObject()), created: true };
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        const existing = await Aways.findOne({ sourceKey: away.sourceKey }).lean();
        if (existing === null) throw error;
        return { away: toAway(existing), created: false };
      }
    },
    async findNotEnded(mentorIds, fromDate) {
      if (mentorIds.length === 0) return [];
      const docs = await Aways.find({ mentorId: { $in: [...mentorIds] }, end: { $gte: fromDate }, cancelledAt: { $exists: false } })
        .sort({ start: 1, createdAt: 1 })
        .lean();
      return docs.map(toAway);
    },
    async findAllNotEnded(fromDate) {
      const docs = await Aways.find({ end: { $gte: fromDate }, cancelledAt: { $exists: false } }).sort({ start: 1, createdAt: 1 }).lean();
      return docs.map(toAway);
    },
    async cancel(ids, at) {
      if (ids.length === 0) return;
      await Aways.updateMany({ _id: { $in: [...ids] }, cancelledAt: { $exists: false } }, { $set: { cancelledAt: at } });
    },
  };
}

function toAway(doc: AwayDoc): Away {
  return {
    id: String(doc._id),
    mentorId: doc.mentorId,
    start: doc.start,
    end: doc.end,
    timezone: doc.timezone,
    note: doc.note,
    tellMentees: doc.tellMentees,
    createdAt: doc.createdAt,
    cancelledAt: doc.cancelledAt,
    sourceKey: doc.sourceKey,
  };
}
