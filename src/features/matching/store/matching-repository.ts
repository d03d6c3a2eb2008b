import type { Connection } from 'mongoose';
import { isDuplicateKey } from '../../../program/store/mongo-errors.js';
import type { MatchingRound, MatchingStore, MatchProposal, StoredQuestionnaire } from '../ports.js';
import { answersModel, proposalModel, roundModel, type AnswersDoc, type ProposalDoc, type RoundDoc } from './matching.model.js';

const toRound = (d: RoundDoc): MatchingRound => ({ id: d._id, number: d.number, startedAt: d.startedAt, startedBy: d.startedBy, appliedAt: d.appliedAt ?? undefined });
const toAnswers = (d: AnswersDoc): StoredQuestionnaire => ({
  roundId: d.roundId,
  userId: d.userId,
  updatedAt: d.updatedAt,
  answers: {
    specialties: d.specialties,
    region: d.region ?? undefined,
    background: d.background ?? undefined,
    hobbies: d.hobbies,
    hobbiesText: d.hobbiesText ?? undefined,
    contact: d.contact,
    learningCommunity: d.learningCommunity,
    mdphd: d.mdphd,
    mentors: d.mentors,
  },
});
const toProposal = (d: ProposalDoc): MatchProposal => ({
  id: d._id,
  roundId: d.roundId,
  createdAt: d.createdAt,
  createdBy: d.createdBy,
  source: d.source === 'imported' ? 'imported' : 'computed',
  assignments: d.assignments.map((a) => ({ menteeId: a.menteeId, groupId: a.groupId })),
  appliedAt: d.appliedAt ?? undefined,
});

/** Optional fields are left out when unset (strict schemas store no nulls). */
const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** The questionnaire rounds, answers and match proposals, in three collections. */
export function createMatchingRepository(connection: Connection): MatchingStore {
  const Rounds = roundModel(connection);
  const Answers = answersModel(connection);
  const Proposals = proposalModel(connection);
  return {
    async findLatestRound() {
      const doc = await Rounds.findOne({}).sort({ number: -1 }).lean<RoundDoc>();
      return doc === null ? undefined : toRound(doc);
    },
    async findRound(id) {
      const doc = await Rounds.findById(id).lean<RoundDoc>();
      return doc === null ? undefined : toRound(doc);
    },
    async openRound(round) {
      const id = `round-${round.number}`;
      try {
        await Rounds.create({ _id: id, ...round });
        return { round: { id, ...round, appliedAt: undefined }, created: true };
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        const doc = await Rounds.findById(id).lean<RoundDoc>();
        return { round: toRound(doc!), created: false };
      }
    },
    async markRoundApplied(id, at) {
      await Rounds.updateOne({ _id: id, appliedAt: { $exists: false } }, { $set: { appliedAt: at } });
    },
    async saveAnswers(entry) {
      const doc: AnswersDoc = defined({ _id: `${entry.roundId}:${entry.userId}`, roundId: entry.roundId, userId: entry.userId, updatedAt: entry.updatedAt, ...entry.answers, specialties: [...entry.answers.specialties], hobbies: [...entry.answers.hobbies], mentors: [...entry.answers.mentors] });
      await Answers.replaceOne({ _id: doc._id }, doc, { upsert: true });
    },
    async findAnswers(roundId, userIds) {
      const filter = userIds === undefined ? { roundId } : { roundId, userId: { $in: [...userIds] } };
      return (await Answers.find(filter).lean<AnswersDoc[]>()).map(toAnswers);
    },
    async saveProposal(p) {
      await Proposals.create({ _id: p.id, roundId: p.roundId, createdAt: p.createdAt, createdBy: p.createdBy, source: p.source, assignments: p.assignments.map((a) => ({ ...a })) });
    },
    async findProposal(id) {
      const doc = await Proposals.findById(id).lean<ProposalDoc>();
      return doc === null ? undefined : toProposal(doc);
    },
    async markProposalApplied(id, at) {
      await Proposals.updateOne({ _id: id }, { $set: { appliedAt: at } });
    },
  };
}
