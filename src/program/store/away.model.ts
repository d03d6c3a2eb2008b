import { Schema, Types, type Connection, type Model } from 'mongoose';
import { modelOn } from './models.js';

export interface AwayDoc {
  _id: Types.ObjectId;
  mentorId: string;
  start: string;
  end: string;
  timezone: string;
  note?: string;
  tellMentees: boolean;
  createdAt: Date;
  cancelledAt?: Date;
  sourceKey: string;
}

const awaySchema = new Schema<AwayDoc>(
  {
    mentorId: { type: String, required: true },
    start: { type: String, required: true, match: /^\d{4}-\d{2}-\d{2}$/ },
    end: { type: String, required: true, match: /^\d{4}-\d{2}-\d{2}$/ },
    timezone: { type: String, required: true },
    note: { type: String, maxlength: 500 },
    tellMentees: { type: Boolean, required: true },
    createdAt: { type: Date, required: true },
    cancelledAt: { type: Date },
    sourceKey: { type: String, required: true },
  },
  { collection: 'away', strict: 'throw', versionKey: false },
);
awaySchema.index({ sourceKey: 1 }, { unique: true });
awaySchema.index({ mentorId: 1, end: 1 });
awaySchema.index({ end: 1 });

export function awayModel(connection: Connection): Model<AwayDoc> {
  return modelOn(connection, 'Away', awaySchema);
}
