import type { Connection } from 'mongoose';
import type { PersonalData } from '../../../program/personal-data.js';
import { agreementModel } from '../../../program/store/agreement.model.js';
import { plainRecords } from '../../../program/store/plain-records.js';
import { firstSessionModel } from './first-session-repository.js';
import { premedPairModel, premedProfileModel } from './premed.model.js';

/**
 * The pre-med track's share of a person's record: their profile (a minor's parent's contact), pairs, first sessions and
 * agreement. Forgetting removes the parent's name, e-mail and phone; the level and birth date stay (the `parents`
 * export lists every minor, and the minors' quiet hours read them). Nothing here is free text: retention keeps it.
 */
export function createPremedPersonalData(connection: Connection): PersonalData {
  const Profiles = premedProfileModel(connection);
  const Pairs = premedPairModel(connection);
  const Sessions = firstSessionModel(connection);
  const Agreements = agreementModel(connection, 'premed_agreements');
  const parentFields = { parentName: 1, parentEmail: 1, parentPhone: 1 } as const;
  return {
    freeText: { premed_profiles: [], premed_pairs: [], premed_first_sessions: [], premed_agreements: [] },
    forgotten: { premed_profiles: Object.keys(parentFields) },
    async holdings(personId) {
      const of = { $or: [{ mentorId: personId }, { menteeId: personId }] };
      const [profiles, pairs, sessions, agreements] = await Promise.all([
        Profiles.find({ _id: personId }).lean(),
        Pairs.find(of).sort({ formedAt: 1 }).lean(),
        Sessions.find(of).sort({ date: 1 }).lean(),
        Agreements.find({ _id: personId }).lean(),
      ]);
      return { 'pre-med profile': plainRecords(profiles), 'pre-med pairs': plainRecords(pairs), 'first sessions': plainRecords(sessions), 'pre-med agreement': plainRecords(agreements) };
    },
    async forget(personId) {
      const held = { $or: Object.keys(parentFields).map((field) => ({ [field]: { $exists: true } })) };
      return (await Profiles.updateMany({ $and: [{ _id: personId }, held] }, { $unset: parentFields })).modifiedCount;
    },
    async expire() {
      return 0;
    },
  };
}
