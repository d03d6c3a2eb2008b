import type { Connection } from 'mongoose';
import { ERASED_TEXT, type PersonalData } from '../../../program/personal-data.js';
import { plainRecords } from '../../../program/store/plain-records.js';
import { goalAnswerModel, goalsModel, goalTellModel, type GoalsDoc } from './goal.model.js';

/**
 * The goals' share of a person's record. Forgetting and retention (by the goals' last save) blank each goal's words
 * and keep the goal (its category and month) and its revisit answers, so "how many have set goals" counts the same.
 */
export function createGoalsPersonalData(connection: Connection): PersonalData {
  const Goals = goalsModel(connection);
  const Answers = goalAnswerModel(connection);
  const Tells = goalTellModel(connection);
  // Some goal still has words (a blanked one has none).
  const worded = { 'goals.words': { $gt: ERASED_TEXT } };

  /** Blanks the words of these documents' goals, one bulk write. */
  async function blank(docs: readonly GoalsDoc[]): Promise<number> {
    const changed = docs.filter((d) => d.goals.some((g) => g.words !== ERASED_TEXT));
    if (changed.length === 0) return 0;
    await Goals.bulkWrite(changed.map((d) => ({ updateOne: { filter: { _id: d._id }, update: { $set: { goals: d.goals.map((g) => ({ ...g, words: ERASED_TEXT })) } } } })));
    return changed.length;
  }

  return {
    freeText: { goals: ['goals.words'], goal_answers: [], goal_tells: [] },
    async holdings(personId) {
      const [goals, answers, tells] = await Promise.all([
        Goals.find({ _id: personId }).lean<GoalsDoc[]>(),
        Answers.find({ menteeId: personId }).sort({ point: 1 }).lean(),
        Tells.find({ menteeId: personId }).sort({ point: 1 }).lean(),
      ]);
      return { goals: plainRecords(goals.flatMap((d) => d.goals.map((g) => ({ ...g, updatedAt: d.updatedAt })))), 'goal revisits': plainRecords(answers), 'goal talks asked for': plainRecords(tells) };
    },
    async forget(personId) {
      return blank(await Goals.find({ _id: personId }).lean<GoalsDoc[]>());
    },
    async expire(cutoff) {
      return blank(await Goals.find({ updatedAt: { $lt: cutoff }, ...worded }).lean<GoalsDoc[]>());
    },
  };
}
