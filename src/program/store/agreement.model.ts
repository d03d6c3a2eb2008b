import { Schema, type Connection, type Model } from 'mongoose';
import { modelOn } from './models.js';

/** A person's acceptance of a track's agreement: one per person (its id), the first stands. */
export interface AgreementDoc {
  /** The person's Slack user id. */
  _id: string;
  agreedAt: Date;
}

/** A track's agreements, in the track's own collection (e.g. `clinical_agreements`, `premed_agreements`). */
export function agreementModel(connection: Connection, collection: string): Model<AgreementDoc> {
  const schema = new Schema<AgreementDoc>(
    {
      _id: { type: String, required: true },
      agreedAt: { type: Date, required: true },
    },
    { collection, strict: 'throw', versionKey: false },
  );
  return modelOn(connection, `Agreement:${collection}`, schema);
}
