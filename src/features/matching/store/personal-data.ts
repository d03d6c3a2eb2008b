import type { Connection } from 'mongoose';
import type { PersonalData } from '../../../program/personal-data.js';
import { plainRecords } from '../../../program/store/plain-records.js';
import { answersModel, proposalModel } from './matching.model.js';

/**
 * The questionnaire's share of a person's record: their answers (their background and hobbies in their own words are
 * free text; the rest is what they chose from the form's lists) and the proposed matches that placed them. Forgetting
 * removes their answers (the match reads them only while a round is open; no report counts them); retention blanks
 * the free text of answers older than the cutoff.
 */
export function createMatchingPersonalData(connection: Connection): PersonalData {
  const Answers = answersModel(connection);
  const Proposals = proposalModel(connection);
  return {
    freeText: { matching_answers: ['background', 'hobbiesText'], matching_rounds: [], matching_proposals: [] },
    forgotten: { matching_answers: ['specialties', 'region', 'hobbies', 'contact', 'learningCommunity', 'mentors'] },
    async holdings(personId) {
      const [answers, proposals] = await Promise.all([Answers.find({ userId: personId }).sort({ updatedAt: 1 }).lean(), Proposals.find({}).sort({ createdAt: 1 }).lean()]);
      const placed = proposals.flatMap((p) => p.assignments.filter((a) => a.menteeId === personId).map((a) => ({ round: p.roundId, proposedAt: p.createdAt, groupId: a.groupId, appliedAt: p.appliedAt })));
      return { 'questionnaire answers': plainRecords(answers), 'proposed matches': plainRecords(placed) };
    },
    async forget(personId) {
      return (await Answers.deleteMany({ userId: personId })).deletedCount;
    },
    async expire(cutoff) {
      const old = { updatedAt: { $lt: cutoff } };
      const [background, hobbies] = await Promise.all([
        Answers.updateMany({ ...old, background: { $exists: true } }, { $unset: { background: 1 } }),
        Answers.updateMany({ ...old, hobbiesText: { $exists: true } }, { $unset: { hobbiesText: 1 } }),
      ]);
      return background.modifiedCount + hobbies.modifiedCount;
    },
  };
}
