import type { PostedMessage } from '../../delivery/ports.js';
import type { Answer, Invitee, Training } from './domain/training.js';
import type { TrainingDelivery } from './domain/training-schedule.js';

/** A training to store, with the key of the form that set it up (the same form submitted twice stores one). */
export type NewTraining = Omit<Training, 'id' | 'adminMessage'> & { readonly sourceKey: string };

/** Trainings (`trainings`) and who is asked to attend each (`training_invitees`, one per training and person). */
export interface TrainingStore {
  /** Stores the training once per `sourceKey`; `created` is false when it was stored before (the earlier one is returned). */
  createTraining(training: NewTraining): Promise<{ readonly training: Training; readonly created: boolean }>;
  findTraining(id: string): Promise<Training | undefined>;
  /** Trainings starting in [from, to) (either end open when undefined), earliest first. */
  findTrainings(range?: { readonly from?: Date; readonly to?: Date }): Promise<Training[]>;
  setAdminMessage(id: string, message: PostedMessage): Promise<void>;
  /** Adds these people to the training's invitees; those already in it stay as they are. */
  /** Adds those not invited yet; how many were new. */
  addInvitees(trainingId: string, personIds: readonly string[], at: Date): Promise<number>;
  /** The invitees of these trainings, in one query. */
  findInvitees(trainingIds: readonly string[]): Promise<Invitee[]>;
  /** Records when the invitee's invitation went out (the first time only). */
  markInvited(trainingId: string, personId: string, at: Date): Promise<void>;
  /** Records an invitee's answer (a later answer replaces it); false when they are not invited to it. */
  recordAnswer(trainingId: string, personId: string, answer: Answer, at: Date): Promise<boolean>;
  /** Marks who attended: exactly `attendedIds` among the training's invitees (the others not), by `by`. */
  setAttendance(trainingId: string, attendedIds: readonly string[], by: string, at: Date): Promise<void>;
}

/** The training's invitees, with names, as the admin's message and the attendance form show them. */
export interface TrainingRoll {
  readonly training: Training;
  readonly invitees: readonly (Invitee & { readonly name: string })[];
}

/** What the trainings feature says in Slack (slack/training-sender.ts). Each DM rejects with a SendError when Slack refuses. */
export interface TrainingSender {
  /** An invitation with *I'll be there* / *Can't make it*, or the day-before reminder, to one invitee. */
  sendToInvitee(delivery: TrainingDelivery): Promise<PostedMessage>;
  /** The training's message to the admin who set it up: invitees, answers, attendance, and *Mark attendance*. */
  postAdminMessage(adminId: string, roll: TrainingRoll): Promise<PostedMessage>;
  /** Redraws the admin's message after an answer or attendance changed; best effort. */
  updateAdminMessage(message: PostedMessage, roll: TrainingRoll): Promise<void>;
}
