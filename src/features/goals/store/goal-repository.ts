import type { Connection } from 'mongoose';
import type { GoalCategory, GoalStatus } from '../domain/goal.js';
import { insertOnce } from '../../../program/store/models.js';
import type { GoalAnswer, GoalStore, GoalTell } from '../ports.js';
import { goalAnswerModel, goalsModel, goalTellModel, type GoalAnswerDoc, type GoalsDoc, type GoalTellDoc } from './goal.model.js';

const toTell = (d: GoalTellDoc): GoalTell => ({ menteeId: d.menteeId, point: d.point, goalId: d.goalId, askedAt: d.askedAt });
const toAnswer = (d: GoalAnswerDoc): GoalAnswer => ({ menteeId: d.menteeId, point: d.point, goalId: d.goalId, status: d.status as GoalStatus, answeredAt: d.answeredAt });

/** `goals` (one document per mentee), `goal_answers` (one per mentee, revisit point and goal) and `goal_tells` (one per mentee and point). */
export function createGoalRepository(connection: Connection): GoalStore {
  const Goals = goalsModel(connection);
  const Answers = goalAnswerModel(connection);
  const Tells = goalTellModel(connection);
  return {
    async findGoals(menteeIds) {
      if (menteeIds !== undefined && menteeIds.length === 0) return [];
      const docs = await Goals.find(menteeIds === undefined ? {} : { _id: { $in: [...menteeIds] } })
        .sort({ _id: 1 })
        .lean<GoalsDoc[]>();
      return docs
        .filter((d) => d.goals.length > 0)
        .map((d) => ({ menteeId: d._id, updatedAt: d.updatedAt, goals: d.goals.map((g) => ({ id: g.id, words: g.words, category: g.category as GoalCategory, targetMonth: g.targetMonth })) }));
    },
    async saveGoals(menteeId, goals, now) {
      await Goals.replaceOne({ _id: menteeId }, { _id: menteeId, goals: goals.map((g) => ({ ...g })), updatedAt: now }, { upsert: true });
    },
    async saveAnswer(a) {
      const _id = `${a.menteeId}|${a.point}|${a.goalId}`;
      await Answers.replaceOne({ _id }, { _id, menteeId: a.menteeId, point: a.point, goalId: a.goalId, status: a.status, answeredAt: a.answeredAt }, { upsert: true });
    },
    async findAnswers(filter) {
      if (filter.menteeIds?.length === 0 || filter.points?.length === 0) return [];
      const query: Record<string, unknown> = {};
      if (filter.menteeIds !== undefined) query['menteeId'] = { $in: [...filter.menteeIds] };
      if (filter.points !== undefined) query['point'] = { $in: [...filter.points] };
      return (await Answers.find(query).sort({ menteeId: 1, point: 1, goalId: 1 }).lean<GoalAnswerDoc[]>()).map(toAnswer);
    },
    async saveTell(t) {
      const _id = `${t.menteeId}|${t.point}`;
      const doc: GoalTellDoc = { _id, menteeId: t.menteeId, point: t.point, askedAt: t.askedAt, ...(t.goalId === undefined ? {} : { goalId: t.goalId }) };
      const { doc: stored, created } = await insertOnce(Tells, doc, { _id });
      return { tell: toTell(stored), created };
    },
    async findTells(points) {
      if (points.length === 0) return [];
      return (await Tells.find({ point: { $in: [...points] } }).sort({ _id: 1 }).lean<GoalTellDoc[]>()).map(toTell);
    },
  };
}
