import { Schema, type Connection, type Model } from 'mongoose';
import { modelOn } from './models.js';

/** A forgotten person's number: `_id` is the person, `n` unique and given in increasing order. */
export interface PseudonymDoc {
  _id: string;
  n: number;
  at: Date;
}

const pseudonymSchema = new Schema<PseudonymDoc>(
  {
    _id: { type: String, required: true },
    n: { type: Number, required: true, min: 1 },
    at: { type: Date, required: true },
  },
  { collection: 'pseudonyms', strict: 'throw', versionKey: false },
);
pseudonymSchema.index({ n: 1 }, { unique: true });

export function pseudonymModel(connection: Connection): Model<PseudonymDoc> {
  return modelOn(connection, 'Pseudonym', pseudonymSchema);
}
