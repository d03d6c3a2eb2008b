import { Schema, type Connection, type Model } from 'mongoose';
import { modelOn } from '../../../program/store/models.js';

export interface TrainingDoc {
  _id: string;
  sourceKey: string;
  title: string;
  startsAt: Date;
  place?: string;
  roles: string[];
  tracks: string[];
  required: boolean;
  createdBy: string;
  createdAt: Date;
  zone: string;
  adminChannel?: string;
  adminTs?: string;
}

/** One person asked to attend one training: `_id` is `trainingId:personId`. */
export interface InviteeDoc {
  _id: string;
  trainingId: string;
  personId: string;
  addedAt: Date;
  invitedAt?: Date;
  answer?: string;
  answeredAt?: Date;
  attended: boolean;
  attendanceBy?: string;
  attendanceAt?: Date;
}

const trainingSchema = new Schema<TrainingDoc>(
  {
    _id: { type: String, required: true },
    sourceKey: { type: String, required: true },
    title: { type: String, required: true, maxlength: 150 },
    startsAt: { type: Date, required: true },
    place: { type: String, maxlength: 300 },
    roles: { type: [String], required: true },
    tracks: { type: [String], required: true },
    required: { type: Boolean, required: true },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    zone: { type: String, required: true },
    adminChannel: { type: String },
    adminTs: { type: String },
  },
  { collection: 'trainings', strict: 'throw', versionKey: false },
);
trainingSchema.index({ sourceKey: 1 }, { unique: true });
trainingSchema.index({ startsAt: 1 });

const inviteeSchema = new Schema<InviteeDoc>(
  {
    _id: { type: String, required: true },
    trainingId: { type: String, required: true },
    personId: { type: String, required: true },
    addedAt: { type: Date, required: true },
    invitedAt: { type: Date },
    answer: { type: String, enum: ['yes', 'no'] },
    answeredAt: { type: Date },
    attended: { type: Boolean, required: true },
    attendanceBy: { type: String },
    attendanceAt: { type: Date },
  },
  { collection: 'training_invitees', strict: 'throw', versionKey: false },
);
inviteeSchema.index({ trainingId: 1 });
inviteeSchema.index({ personId: 1 });

export function trainingModel(connection: Connection): Model<TrainingDoc> {
  return modelOn(connection, 'Training', trainingSchema);
}

export function inviteeModel(connection: Connection): Model<InviteeDoc> {
  return modelOn(connection, 'TrainingInvitee', inviteeSchema);
}
