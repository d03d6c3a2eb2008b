import type { Connection } from 'mongoose';
import type { PremedPair, PremedProfile } from '../domain/premed-profile.js';
import type { PremedPairStore, PremedProfileStore } from '../ports.js';
import { premedPairModel, premedProfileModel, type PremedPairDoc, type PremedProfileDoc } from './premed.model.js';

const profileDoc = (p: PremedProfile): PremedProfileDoc =>
  p.role === 'peer_mentor'
    ? { _id: p.personId, role: p.role, mentorType: p.mentorType }
    : {
        _id: p.personId,
        role: p.role,
        level: p.level,
        birthDate: p.birthDate,
        ...(p.parent === undefined
          ? {}
          : { parentName: p.parent.name, parentConsent: p.parent.consent, ...(p.parent.email !== undefined ? { parentEmail: p.parent.email } : {}), ...(p.parent.phone !== undefined ? { parentPhone: p.parent.phone } : {}) }),
      };

const toProfile = (d: PremedProfileDoc): PremedProfile =>
  d.role === 'peer_mentor'
    ? { personId: d._id, role: 'peer_mentor', mentorType: d.mentorType as 'physician' | 'medical_student' }
    : {
        personId: d._id,
        role: 'mentee',
        level: d.level as 'high_school' | 'college',
        birthDate: d.birthDate!,
        parent: d.parentName === undefined ? undefined : { name: d.parentName, email: d.parentEmail, phone: d.parentPhone, consent: d.parentConsent === true },
      };

const toPair = (d: PremedPairDoc): PremedPair => ({ key: d._id, name: d.name, mentorId: d.mentorId, menteeId: d.menteeId, version: d.version, active: d.active, formedAt: d.formedAt });

/** The pre-med profiles and pairs in MongoDB (`premed_profiles`, `premed_pairs`); writes in bulk. */
export function createPremedRepository(connection: Connection): PremedProfileStore & PremedPairStore {
  const Profiles = premedProfileModel(connection);
  const Pairs = premedPairModel(connection);
  return {
    async saveProfiles(profiles) {
      if (profiles.length === 0) return;
      await Profiles.bulkWrite(profiles.map((p) => ({ replaceOne: { filter: { _id: p.personId }, replacement: profileDoc(p), upsert: true } })));
    },
    async findProfiles(personIds) {
      const filter = personIds === undefined ? {} : { _id: { $in: [...personIds] } };
      return (await Profiles.find(filter).sort({ _id: 1 }).lean()).map(toProfile);
    },
    async savePairs(pairs) {
      if (pairs.length === 0) return;
      await Pairs.bulkWrite(
        pairs.map((p) => ({
          replaceOne: { filter: { _id: p.key }, replacement: { _id: p.key, name: p.name, mentorId: p.mentorId, menteeId: p.menteeId, version: p.version, active: p.active, formedAt: p.formedAt }, upsert: true },
        })),
      );
    },
    async findPairs(query = {}) {
      const filter: Record<string, unknown> = {};
      if (query.active !== undefined) filter.active = query.active;
      const or = [
        ...(query.menteeIds !== undefined ? [{ menteeId: { $in: [...query.menteeIds] } }] : []),
        ...(query.mentorIds !== undefined ? [{ mentorId: { $in: [...query.mentorIds] } }] : []),
      ];
      if (or.length > 0) filter.$or = or;
      return (await Pairs.find(filter).sort({ _id: 1 }).lean()).map(toPair);
    },
  };
}
