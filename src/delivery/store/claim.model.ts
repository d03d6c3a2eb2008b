import { Schema, type Connection, type Model } from 'mongoose';
import { modelOn } from '../../program/store/models.js';

export interface ClaimDoc {
  _id: string;
  state: 'pending' | 'done';
  attempts: number;
  claimedAt: Date;
  /** A pending claim may be taken over from this time on (the holder died, or asked to retry later). */
  availableAt: Date;
  doneAt?: Date;
  result: Map<string, string>;
}

const claimSchema = new Schema<ClaimDoc>(
  {
    _id: { type: String, required: true },
    state: { type: String, enum: ['pending', 'done'], required: true },
    attempts: { type: Number, required: true, default: 1 },
    claimedAt: { type: Date, required: true },
    availableAt: { type: Date, required: true },
    doneAt: { type: Date },
    result: { type: Map, of: String, default: () => new Map<string, string>() },
  },
  { collection: 'claims', strict: 'throw', versionKey: false },
);
claimSchema.index({ state: 1, availableAt: 1 });

export function claimModel(connection: Connection): Model<ClaimDoc> {
  return modelOn(connection, 'Claim', claimSchema);
}

/** One document per takeover of a stale claim: `${key}#${claimedAt of the claim replaced}`, unique, so one caller wins. */
export interface ClaimTakeoverDoc {
  _id: string;
  at: Date;
}

const takeoverSchema = new Schema<ClaimTakeoverDoc>(
  { _id: { type: String, required: true }, at: { type: Date, required: true } },
  { collection: 'claim_takeovers', strict: 'throw', versionKey: false },
);

export function claimTakeoverModel(connection: Connection): Model<ClaimTakeoverDoc> {
  return modelOn(connection, 'ClaimTakeover', takeoverSchema);
}
