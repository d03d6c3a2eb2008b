import { Schema, Types, type Connection, type Model } from 'mongoose';
import { modelOn } from './models.js';
import { CONTACT_KINDS } from '../records/contact.js';

export interface ContactDoc {
  _id: Types.ObjectId;
  mentorId: string;
  menteeIds: string[];
  at: Date;
  date: string;
  kind: (typeof CONTACT_KINDS)[number];
  group: boolean;
  minutes: number;
  note?: string;
  source: 'logged' | 'prompt' | 'request_response';
  sourceKey: string;
  createdAt: Date;
  undoneAt?: Date;
}

const contactSchema = new Schema<ContactDoc>(
  {
    mentorId: { type: String, required: true },
    menteeIds: { type: [String], required: true },
    at: { type: Date, required: true },
    date: { type: String, required: true, match: /^\d{4}-\d{2}-\d{2}$/ },
    kind: { type: String, enum: CONTACT_KINDS, required: true },
    group: { type: Boolean, required: true },
    minutes: { type: Number, required: true, min: 0 },
    note: { type: String },
    source: { type: String, enum: ['logged', 'prompt', 'request_response'], required: true },
    sourceKey: { type: String, required: true },
    createdAt: { type: Date, required: true },
    undoneAt: { type: Date },
  },
  { collection: 'contacts', strict: 'throw', versionKey: false },
);
contactSchema.index({ sourceKey: 1 }, { unique: true });
contactSchema.index({ menteeIds: 1, date: 1 });
contactSchema.index({ mentorId: 1, date: 1 });
contactSchema.index({ date: 1 });

export function contactModel(connection: Connection): Model<ContactDoc> {
  return modelOn(connection, 'Contact', contactSchema);
}
