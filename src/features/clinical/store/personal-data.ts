import type { Connection } from 'mongoose';
import type { PersonalData } from '../../../program/personal-data.js';
import { agreementModel } from '../../../program/store/agreement.model.js';
import { plainRecords } from '../../../program/store/plain-records.js';
import { assignmentModel, offerModel } from './match.model.js';
import { rotationModel } from './rotation.model.js';

/**
 * The clinical track's share of a person's record: their rotations (from the rotations file), the mentors suggested
 * and assigned to them (or the mentees assigned to them) and their agreement. No free text of theirs: a rotation's
 * site and preceptor come from the school's file, and forgetting and retention keep them.
 */
export function createClinicalPersonalData(connection: Connection): PersonalData {
  const Rotations = rotationModel(connection);
  const Offers = offerModel(connection);
  const Assignments = assignmentModel(connection);
  const Agreements = agreementModel(connection, 'clinical_agreements');
  return {
    freeText: { clinical_rotations: [], clinical_offers: [], clinical_assignments: [], clinical_agreements: [] },
    async holdings(personId) {
      const [rotations, offers, assignments, agreements] = await Promise.all([
        Rotations.find({ personId }).sort({ start: 1 }).lean(),
        Offers.find({ $or: [{ menteeId: personId }, { suggestedIds: personId }] }).sort({ offeredAt: 1 }).lean(),
        Assignments.find({ $or: [{ menteeId: personId }, { mentorId: personId }] }).sort({ assignedAt: 1 }).lean(),
        Agreements.find({ _id: personId }).lean(),
      ]);
      return { rotations: plainRecords(rotations), 'mentor suggestions': plainRecords(offers), 'rotation mentoring': plainRecords(assignments), 'clinical agreement': plainRecords(agreements) };
    },
    async forget() {
      return 0;
    },
    async expire() {
      return 0;
    },
  };
}
