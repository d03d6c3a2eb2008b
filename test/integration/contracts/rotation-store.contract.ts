import { describe, expect, it } from 'vitest';
import type { NewRotation } from '../../../src/features/clinical/domain/rotation.js';
import type { RotationStore } from '../../../src/features/clinical/ports.js';
import { freshStorePerTest, type MakeStore } from './store-contract.js';

const rotation = (overrides: Partial<NewRotation> = {}): NewRotation => ({
  personId: 'U0CLM00001',
  kind: 'upcoming',
  subject: 'surgery',
  site: 'General Hospital',
  preceptor: 'Dr. Cole',
  start: '2027-01-04',
  end: '2027-02-26',
  ...overrides,
});
const plain = ({ id: _id, ...rest }: NewRotation & { id: string }) => rest;

/** The RotationStore contract: the rotations people listed, one per person, kind, subject and first day. */
export function describeRotationStoreContract(name: string, makeStore: MakeStore<RotationStore>): void {
  describe(`${name} (RotationStore contract)`, () => {
    const rotations = freshStorePerTest(makeStore);

    it('starts empty, and keeps rotations as saved, blank site and preceptor included, by person and first day', async () => {
      expect(await rotations().findRotations()).toEqual([]);
      const later = rotation({ subject: 'pediatrics', start: '2027-03-01', end: '2027-03-26', site: undefined, preceptor: undefined });
      const mentor = rotation({ personId: 'U0CLP00001', kind: 'completed', start: '2026-03-02', end: '2026-04-24' });
      await rotations().saveRotations([later, rotation(), mentor]);
      expect((await rotations().findRotations()).map(plain)).toEqual([rotation(), later, mentor]);
      expect((await rotations().findRotations(['U0CLP00001'])).map(plain)).toEqual([mentor]);
      expect(await rotations().findRotations([])).toEqual([]);
    });

    it('updates the rotation with the same person, kind, subject and first day instead of adding one', async () => {
      await rotations().saveRotations([rotation()]);
      await rotations().saveRotations([rotation({ site: undefined, preceptor: 'Dr. Bell', end: '2027-02-19' })]);
      await rotations().saveRotations([]);
      expect((await rotations().findRotations()).map(plain)).toEqual([rotation({ site: undefined, preceptor: 'Dr. Bell', end: '2027-02-19' })]);
    });

    it('keeps one rotation per key however many writers race', async () => {
      const many = Array.from({ length: 12 }, (_, i) => rotation({ personId: `U0CLM${String(i).padStart(5, '0')}` }));
      await Promise.all(Array.from({ length: 5 }, () => rotations().saveRotations(many)));
      expect(await rotations().findRotations()).toHaveLength(12);
    });

    it('removes rotations by id, and nothing else', async () => {
      await rotations().saveRotations([rotation(), rotation({ subject: 'neurology', start: '2027-03-01', end: '2027-03-26' })]);
      const [first] = await rotations().findRotations();
      await rotations().removeRotations([first!.id]);
      await rotations().removeRotations([]);
      expect((await rotations().findRotations()).map((r) => r.subject)).toEqual(['neurology']);
    });
  });
}
