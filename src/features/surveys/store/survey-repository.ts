import { randomUUID } from 'node:crypto';
import type { Connection } from 'mongoose';
import { insertOnce } from '../../../program/store/models.js';
import { isDuplicateKey } from '../../../program/store/mongo-errors.js';
import type { Survey } from '../domain/survey.js';
import type { AudienceRole } from '../../../program/audience.js';
import type { SurveyTemplate } from '../domain/templates.js';
import type { StoredAnswer, SurveyStore } from '../ports.js';
import { answerModel, respondentModel, surveyModel, type AnswerDoc, type SurveyDoc } from './survey.model.js';

const toSurvey = (d: SurveyDoc): Survey => ({
  id: d._id,
  template: d.template as SurveyTemplate,
  audience: { roles: d.roles as AudienceRole[], tracks: d.tracks },
  anonymous: d.anonymous,
  closesOn: d.closesOn,
  launchedBy: d.launchedBy,
  launchedAt: d.launchedAt,
});

const toAnswer = (d: AnswerDoc): StoredAnswer => ({ surveyId: d.surveyId, date: d.date, groupId: d.groupId, userId: d.userId, scores: d.scores, text: d.text });

/** The surveys, their respondents and their answers, in three collections. */
export function createSurveyRepository(connection: Connection): SurveyStore {
  const Surveys = surveyModel(connection);
  const Respondents = respondentModel(connection);
  const Answers = answerModel(connection);
  return {
    async createSurvey(survey, sourceKey) {
      const doc: SurveyDoc = {
        _id: survey.id,
        sourceKey,
        template: survey.template,
        roles: [...survey.audience.roles],
        tracks: [...survey.audience.tracks],
        anonymous: survey.anonymous,
        closesOn: survey.closesOn,
        launchedBy: survey.launchedBy,
        launchedAt: survey.launchedAt,
      };
      const { doc: stored, created } = await insertOnce(Surveys, doc, { sourceKey });
      return { survey: toSurvey(stored), created };
    },
    async findSurvey(id) {
      const doc = await Surveys.findById(id).lean<SurveyDoc>();
      return doc === null ? undefined : toSurvey(doc);
    },
    async findClosingFrom(date) {
      return (await Surveys.find({ closesOn: { $gte: date } }).sort({ launchedAt: -1 }).lean<SurveyDoc[]>()).map(toSurvey);
    },
    async recordAnswer(userId, answer) {
      const respondentId = `${answer.surveyId}:${userId}`;
      try {
        await Respondents.create({ _id: respondentId, surveyId: answer.surveyId, userId });
      } catch (error) {
        if (isDuplicateKey(error)) return { recorded: false };
        throw error;
      }
      try {
        await Answers.create({
          _id: randomUUID(),
          surveyId: answer.surveyId,
          date: answer.date,
          ...(answer.groupId === undefined ? {} : { groupId: answer.groupId }),
          ...(answer.userId === undefined ? {} : { userId: answer.userId }),
          scores: [...answer.scores],
          ...(answer.text === undefined ? {} : { text: answer.text }),
        });
      } catch (error) {
        // Not counted after all: the person may answer again.
        await Respondents.deleteOne({ _id: respondentId });
        throw error;
      }
      return { recorded: true };
    },
    async hasAnswered(surveyId, userId) {
      return (await Respondents.exists({ _id: `${surveyId}:${userId}` })) !== null;
    },
    async findRespondents(surveyIds) {
      const out = new Map<string, Set<string>>(surveyIds.map((id) => [id, new Set<string>()]));
      if (surveyIds.length === 0) return out;
      for (const r of await Respondents.find({ surveyId: { $in: [...surveyIds] } }).lean()) out.get(r.surveyId)?.add(r.userId);
      return out;
    },
    async findAnswers(surveyIds) {
      if (surveyIds.length === 0) return [];
      return (await Answers.find({ surveyId: { $in: [...surveyIds] } }).sort({ surveyId: 1, _id: 1 }).lean<AnswerDoc[]>()).map(toAnswer);
    },
  };
}
