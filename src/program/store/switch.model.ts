import { Schema, Types, type Connection, type Model } from 'mongoose';
import { modelOn } from './models.js';
import { SWITCH_REASONS, SWITCH_SUBJECTS } from '../records/switch-request.js';

export interface SwitchDoc {
  _id: Types.ObjectId;
  menteeId: string;
  requestedBy: string;
  requesterRole: 'mentee' | 'mentor';
  subject: (typeof SWITCH_SUBJECTS)[number];
  fromGroupId?: string;
  pair?: { track: string; pairKey: string; version: number; fromMentorId: string; label: string };
  targetMentorId?: string;
  reason: (typeof SWITCH_REASONS)[number];
  details?: string;
  preferredGroupId?: string;
  status: 'open' | 'approved' | 'declined' | 'cancelled';
  /**
   * `open:<menteeId>` while the request is open, `ended:<id>` once decided: a unique index on it lets exactly one
   * open request per mentee be inserted, however many submissions race (no check-then-insert).
   */
  openKey: string;
  // Written only by the caller that won the decision's claim (see features/switching/decide-switch.ts).
  decidedBy?: string;
  decidedAt?: Date;
  targetGroupId?: string;
  adminMessage?: string;
  adminMessages: { channelId: string; ts: string }[];
  createdAt: Date;
  sourceKey: string;
}

const locationSchema = new Schema<{ channelId: string; ts: string }>(
  { channelId: { type: String, required: true }, ts: { type: String, required: true } },
  { _id: false, strict: 'throw' },
);

/** Mongoose calls a `required` function on the document being validated (as `this`). */
const requiredFor = (subject: SwitchDoc['subject']) =>
  function (this: SwitchDoc): boolean {
    return this.subject === subject;
  };

const pairSchema = new Schema<NonNullable<SwitchDoc['pair']>>(
  {
    track: { type: String, required: true },
    pairKey: { type: String, required: true },
    version: { type: Number, required: true },
    fromMentorId: { type: String, required: true },
    label: { type: String, required: true, maxlength: 300 },
  },
  { _id: false, strict: 'throw' },
);

const switchSchema = new Schema<SwitchDoc>(
  {
    menteeId: { type: String, required: true },
    requestedBy: { type: String, required: true },
    requesterRole: { type: String, enum: ['mentee', 'mentor'], required: true },
    subject: { type: String, enum: SWITCH_SUBJECTS, required: true },
    // Required for a change of group; a change of a pair's mentor names the pair instead.
    fromGroupId: { type: String, required: requiredFor('group') },
    pair: { type: pairSchema, required: requiredFor('mentor') },
    targetMentorId: { type: String },
    reason: { type: String, enum: SWITCH_REASONS, required: true },
    details: { type: String, maxlength: 1_000 },
    preferredGroupId: { type: String },
    status: { type: String, enum: ['open', 'approved', 'declined', 'cancelled'], required: true },
    openKey: { type: String, required: true },
    decidedBy: { type: String },
    decidedAt: { type: Date },
    targetGroupId: { type: String },
    adminMessage: { type: String, maxlength: 1_000 },
    adminMessages: { type: [locationSchema], required: true, default: [] },
    createdAt: { type: Date, required: true },
    sourceKey: { type: String, required: true },
  },
  { collection: 'switch_requests', strict: 'throw', versionKey: false },
);
switchSchema.index({ sourceKey: 1 }, { unique: true });
switchSchema.index({ openKey: 1 }, { unique: true });
switchSchema.index({ menteeId: 1, createdAt: -1 });
switchSchema.index({ createdAt: 1 });

export function switchModel(connection: Connection): Model<SwitchDoc> {
  return modelOn(connection, 'SwitchRequest', switchSchema);
}
