import { Schema, type Connection, type Model } from 'mongoose';
import { modelOn } from '../../../program/store/models.js';
import { GOAL_CATEGORIES, GOAL_STATUSES } from '../domain/goal.js';

/** One document per mentee: `_id` is the mentee's id, their goals an array of small subdocuments (no nested arrays). */
export interface GoalsDoc {
  _id: string;
  goals: { id: string; words: string; category: string; targetMonth: string }[];
  updatedAt: Date;
}

/** One answer per mentee, revisit point and goal: `_id` is `menteeId|point|goalId`. */
export interface GoalAnswerDoc {
  _id: string;
  menteeId: string;
  point: string;
  goalId: string;
  status: string;
  answeredAt: Date;
}

/** One wish per mentee and revisit point: `_id` is `menteeId|point`. */
export interface GoalTellDoc {
  _id: string;
  menteeId: string;
  point: string;
  goalId?: string;
  askedAt: Date;
}

const goalSchema = new Schema(
  {
    id: { type: String, required: true },
    words: { type: String, required: true, maxlength: 200 },
    category: { type: String, required: true, enum: GOAL_CATEGORIES },
    targetMonth: { type: String, required: true },
  },
  { _id: false, strict: 'throw' },
);

const goalsSchema = new Schema<GoalsDoc>(
  {
    _id: { type: String, required: true },
    goals: { type: [goalSchema], required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'goals', strict: 'throw', versionKey: false },
);

const answerSchema = new Schema<GoalAnswerDoc>(
  {
    _id: { type: String, required: true },
    menteeId: { type: String, required: true },
    point: { type: String, required: true },
    goalId: { type: String, required: true },
    status: { type: String, required: true, enum: GOAL_STATUSES },
    answeredAt: { type: Date, required: true },
  },
  { collection: 'goal_answers', strict: 'throw', versionKey: false },
);
answerSchema.index({ menteeId: 1, point: 1 });
answerSchema.index({ point: 1 });

const tellSchema = new Schema<GoalTellDoc>(
  {
    _id: { type: String, required: true },
    menteeId: { type: String, required: true },
    point: { type: String, required: true },
    goalId: { type: String, required: false },
    askedAt: { type: Date, required: true },
  },
  { collection: 'goal_tells', strict: 'throw', versionKey: false },
);
tellSchema.index({ point: 1 });

export const goalTellModel = (connection: Connection): Model<GoalTellDoc> => modelOn(connection, 'GoalTell', tellSchema);
export const goalsModel = (connection: Connection): Model<GoalsDoc> => modelOn(connection, 'Goals', goalsSchema);
export const goalAnswerModel = (connection: Connection): Model<GoalAnswerDoc> => modelOn(connection, 'GoalAnswer', answerSchema);
