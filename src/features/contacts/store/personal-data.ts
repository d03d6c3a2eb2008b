import type { Connection } from 'mongoose';
import type { PersonalData } from '../../../program/personal-data.js';
import { plainRecords } from '../../../program/store/plain-records.js';
import { attemptModel } from './attempt-repository.js';
import { concernModel } from './concern-repository.js';

/**
 * The check-ins' share of a person's record: concerns (a mentor's note stays its author's) and attempts to reach a
 * mentee. Forgetting and retention blank the concern notes; the concerns and attempts stay, so the digests count them.
 */
export function createContactsPersonalData(connection: Connection): PersonalData {
  const Concerns = concernModel(connection);
  const Attempts = attemptModel(connection);
  const noted = { note: { $exists: true } };
  return {
    freeText: { concerns: ['note'], contact_attempts: [], checkin_prompts: [] },
    async holdings(personId) {
      const [raised, about, attempts] = await Promise.all([
        Concerns.find({ mentorId: personId }).sort({ createdAt: 1 }).lean(),
        Concerns.find({ menteeId: personId }).sort({ createdAt: 1 }).lean(),
        Attempts.find({ $or: [{ mentorId: personId }, { menteeId: personId }] }).sort({ at: 1 }).lean(),
      ]);
      return { 'concerns raised': plainRecords(raised), // The note is its author's: the concern about them, without it.
        'concerns about them': plainRecords(about.map(({ note: _note, ...concern }) => concern)), 'attempts to reach': plainRecords(attempts) };
    },
    async forget(personId) {
      return (await Concerns.updateMany({ $or: [{ mentorId: personId }, { menteeId: personId }], ...noted }, { $unset: { note: 1 } })).modifiedCount;
    },
    async expire(cutoff) {
      return (await Concerns.updateMany({ createdAt: { $lt: cutoff }, ...noted }, { $unset: { note: 1 } })).modifiedCount;
    },
  };
}
