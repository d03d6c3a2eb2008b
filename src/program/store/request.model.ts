import { Schema, Types, type Connection, type Model } from 'mongoose';
import { modelOn } from './models.js';
import { AUDIENCE_PATTERN, CLOSE_REASONS, REACH_CHANNELS, TOPIC_PATTERN, URGENCIES, type CloseReason } from '../records/request.js';

export interface RequestDoc {
  _id: Types.ObjectId;
  menteeId: string;
  /** The program's topic or a track's (the requests feature checks it against the tracks' topics before storing). */
  topic: string;
  urgency: (typeof URGENCIES)[number];
  reach: (typeof REACH_CHANNELS)[number];
  description: string;
  /** A group audience (`cohort`, `mdphd`) or a pair track's name (`clinical`). */
  audience: string;
  mentorIds: string[];
  witnessIds?: string[];
  routedTo: 'mentors' | 'partner' | 'faculty';
  coveringFor: string[];
  channelId?: string;
  messageTs?: string;
  deadline: Date;
  createdAt: Date;
  sourceKey: string;
  // Each step's fields are written only by the caller that won the step's claim (see features/requests/request-help.ts).
  claimedBy?: string;
  claimedAt?: Date;
  respondedBy?: string;
  respondedAt?: Date;
  closedAs?: 'closed' | 'cancelled' | 'moved';
  closedBy?: string;
  closedAt?: Date;
  helped?: boolean;
  closeReason?: CloseReason;
}

const requestSchema = new Schema<RequestDoc>(
  {
    menteeId: { type: String, required: true },
    topic: { type: String, match: TOPIC_PATTERN, required: true },
    urgency: { type: String, enum: URGENCIES, required: true },
    reach: { type: String, enum: REACH_CHANNELS, required: true },
    description: { type: String, required: true, maxlength: 2_000 },
    audience: { type: String, match: AUDIENCE_PATTERN, required: true },
    mentorIds: { type: [String], required: true },
    // Left out when there are none (mongoose would store an empty list).
    witnessIds: { type: [String], default: undefined },
    routedTo: { type: String, enum: ['mentors', 'partner', 'faculty'], required: true },
    coveringFor: { type: [String], required: true, default: [] },
    channelId: { type: String },
    messageTs: { type: String },
    deadline: { type: Date, required: true },
    createdAt: { type: Date, required: true },
    sourceKey: { type: String, required: true },
    claimedBy: { type: String },
    claimedAt: { type: Date },
    respondedBy: { type: String },
    respondedAt: { type: Date },
    closedAs: { type: String, enum: ['closed', 'cancelled', 'moved'] },
    closedBy: { type: String },
    closedAt: { type: Date },
    helped: { type: Boolean },
    closeReason: { type: String, enum: [...CLOSE_REASONS] },
  },
  { collection: 'requests', strict: 'throw', versionKey: false },
);
requestSchema.index({ sourceKey: 1 }, { unique: true });
requestSchema.index({ channelId: 1, createdAt: 1 });
requestSchema.index({ claimedBy: 1, respondedAt: 1, closedAt: 1 });
requestSchema.index({ mentorIds: 1, closedAt: 1 });
requestSchema.index({ menteeId: 1, createdAt: -1 });
requestSchema.index({ respondedAt: 1, closedAt: 1, deadline: 1 });
// Exports: requests sent in a range of months.
requestSchema.index({ createdAt: 1 });

export function requestModel(connection: Connection): Model<RequestDoc> {
  return modelOn(connection, 'HelpRequest', requestSchema);
}
