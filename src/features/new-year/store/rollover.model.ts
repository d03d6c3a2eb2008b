import { Schema, type Connection, type Model } from 'mongoose';
import { modelOn } from '../../../program/store/models.js';

interface PersonDoc {
  personId: string;
  name: string;
}

export interface GraduateDoc extends PersonDoc {
  mentees: number;
  communications: number;
  meetings: number;
  requestsAnswered: number;
  requestsOnTime: number;
  minutes: number;
}

export interface RolloverDoc {
  /** The academic year opened, e.g. `2027-28`. */
  _id: string;
  closes: string;
  startedAt: Date;
  startedBy: string;
  appliedAt?: Date;
  appliedBy?: string;
  graduates: GraduateDoc[];
  leavers: PersonDoc[];
  endings: { groupId: string; personId: string; role: string }[];
  moves: (PersonDoc & { from: number; to: number })[];
  deactivate: string[];
  /** `missingYears` as `3,4` (no arrays inside arrays). */
  incomplete: { groupId: string; groupName: string; missingYears: string }[];
}

const person = { personId: { type: String, required: true }, name: { type: String, required: true } };
const count = { type: Number, required: true, min: 0 };

const rolloverSchema = new Schema<RolloverDoc>(
  {
    _id: { type: String, required: true },
    closes: { type: String, required: true },
    startedAt: { type: Date, required: true },
    startedBy: { type: String, required: true },
    appliedAt: { type: Date },
    appliedBy: { type: String },
    graduates: [
      new Schema<GraduateDoc>(
        { ...person, mentees: count, communications: count, meetings: count, requestsAnswered: count, requestsOnTime: count, minutes: count },
        { _id: false, strict: 'throw' },
      ),
    ],
    leavers: [new Schema<PersonDoc>(person, { _id: false, strict: 'throw' })],
    endings: [
      new Schema(
        { groupId: { type: String, required: true }, personId: { type: String, required: true }, role: { type: String, required: true, enum: ['mentee', 'peer_mentor', 'faculty'] } },
        { _id: false, strict: 'throw' },
      ),
    ],
    moves: [new Schema({ ...person, from: { type: Number, required: true }, to: { type: Number, required: true } }, { _id: false, strict: 'throw' })],
    deactivate: { type: [String], required: true },
    incomplete: [
      new Schema(
        { groupId: { type: String, required: true }, groupName: { type: String, required: true }, missingYears: { type: String, required: true } },
        { _id: false, strict: 'throw' },
      ),
    ],
  },
  { collection: 'new_year_rollovers', strict: 'throw', versionKey: false },
);
rolloverSchema.index({ appliedAt: 1 });

export function rolloverModel(connection: Connection): Model<RolloverDoc> {
  return modelOn(connection, 'NewYearRollover', rolloverSchema);
}
