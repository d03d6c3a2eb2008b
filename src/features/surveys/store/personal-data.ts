import type { Connection } from 'mongoose';
import { dayOf, type PersonalData } from '../../../program/personal-data.js';
import { plainRecords } from '../../../program/store/plain-records.js';
import { answerModel, respondentModel } from './survey.model.js';

/**
 * The surveys' share of a person's record: which surveys they answered, and their answers to named surveys (an
 * anonymous answer names nobody, so no one's record holds it). Forgetting removes the free text and the name from
 * their named answers: the scores stay, unnamed, in the averages. Retention blanks every answer's free text by its day.
 */
export function createSurveysPersonalData(connection: Connection): PersonalData {
  const Respondents = respondentModel(connection);
  const Answers = answerModel(connection);
  const worded = { text: { $exists: true } };
  return {
    freeText: { survey_answers: ['text'], survey_respondents: [], surveys: [] },
    forgotten: { survey_answers: ['userId'] },
    async holdings(personId) {
      const [answered, answers] = await Promise.all([Respondents.find({ userId: personId }).sort({ surveyId: 1 }).lean(), Answers.find({ userId: personId }).sort({ date: 1 }).lean()]);
      return { 'surveys answered': plainRecords(answered), 'survey answers': plainRecords(answers) };
    },
    async forget(personId) {
      return (await Answers.updateMany({ userId: personId }, { $unset: { text: 1, userId: 1 } })).modifiedCount;
    },
    async expire(cutoff) {
      return (await Answers.updateMany({ date: { $lt: dayOf(cutoff) }, ...worded }, { $unset: { text: 1 } })).modifiedCount;
    },
  };
}
