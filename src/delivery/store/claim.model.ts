import { Schema, type Connection, type Model } from 'mongoose';
import { modelOn } from '../../program/store/models.js';

export interface ClaimDoc {
  _id: string;
  state: 'pending' | 'done';
  attempts: number;
  /** The current holder's token (claims written before owners existed have none). */
  owner?: string;
  claimedAt: Date;
  /** When the key was first claimed. */
  firstClaimedAt?: Date;
  /** A pending claim may be taken over from this time on (the holder's lease ran out, or it asked to retry later). */
  availableAt: Date;
  /** The holder let go (postponed or released) rather than vanishing. */
  released?: boolean;
  /** The holder let go after a failure that may have reached Slack anyway. */
  uncertain?: boolean;
  holder?: Map<string, string>;
  /** See ClaimOptions.windowed: housekeeping may delete it once old. */
  windowed?: boolean;
  doneAt?: Date;
  result: Map<string, string>;
}

const claimSchema = new Schema<ClaimDoc>(
  {
    _id: { type: String, required: true },
    state: { type: String, enum: ['pending', 'done'], required: true },
    attempts: { type: Number, required: true, default: 1 },
    owner: { type: String },
    claimedAt: { type: Date, required: true },
    firstClaimedAt: { type: Date },
    availableAt: { type: Date, required: true },
    released: { type: Boolean },
    uncertain: { type: Boolean },
    holder: { type: Map, of: String },
    windowed: { type: Boolean },
    doneAt: { type: Date },
    result: { type: Map, of: String, default: () => new Map<string, string>() },
  },
  { collection: 'claims', strict: 'throw', versionKey: false },
);
claimSchema.index({ state: 1, availableAt: 1 });
claimSchema.index({ windowed: 1, claimedAt: 1 });

export function claimModel(connection: Connection): Model<ClaimDoc> {
  return modelOn(connection, 'Claim', claimSchema);
}

/** One document per takeover of a claim: `${key}#${owner of the claim replaced}`, unique, so one caller wins. */
export interface ClaimTakeoverDoc {
  _id: string;
  at: Date;
}

const takeoverSchema = new Schema<ClaimTakeoverDoc>(
  { _id: { type: String, required: true }, at: { type: Date, required: true } },
  { collection: 'claim_takeovers', strict: 'throw', versionKey: false },
);
takeoverSchema.index({ at: 1 });

export function claimTakeoverModel(connection: Connection): Model<ClaimTakeoverDoc> {
  return modelOn(connection, 'ClaimTakeover', takeoverSchema);
}
