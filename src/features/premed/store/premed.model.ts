import { Schema, type Connection, type Model } from 'mongoose';
import { modelOn } from '../../../program/store/models.js';

/** A pre-med person's profile: a mentee's level, birth date and parent; a mentor's type. `_id` is the person. */
export interface PremedProfileDoc {
  _id: string;
  role: 'mentee' | 'peer_mentor';
  level?: string;
  birthDate?: string;
  mentorType?: string;
  parentName?: string;
  parentEmail?: string;
  parentPhone?: string;
  parentConsent?: boolean;
}

/** A pre-med pair, by the key of the roster group that names it. */
export interface PremedPairDoc {
  _id: string;
  name: string;
  mentorId: string;
  menteeId: string;
  version: number;
  active: boolean;
  formedAt: Date;
}

const profileSchema = new Schema<PremedProfileDoc>(
  {
    _id: { type: String, required: true },
    role: { type: String, required: true, enum: ['mentee', 'peer_mentor'] },
    level: { type: String },
    birthDate: { type: String },
    mentorType: { type: String },
    parentName: { type: String },
    parentEmail: { type: String },
    parentPhone: { type: String },
    parentConsent: { type: Boolean },
  },
  { collection: 'premed_profiles', strict: 'throw', versionKey: false },
);

const pairSchema = new Schema<PremedPairDoc>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    mentorId: { type: String, required: true },
    menteeId: { type: String, required: true },
    version: { type: Number, required: true },
    active: { type: Boolean, required: true },
    formedAt: { type: Date, required: true },
  },
  { collection: 'premed_pairs', strict: 'throw', versionKey: false },
);
pairSchema.index({ menteeId: 1 });
pairSchema.index({ mentorId: 1 });

export const premedProfileModel = (connection: Connection): Model<PremedProfileDoc> => modelOn(connection, 'PremedProfile', profileSchema);
export const premedPairModel = (connection: Connection): Model<PremedPairDoc> => modelOn(connection, 'PremedPair', pairSchema);
