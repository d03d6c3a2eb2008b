import { Schema, type Connection, type Model } from 'mongoose';
import { modelOn } from '../../../program/store/models.js';
import { CHOSEN_BY } from '../domain/match.js';

/** The suggestions DM'd for one mentee rotation: one per rotation (its id). */
export interface OfferDoc {
  /** The mentee's upcoming rotation's id. */
  _id: string;
  menteeId: string;
  suggestedIds: string[];
  offeredAt: Date;
}

/** One step of a rotation's mentoring, kept once: `_id` is `rotationId#step`. */
export interface AssignmentDoc {
  _id: string;
  rotationId: string;
  step: number;
  menteeId: string;
  mentorId: string;
  assignedAt: Date;
  chosenBy: string;
}

const offerSchema = new Schema<OfferDoc>(
  {
    _id: { type: String, required: true },
    menteeId: { type: String, required: true },
    suggestedIds: { type: [String], required: true },
    offeredAt: { type: Date, required: true },
  },
  { collection: 'clinical_offers', strict: 'throw', versionKey: false },
);

const assignmentSchema = new Schema<AssignmentDoc>(
  {
    _id: { type: String, required: true },
    rotationId: { type: String, required: true },
    step: { type: Number, required: true, min: 1 },
    menteeId: { type: String, required: true },
    mentorId: { type: String, required: true },
    assignedAt: { type: Date, required: true },
    chosenBy: { type: String, enum: CHOSEN_BY, required: true },
  },
  { collection: 'clinical_assignments', strict: 'throw', versionKey: false },
);
assignmentSchema.index({ rotationId: 1, step: 1 });
assignmentSchema.index({ menteeId: 1 });
assignmentSchema.index({ mentorId: 1 });

export function offerModel(connection: Connection): Model<OfferDoc> {
  return modelOn(connection, 'ClinicalOffer', offerSchema);
}

export function assignmentModel(connection: Connection): Model<AssignmentDoc> {
  return modelOn(connection, 'ClinicalAssignment', assignmentSchema);
}
