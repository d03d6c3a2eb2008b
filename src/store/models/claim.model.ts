import { Schema, type Connection, type Model } from 'mongoose';

export interface ClaimDoc {
  _id: string;
  state: 'pending' | 'done';
  attempts: number;
  claimedAt: Date;
  doneAt?: Date;
  result: Map<string, string>;
}

const claimSchema = new Schema<ClaimDoc>(
  {
    _id: { type: String, required: true },
    state: { type: String, enum: ['pending', 'done'], required: true },
    attempts: { type: Number, required: true, default: 1 },
    claimedAt: { type: Date, required: true },
    doneAt: { type: Date },
    result: { type: Map, of: String, default: () => new Map<string, string>() },
  },
  { collection: 'claims', strict: 'throw', versionKey: false },
);
claimSchema.index({ state: 1, claimedAt: 1 });

export function claimModel(connection: Connection): Model<ClaimDoc> {
  return connection.models['Claim'] as Model<ClaimDoc> | undefined ?? connection.model<ClaimDoc>('Claim', claimSchema);
}
