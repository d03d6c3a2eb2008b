import { Schema, type Connection, type Model } from 'mongoose';
import { insertOnce, modelOn } from '../../../program/store/models.js';
import type { FirstSessionRecord, FirstSessionStore } from '../ports.js';

/** The answer to the parent question for a minor's first session. `_id` is the contact's id and the mentee's: one answer per contact and minor. */
export interface FirstSessionDoc {
  _id: string;
  mentorId: string;
  menteeId: string;
  date: string;
  parentPresent: boolean;
  recordedAt: Date;
}

const schema = new Schema<FirstSessionDoc>(
  {
    _id: { type: String, required: true },
    mentorId: { type: String, required: true },
    menteeId: { type: String, required: true },
    date: { type: String, required: true },
    parentPresent: { type: Boolean, required: true },
    recordedAt: { type: Date, required: true },
  },
  { collection: 'premed_first_sessions', strict: 'throw', versionKey: false },
);

export const firstSessionModel = (connection: Connection): Model<FirstSessionDoc> => modelOn(connection, 'PremedFirstSession', schema);

const toRecord = (d: FirstSessionDoc): FirstSessionRecord => ({ contactId: d._id.slice(0, d._id.lastIndexOf(':')), mentorId: d.mentorId, menteeId: d.menteeId, date: d.date, parentPresent: d.parentPresent, recordedAt: d.recordedAt });

/** `premed_first_sessions`: the parent question's answers, inserted once per contact and minor (a unique `_id`, no conditional update). */
export function createFirstSessionRepository(connection: Connection): FirstSessionStore {
  const Sessions = firstSessionModel(connection);
  return {
    async recordFirstSession(s) {
      const id = `${s.contactId}:${s.menteeId}`;
      const { created } = await insertOnce(
        Sessions,
        { _id: id, mentorId: s.mentorId, menteeId: s.menteeId, date: s.date, parentPresent: s.parentPresent, recordedAt: s.recordedAt },
        { _id: id },
      );
      return { created };
    },
    async findFirstSessions() {
      return (await Sessions.find({}).sort({ date: -1, _id: 1 }).lean<FirstSessionDoc[]>()).map(toRecord);
    },
  };
}
