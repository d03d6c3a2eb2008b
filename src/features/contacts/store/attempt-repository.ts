import { Schema, type Connection, type Model } from 'mongoose';
import { insertOnce, modelOn } from '../../../program/store/models.js';
import type { ContactAttempt } from '../domain/attempts.js';
import type { AttemptStore } from '../ports.js';

/** One *Couldn't reach*; `_id` is mentor, mentee and day, so a second click that day is the same attempt. */
export interface AttemptDoc {
  _id: string;
  mentorId: string;
  menteeId: string;
  at: Date;
  date: string;
}

const schema = new Schema<AttemptDoc>(
  {
    _id: { type: String, required: true },
    mentorId: { type: String, required: true },
    menteeId: { type: String, required: true },
    at: { type: Date, required: true },
    date: { type: String, required: true },
  },
  { collection: 'contact_attempts', strict: 'throw', versionKey: false },
);
schema.index({ date: 1, menteeId: 1 });

export const attemptModel = (connection: Connection): Model<AttemptDoc> => modelOn(connection, 'ContactAttempt', schema);

const toAttempt = ({ mentorId, menteeId, at, date }: AttemptDoc): ContactAttempt => ({ mentorId, menteeId, at, date });

/** `contact_attempts`: tries to reach a mentee, apart from the contacts (they count toward no rule). */
export function createAttemptRepository(connection: Connection): AttemptStore {
  const Attempts = attemptModel(connection);
  return {
    async record(attempt) {
      const _id = `${attempt.mentorId}|${attempt.menteeId}|${attempt.date}`;
      const { created } = await insertOnce(Attempts, { _id, ...attempt }, { _id });
      return { created };
    },
    async findBetween(fromDate, toDate, menteeIds) {
      const filter = { date: { $gte: fromDate, $lte: toDate }, ...(menteeIds === undefined ? {} : { menteeId: { $in: [...menteeIds] } }) };
      return (await Attempts.find(filter).sort({ date: 1, _id: 1 }).lean<AttemptDoc[]>()).map(toAttempt);
    },
  };
}
