import { Schema, type Connection, type Model } from 'mongoose';
import { modelOn } from './models.js';
import { PULSE_SCORES, type PulseScore } from '../records/pulse.js';

/** One answer per mentee and month: `_id` is `${menteeId}:${month}`, so a second answer is a duplicate key. */
export interface PulseAnswerDoc {
  _id: string;
  menteeId: string;
  month: string;
  score: PulseScore;
  answeredAt: Date;
  sharedAt?: Date;
}

const pulseAnswerSchema = new Schema<PulseAnswerDoc>(
  {
    _id: { type: String, required: true },
    menteeId: { type: String, required: true },
    month: { type: String, required: true, match: /^\d{4}-\d{2}$/ },
    score: { type: Number, enum: PULSE_SCORES, required: true },
    answeredAt: { type: Date, required: true },
    sharedAt: { type: Date },
  },
  { collection: 'pulse_answers', strict: 'throw', versionKey: false },
);
pulseAnswerSchema.index({ month: 1, menteeId: 1 });

export function pulseAnswerModel(connection: Connection): Model<PulseAnswerDoc> {
  return modelOn(connection, 'PulseAnswer', pulseAnswerSchema);
}
