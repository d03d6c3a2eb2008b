import { Schema, type Connection, type Model } from 'mongoose';
import { modelOn } from '../../../program/store/models.js';

export interface RoundDoc {
  _id: string;
  number: number;
  startedAt: Date;
  startedBy: string;
  appliedAt?: Date;
}

/** `_id` is the round and the person: one stored form each, replaced when they change it. */
export interface AnswersDoc {
  _id: string;
  roundId: string;
  userId: string;
  specialties: string[];
  region?: string;
  background?: string;
  hobbies: string[];
  hobbiesText?: string;
  contact: string;
  learningCommunity: string;
  mdphd: boolean;
  mentors: string[];
  updatedAt: Date;
}

export interface ProposalDoc {
  _id: string;
  roundId: string;
  createdAt: Date;
  createdBy: string;
  source: string;
  assignments: { menteeId: string; groupId: string }[];
  appliedAt?: Date;
}

const roundSchema = new Schema<RoundDoc>(
  {
    _id: { type: String, required: true },
    number: { type: Number, required: true },
    startedAt: { type: Date, required: true },
    startedBy: { type: String, required: true },
    appliedAt: { type: Date },
  },
  { collection: 'matching_rounds', strict: 'throw', versionKey: false },
);
roundSchema.index({ number: -1 });

const answersSchema = new Schema<AnswersDoc>(
  {
    _id: { type: String, required: true },
    roundId: { type: String, required: true },
    userId: { type: String, required: true },
    specialties: { type: [String], required: true },
    region: { type: String },
    background: { type: String },
    hobbies: { type: [String], required: true },
    hobbiesText: { type: String },
    contact: { type: String, required: true },
    learningCommunity: { type: String, required: true },
    mdphd: { type: Boolean, required: true },
    mentors: { type: [String], required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'matching_answers', strict: 'throw', versionKey: false },
);
answersSchema.index({ roundId: 1 });

const assignmentSchema = new Schema({ menteeId: { type: String, required: true }, groupId: { type: String, required: true } }, { _id: false, strict: 'throw' });
const proposalSchema = new Schema<ProposalDoc>(
  {
    _id: { type: String, required: true },
    roundId: { type: String, required: true },
    createdAt: { type: Date, required: true },
    createdBy: { type: String, required: true },
    source: { type: String, required: true },
    assignments: { type: [assignmentSchema], required: true },
    appliedAt: { type: Date },
  },
  { collection: 'matching_proposals', strict: 'throw', versionKey: false },
);
proposalSchema.index({ roundId: 1 });

export const roundModel = (connection: Connection): Model<RoundDoc> => modelOn(connection, 'MatchingRound', roundSchema);
export const answersModel = (connection: Connection): Model<AnswersDoc> => modelOn(connection, 'MatchingAnswers', answersSchema);
export const proposalModel = (connection: Connection): Model<ProposalDoc> => modelOn(connection, 'MatchingProposal', proposalSchema);
