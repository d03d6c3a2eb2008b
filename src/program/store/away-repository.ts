import type { Connection } from 'mongoose';
import type { Away } from '../records/away.js';
import type { AwayStore } from '../ports.js';
import { awayModel, type AwayDoc } from './away.model.js';
import { findAmong } from './among.js';
import { insertOnce } from './models.js';

export function createAwayRepository(connection: Connection): AwayStore {
  const Aways = awayModel(connection);
  return {
    async create(away) {
      const { doc, created } = await insertOnce(Aways, { ...away, ...(away.note === undefined ? {} : { note: away.note }) }, { sourceKey: away.sourceKey });
      return { away: toAway(doc), created };
    },
    async findNotEnded(mentorIds, fromDate) {
      const docs = await findAmong<AwayDoc>(
        mentorIds,
        (mentorId) => Aways.find({ mentorId, end: { $gte: fromDate }, cancelledAt: { $exists: false } }).sort({ start: 1, createdAt: 1 }).lean(),
        ['start', 'createdAt'],
      );
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

/** The document holds the record's fields (the schema is strict); the optional ones are there, undefined, when absent. */
function toAway({ _id, note, cancelledAt, ...fields }: AwayDoc): Away {
  return { id: String(_id), ...fields, note, cancelledAt };
}
