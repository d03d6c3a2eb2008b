import { describe, expect, it } from 'vitest';
import type { AgreementStore } from '../../../src/features/clinical/ports.js';
import { freshStorePerTest, type MakeStore } from './store-contract.js';

const MON = new Date('2027-01-04T15:00:00Z');
const TUE = new Date('2027-01-05T15:00:00Z');

/** The AgreementStore contract: one acceptance of the honesty agreement per person; the first stands. */
export function describeAgreementStoreContract(name: string, makeStore: MakeStore<AgreementStore>): void {
  describe(`${name} (AgreementStore contract)`, () => {
    const agreements = freshStorePerTest(makeStore);

    it('records an acceptance once: a later one returns the first, unchanged', async () => {
      expect(await agreements().recordAgreement('U0CLP00001', MON)).toEqual({ agreement: { personId: 'U0CLP00001', agreedAt: MON }, created: true });
      expect(await agreements().recordAgreement('U0CLP00001', TUE)).toEqual({ agreement: { personId: 'U0CLP00001', agreedAt: MON }, created: false });
      expect(await agreements().findAgreements()).toEqual([{ personId: 'U0CLP00001', agreedAt: MON }]);
    });

    it('records one acceptance however many clicks race', async () => {
      const outcomes = await Promise.all(Array.from({ length: 6 }, (_, i) => agreements().recordAgreement('U0CLP00002', new Date(MON.getTime() + i))));
      expect(outcomes.filter((o) => o.created)).toHaveLength(1);
      expect(new Set(outcomes.map((o) => o.agreement.agreedAt.getTime())).size).toBe(1);
    });

    it('finds the acceptances of the people asked about', async () => {
      await agreements().recordAgreement('U0CLP00001', MON);
      await agreements().recordAgreement('U0CLP00003', TUE);
      expect(await agreements().findAgreements(['U0CLP00003', 'U0NOBODY01'])).toEqual([{ personId: 'U0CLP00003', agreedAt: TUE }]);
      expect(await agreements().findAgreements([])).toEqual([]);
    });
  });
}
