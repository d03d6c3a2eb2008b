import { Schema, type Connection, type Model } from 'mongoose';
import { modelOn } from '../../../program/store/models.js';

export interface SurveyDoc {
  _id: string;
  sourceKey: string;
  template: string;
  roles: string[];
  tracks: string[];
  anonymous: boolean;
  closesOn: string;
  launchedBy: string;
  launchedAt: Date;
}

/** Who has answered a survey: `_id` is the survey and the person (one answer each). No answer, no time. */
export interface RespondentDoc {
  _id: string;
  surveyId: string;
  userId: string;
}

/** An answer. `_id` is random (an ObjectId would carry the time it was written); `userId` only in a named survey. */
export interface AnswerDoc {
  _id: string;
  surveyId: string;
  date: string;
  groupId?: string;
  userId?: string;
  scores: number[];
  text?: string;
}

const surveySchema = new Schema<SurveyDoc>(
  {
    _id: { type: String, required: true },
    sourceKey: { type: String, required: true },
    template: { type: String, required: true },
    roles: { type: [String], required: true },
    tracks: { type: [String], required: true },
    anonymous: { type: Boolean, required: true },
    closesOn: { type: String, required: true },
    launchedBy: { type: String, required: true },
    launchedAt: { type: Date, required: true },
  },
  { collection: 'surveys', strict: 'throw', versionKey: false },
);
surveySchema.index({ sourceKey: 1 }, { unique: true });
surveySchema.index({ closesOn: 1 });

const respondentSchema = new Schema<RespondentDoc>(
  { _id: { type: String, required: true }, surveyId: { type: String, required: true }, userId: { type: String, required: true } },
  { collection: 'survey_respondents', strict: 'throw', versionKey: false },
);
respondentSchema.index({ surveyId: 1 });

const answerSchema = new Schema<AnswerDoc>(
  {
    _id: { type: String, required: true },
    surveyId: { type: String, required: true },
    date: { type: String, required: true },
    groupId: { type: String },
    userId: { type: String },
    scores: { type: [Number], required: true },
    text: { type: String },
  },
  { collection: 'survey_answers', strict: 'throw', versionKey: false },
);
answerSchema.index({ surveyId: 1 });

export const surveyModel = (connection: Connection): Model<SurveyDoc> => modelOn(connection, 'Survey', surveySchema);
export const respondentModel = (connection: Connection): Model<RespondentDoc> => modelOn(connection, 'SurveyRespondent', respondentSchema);
export const answerModel = (connection: Connection): Model<AnswerDoc> => modelOn(connection, 'SurveyAnswer', answerSchema);
