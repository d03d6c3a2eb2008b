import { Schema, type Connection, type Model } from 'mongoose';
import { modelOn } from '../../../program/store/models.js';

/**
 * One document per change of SWITCH_ADMIN_CHANNEL's verdict: `_id` is `channelId|seq`, so that of two instances
 * checking at once only one records a change (and tells the admins). The latest `seq` is the channel's state.
 */
export interface AdminChannelCheckDoc {
  _id: string;
  channelId: string;
  seq: number;
  usable: boolean;
  problem?: string;
  /** Who was in the channel who is not an admin (Slack user ids), for problem `outsiders`. */
  outsiderIds: string[];
  /** Slack's error code, for problem `no_access`. */
  error?: string;
  at: Date;
}

const schema = new Schema<AdminChannelCheckDoc>(
  {
    _id: { type: String, required: true },
    channelId: { type: String, required: true },
    seq: { type: Number, required: true },
    usable: { type: Boolean, required: true },
    problem: { type: String },
    outsiderIds: { type: [String], default: [] },
    error: { type: String, maxlength: 100 },
    at: { type: Date, required: true },
  },
  { collection: 'admin_channel_checks', strict: 'throw', versionKey: false },
);
schema.index({ channelId: 1, seq: -1 });

export function adminChannelCheckModel(connection: Connection): Model<AdminChannelCheckDoc> {
  return modelOn(connection, 'AdminChannelCheck', schema);
}
