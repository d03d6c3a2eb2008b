import type { Connection } from 'mongoose';
import type { RosterStore } from '../../../program/ports.js';
import { ERASED_TEXT, type PersonalData } from '../../../program/personal-data.js';
import { rolloverModel, type RolloverDoc } from './rollover.model.js';

/**
 * The turns of the year's share of a person's record: the plans that named them (graduating, with their service
 * record's counts; leaving; moving up a year). Forgetting puts the name they are now shown by in those plans (the
 * roster's forgetting, which runs first, has made it their pseudonym); the counts stay, as the program's reports need.
 * One plan per year: read whole, changed in code.
 */
export function createNewYearPersonalData(connection: Connection, roster: Pick<RosterStore, 'findPeople'>): PersonalData {
  const Rollovers = rolloverModel(connection);
  const naming = (doc: RolloverDoc, personId: string) =>
    [...doc.graduates, ...doc.leavers, ...doc.moves].some((p) => p.personId === personId);
  const plansNaming = async (personId: string) => (await Rollovers.find({}).sort({ _id: 1 }).lean()).filter((doc) => naming(doc, personId));
  return {
    freeText: { new_year_rollovers: [] },
    forgotten: { new_year_rollovers: ['graduates.name', 'leavers.name', 'moves.name'] },
    async holdings(personId) {
      const plans = await plansNaming(personId);
      return {
        'turns of the year': plans.map((doc) => ({
          year: doc._id,
          graduated: doc.graduates.find((p) => p.personId === personId),
          left: doc.leavers.some((p) => p.personId === personId),
          moved: doc.moves.find((p) => p.personId === personId),
        })),
      };
    },
    async forget(personId) {
      const plans = await plansNaming(personId);
      if (plans.length === 0) return 0;
      const [person] = await roster.findPeople([personId]);
      const name = person?.name ?? ERASED_TEXT;
      const renamed = <T extends { personId: string; name: string }>(list: readonly T[]) => list.map((p) => (p.personId === personId ? { ...p, name } : p));
      let changed = 0;
      for (const doc of plans) {
        const graduates = renamed(doc.graduates);
        const leavers = renamed(doc.leavers);
        const moves = renamed(doc.moves);
        if (JSON.stringify([graduates, leavers, moves]) === JSON.stringify([doc.graduates, doc.leavers, doc.moves])) continue;
        await Rollovers.updateOne({ _id: doc._id }, { $set: { graduates, leavers, moves } });
        changed += 1;
      }
      return changed;
    },
    async expire() {
      return 0;
    },
  };
}
