import { Schema, Types, type Connection, type Model } from 'mongoose';
import { modelOn } from '../../../program/store/models.js';

/** An import preview waiting for *Apply* or *Back*: the roster text read once, and the plan's fingerprint. */
export interface PreviewDoc {
  _id: Types.ObjectId;
  by: string;
  csv: string;
  pasted: boolean;
  prune: boolean;
  fingerprint: string;
  /** Slack's answers (`[key, account or null]` pairs by e-mail and by id), as JSON. */
  accounts?: string;
  createdAt: Date;
}

const previewSchema = new Schema<PreviewDoc>(
  {
    by: { type: String, required: true },
    csv: { type: String, required: true },
    pasted: { type: Boolean, required: true },
    prune: { type: Boolean, required: true },
    fingerprint: { type: String, required: true },
    accounts: { type: String },
    createdAt: { type: Date, required: true },
  },
  { collection: 'roster_previews', strict: 'throw', versionKey: false },
);
previewSchema.index({ createdAt: 1 });

export const previewModel = (connection: Connection): Model<PreviewDoc> => modelOn(connection, 'RosterPreview', previewSchema);
