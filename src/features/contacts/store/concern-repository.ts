import { randomUUID } from 'node:crypto';
import { Schema, type Connection, type Model } from 'mongoose';
import { insertOnce, modelOn } from '../../../program/store/models.js';
import { CONCERN_CATEGORIES, type Concern, type ConcernCategory } from '../domain/concern.js';
import type { ConcernStore } from '../ports.js';

export interface ConcernDoc {
  _id: string;
  mentorId: string;
  menteeId: string;
  category: ConcernCategory;
  note?: string;
  date: string;
  createdAt: Date;
  sourceKey: string;
}

const schema = new Schema<ConcernDoc>(
  {
    _id: { type: String, required: true },
    mentorId: { type: String, required: true },
    menteeId: { type: String, required: true },
    category: { type: String, enum: CONCERN_CATEGORIES, required: true },
    note: { type: String },
    date: { type: String, required: true },
    createdAt: { type: Date, required: true },
    sourceKey: { type: String, required: true },
  },
  { collection: 'concerns', strict: 'throw', versionKey: false },
);
schema.index({ sourceKey: 1 }, { unique: true });
schema.index({ date: 1 });

export const concernModel = (connection: Connection): Model<ConcernDoc> => modelOn(connection, 'Concern', schema);

const toConcern = ({ _id, note, ...fields }: ConcernDoc): Concern => ({ id: _id, ...fields, note });

/** `concerns`: mentors' concerns about their mentees, once per form; the note stays here, for its author alone. */
export function createConcernRepository(connection: Connection): ConcernStore {
  const Concerns = concernModel(connection);
  return {
    async record({ note, ...fields }) {
      const { doc, created } = await insertOnce(Concerns, { _id: randomUUID(), ...fields, ...(note === undefined ? {} : { note }) }, { sourceKey: fields.sourceKey });
      return { concern: toConcern(doc), created };
    },
    async findBetween(fromDate, toDate) {
      return (await Concerns.find({ date: { $gte: fromDate, $lte: toDate } }).sort({ date: 1, createdAt: 1 }).lean<ConcernDoc[]>()).map(toConcern);
    },
  };
}
