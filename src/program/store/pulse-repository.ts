import type { Connection } from 'mongoose';
import type { PulseAnswer } from '../records/pulse.js';
import type { PulseStore } from '../ports.js';
import { pulseAnswerModel, type PulseAnswerDoc } from './pulse.model.js';
import { insertOnce } from './models.js';

export function createPulseRepository(connection: Connection): PulseStore {
  const Answers = pulseAnswerModel(connection);
  const idOf = (menteeId: string, month: string) => `${menteeId}:${month}`;
  return {
    async recordAnswer(answer) {
      const _id = idOf(answer.menteeId, answer.month);
      const { doc, created } = await insertOnce(Answers, { _id, ...answer }, { _id });
      return { answer: toAnswer(doc), created };
    },
    async findAnswer(menteeId, month) {
      const doc = await Answers.findById(idOf(menteeId, month)).lean();
      return doc === null ? undefined : toAnswer(doc);
    },
    async findAnswers(month, menteeIds) {
      const filter = menteeIds === undefined ? { month } : { month, menteeId: { $in: [...menteeIds] } };
      return (await Answers.find(filter).sort({ menteeId: 1 }).lean()).map(toAnswer);
    },
    async markShared(menteeId, month, at) {
      await Answers.updateOne({ _id: idOf(menteeId, month), sharedAt: { $exists: false } }, { $set: { sharedAt: at } });
    },
  };
}

function toAnswer(doc: PulseAnswerDoc): PulseAnswer {
  return { menteeId: doc.menteeId, month: doc.month, score: doc.score, answeredAt: doc.answeredAt, sharedAt: doc.sharedAt };
}
