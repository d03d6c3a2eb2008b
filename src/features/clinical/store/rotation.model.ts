import { Schema, type Connection, type Model } from 'mongoose';
import { modelOn } from '../../../program/store/models.js';
import { ROTATION_KINDS, ROTATION_SUBJECTS } from '../domain/rotation.js';

/** One rotation of the rotations file, kept once per person, kind, subject and first day. */
export interface RotationDoc {
  _id: string;
  personId: string;
  kind: string;
  subject: string;
  site?: string;
  preceptor?: string;
  /** YYYY-MM-DD, inclusive. */
  start: string;
  end: string;
}

const rotationSchema = new Schema<RotationDoc>(
  {
    // The rotation's key (person|kind|subject|start): a second write of the same rotation meets the first.
    _id: { type: String, required: true },
    personId: { type: String, required: true },
    kind: { type: String, enum: ROTATION_KINDS, required: true },
    subject: { type: String, enum: ROTATION_SUBJECTS, required: true },
    site: { type: String },
    preceptor: { type: String },
    start: { type: String, required: true },
    end: { type: String, required: true },
  },
  { collection: 'clinical_rotations', strict: 'throw', versionKey: false },
);
rotationSchema.index({ personId: 1, start: 1 });
rotationSchema.index({ kind: 1, start: 1 });

export function rotationModel(connection: Connection): Model<RotationDoc> {
  return modelOn(connection, 'ClinicalRotation', rotationSchema);
}
