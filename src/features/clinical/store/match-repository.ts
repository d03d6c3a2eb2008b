import type { Connection } from 'mongoose';
import { insertOnce } from '../../../program/store/models.js';
import { currentAssignments, type Assignment, type ChosenBy, type Offer } from '../domain/match.js';
import type { MatchFilter, MatchStore } from '../ports.js';
import { assignmentModel, offerModel, type AssignmentDoc, type OfferDoc } from './match.model.js';

export function createMatchRepository(connection: Connection): MatchStore {
  const Offers = offerModel(connection);
  const Assignments = assignmentModel(connection);

  /** Every step of the rotations matching the filter: found by the filter, then all steps of those rotations. */
  async function stepsOf(filter: MatchFilter): Promise<Assignment[]> {
    const query: Record<string, unknown> = {};
    if (filter.rotationIds !== undefined) query['rotationId'] = { $in: [...filter.rotationIds] };
    if (filter.menteeIds !== undefined) query['menteeId'] = { $in: [...filter.menteeIds] };
    if (filter.mentorIds === undefined) return (await Assignments.find(query).lean()).map(toAssignment);
    // A mentor's step may have been replaced: read every step of the rotations they were ever assigned to.
    const theirs = await Assignments.find({ ...query, mentorId: { $in: [...filter.mentorIds] } }).lean();
    const rotationIds = [...new Set(theirs.map((d) => d.rotationId))];
    if (rotationIds.length === 0) return [];
    return (await Assignments.find({ rotationId: { $in: rotationIds } }).lean()).map(toAssignment);
  }

  return {
    async recordOffer(offer) {
      const { doc, created } = await insertOnce(
        Offers,
        { _id: offer.rotationId, menteeId: offer.menteeId, suggestedIds: [...offer.suggestedIds], offeredAt: offer.offeredAt },
        { _id: offer.rotationId },
      );
      return { offer: toOffer(doc), created };
    },
    async findOffers(rotationIds) {
      const filter = rotationIds === undefined ? {} : { _id: { $in: [...rotationIds] } };
      return (await Offers.find(filter).sort({ _id: 1 }).lean()).map(toOffer);
    },
    async assign(a) {
      const _id = `${a.rotationId}#${a.step}`;
      const { doc, created } = await insertOnce(
        Assignments,
        { _id, rotationId: a.rotationId, step: a.step, menteeId: a.menteeId, mentorId: a.mentorId, assignedAt: a.assignedAt, chosenBy: a.chosenBy },
        { _id },
      );
      return { assignment: toAssignment(doc), created };
    },
    async findCurrent(filter = {}) {
      const current = currentAssignments(await stepsOf(filter));
      const mentors = filter.mentorIds === undefined ? undefined : new Set(filter.mentorIds);
      return current.filter((a) => mentors === undefined || mentors.has(a.mentorId)).sort(byRotationAndStep);
    },
    async findHistory(rotationIds) {
      return (await stepsOf(rotationIds === undefined ? {} : { rotationIds })).sort(byRotationAndStep);
    },
  };
}

const byRotationAndStep = (a: Assignment, b: Assignment) => a.rotationId.localeCompare(b.rotationId) || a.step - b.step;

function toOffer(doc: OfferDoc): Offer {
  return { rotationId: doc._id, menteeId: doc.menteeId, suggestedIds: [...doc.suggestedIds], offeredAt: doc.offeredAt };
}

function toAssignment(doc: AssignmentDoc): Assignment {
  return { rotationId: doc.rotationId, menteeId: doc.menteeId, mentorId: doc.mentorId, assignedAt: doc.assignedAt, chosenBy: doc.chosenBy as ChosenBy, step: doc.step };
}
