import { Schema, type Connection, type Model } from 'mongoose';
import { modelOn } from '../../../program/store/models.js';

/** A clinical mentor's acceptance of the honesty agreement: one per person (its id), the first stands. */
export interface AgreementDoc {
  /** The mentor's Slack user id. */
  _id: string;
  agreedAt: Date;
}

const agreementSchema = new Schema<AgreementDoc>(
  {
    _id: { type: String, required: true },
    agreedAt: { type: Date, required: true },
  },
  { collection: 'clinical_agreements', strict: 'throw', versionKey: false },
);

export function agreementModel(connection: Connection): Model<AgreementDoc> {
  return modelOn(connection, 'ClinicalAgreement', agreementSchema);
}
