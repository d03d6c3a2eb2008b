import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../src/features/clinical/domain/match.js';
import type { MatchStore } from '../../../src/features/clinical/ports.js';
import { freshStorePerTest, type MakeStore } from './store-contract.js';

const MON = new Date('2027-01-04T15:00:00Z');
const TUE = new Date('2027-01-05T15:00:00Z');
const ROT = 'U0CLM00001|upcoming|surgery|2027-02-01';
const ROT2 = 'U0CLM00002|upcoming|pediatrics|2027-02-01';

const step = (overrides: Partial<Assignment> = {}): Assignment => ({
  rotationId: ROT,
  menteeId: 'U0CLM00001',
  mentorId: 'U0CLP00001',
  assignedAt: MON,
  chosenBy: 'mentee',
  step: 1,
  ...overrides,
});

/** The MatchStore contract: one offer per mentee rotation, and each numbered step of its mentoring written once. */
export function describeMatchStoreContract(name: string, makeStore: MakeStore<MatchStore>): void {
  describe(`${name} (MatchStore contract)`, () => {
    const matches = freshStorePerTest(makeStore);

    it('records a rotation’s offer once: a later one returns the first', async () => {
      const offer = { rotationId: ROT, menteeId: 'U0CLM00001', suggestedIds: ['U0CLP00001', 'U0CLP00002'], offeredAt: MON };
      expect(await matches().recordOffer(offer)).toEqual({ offer, created: true });
      expect(await matches().recordOffer({ ...offer, suggestedIds: ['U0CLP00003'], offeredAt: TUE })).toEqual({ offer, created: false });
      expect(await matches().findOffers([ROT, ROT2])).toEqual([offer]);
      expect(await matches().findOffers([])).toEqual([]);
    });

    it('writes a step once however many racing writers (the mentee’s choice and the deadline) try it', async () => {
      const outcomes = await Promise.all([
        matches().assign(step({ chosenBy: 'mentee', mentorId: 'U0CLP00001' })),
        matches().assign(step({ chosenBy: 'auto', mentorId: 'U0CLP00002', assignedAt: TUE })),
        matches().assign(step({ chosenBy: 'auto', mentorId: 'U0CLP00002', assignedAt: TUE })),
      ]);
      expect(outcomes.filter((o) => o.created)).toHaveLength(1);
      const winner = outcomes.find((o) => o.created)!.assignment;
      expect(outcomes.map((o) => o.assignment)).toEqual([winner, winner, winner]);
      expect(await matches().findCurrent()).toEqual([winner]);
    });

    it('gives the highest step as current, by mentee and by mentor, and keeps the replaced steps in the history', async () => {
      await matches().assign(step());
      await matches().assign(step({ rotationId: ROT2, menteeId: 'U0CLM00002' }));
      const change = step({ mentorId: 'U0CLP00009', chosenBy: 'office', step: 2, assignedAt: TUE });
      await matches().assign(change);
      expect(await matches().findCurrent({ menteeIds: ['U0CLM00001'] })).toEqual([change]);
      expect(await matches().findCurrent({ mentorIds: ['U0CLP00001'] })).toEqual([step({ rotationId: ROT2, menteeId: 'U0CLM00002' })]);
      expect(await matches().findCurrent({ mentorIds: ['U0CLP00009'] })).toEqual([change]);
      expect(await matches().findCurrent({ rotationIds: [ROT], mentorIds: ['U0CLP00001'] })).toEqual([]);
      expect(await matches().findCurrent({ mentorIds: [] })).toEqual([]);
      expect(await matches().findHistory([ROT])).toEqual([step(), change]);
    });
  });
}
