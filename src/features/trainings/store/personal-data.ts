import type { Connection } from 'mongoose';
import type { PersonalData } from '../../../program/personal-data.js';
import { plainRecords } from '../../../program/store/plain-records.js';
import { inviteeModel, trainingModel } from './training.model.js';

/**
 * The trainings' share of a person's record: the trainings they were asked to, their answers and attendance, and those
 * they set up. A training's title and place are the program's words, not a person's: forgetting and retention keep them.
 */
export function createTrainingsPersonalData(connection: Connection): PersonalData {
  const Invitees = inviteeModel(connection);
  const Trainings = trainingModel(connection);
  return {
    freeText: { training_invitees: [], trainings: [] },
    async holdings(personId) {
      const [invited, created] = await Promise.all([Invitees.find({ personId }).sort({ addedAt: 1 }).lean(), Trainings.find({ createdBy: personId }).sort({ startsAt: 1 }).lean()]);
      return { 'trainings asked to': plainRecords(invited), 'trainings set up': plainRecords(created) };
    },
    async forget() {
      return 0;
    },
    async expire() {
      return 0;
    },
  };
}
