import type { Connection } from 'mongoose';
import { pseudonymOf, type PersonalData } from '../personal-data.js';
import { isDuplicateKey } from './mongo-errors.js';
import { plainRecords } from './plain-records.js';
import { pseudonymModel } from './pseudonym.model.js';
import { membershipModel, personModel } from './roster.model.js';

/** Attempts at taking the next number before giving up (each loses only to another forget at the same moment). */
const NUMBER_TRIES = 20;

/**
 * The roster's share of a person's record: their profile and memberships. Forgetting gives them a number once
 * ("Former participant #n", unique, increasing) and removes their name and e-mail; roles, groups and membership
 * history stay, so every count by group and role stays the same. Nothing here is free text: retention keeps it.
 */
export function createRosterPersonalData(connection: Connection, now: () => Date = () => new Date()): PersonalData {
  const People = personModel(connection);
  const Memberships = membershipModel(connection);
  const Pseudonyms = pseudonymModel(connection);

  /** The person's number: the one given before, or the next one. */
  async function numberOf(personId: string): Promise<number> {
    await Pseudonyms.init();
    for (let attempt = 0; attempt < NUMBER_TRIES; attempt++) {
      const given = await Pseudonyms.findById(personId).lean();
      if (given !== null) return given.n;
      const last = await Pseudonyms.findOne().sort({ n: -1 }).lean();
      try {
        await Pseudonyms.create({ _id: personId, n: (last?.n ?? 0) + 1, at: now() });
      } catch (error) {
        // Another forget took that number, or this person's: ask again.
        if (!isDuplicateKey(error)) throw error;
      }
    }
    throw new Error('could not number the forgotten person: too many forgets at once');
  }

  return {
    freeText: { people: [], groups: [], memberships: [], pseudonyms: [] },
    forgotten: { people: ['name', 'email'] },
    async holdings(personId) {
      const [people, memberships] = await Promise.all([People.find({ _id: personId }).lean(), Memberships.find({ personId }).sort({ from: 1 }).lean()]);
      return { profile: plainRecords(people), memberships: plainRecords(memberships) };
    },
    async forget(personId) {
      const person = await People.findById(personId).lean();
      if (person === null) return 0;
      const name = pseudonymOf(await numberOf(personId));
      if (person.name === name && person.email === undefined) return 0;
      await People.updateOne({ _id: personId }, { $set: { name }, $unset: { email: 1 } });
      return 1;
    },
    async expire() {
      return 0;
    },
  };
}
