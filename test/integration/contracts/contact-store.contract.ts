import { describe, expect, it } from 'vitest';
import type { NewContact } from '../../../src/program/records/contact.js';
import type { ContactStore } from '../../../src/program/ports.js';
import { freshStorePerTest, type MakeStore } from './store-contract.js';

let seq = 0;
const aContact = (overrides: Partial<NewContact> = {}): NewContact => ({
  mentorId: 'P3',
  menteeIds: ['M1'],
  at: new Date('2026-09-14T15:00:00Z'),
  date: '2026-09-14',
  kind: 'call',
  group: false,
  minutes: 20,
  note: undefined,
  source: 'logged',
  sourceKey: `key-${++seq}`,
  createdAt: new Date('2026-09-14T15:05:00Z'),
  ...overrides,
});

const sorted = <T>(items: T[]) => items.map((item) => JSON.stringify(item)).sort();

/** The ContactStore contract: the contact ledger, stored once per source key, read in bulk by program dates. */
export function describeContactStoreContract(name: string, makeStore: MakeStore<ContactStore>): void {
  describe(`${name} (ContactStore contract)`, () => {
    const contacts = freshStorePerTest(makeStore);

    it('stores a contact once per source key, however often it arrives', async () => {
      const results = await Promise.all(Array.from({ length: 5 }, () => contacts().record(aContact({ sourceKey: 'logged:V1' }))));
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.contact.id)).size).toBe(1);
    });

    it('returns the contact stored first when the same source key arrives again with other words', async () => {
      const first = await contacts().record(aContact({ sourceKey: 'prompt:P3:2026-09', minutes: 20, note: 'first' }));
      const again = await contacts().record(aContact({ sourceKey: 'prompt:P3:2026-09', minutes: 45, kind: 'video', note: 'second' }));
      expect(again).toEqual({ created: false, contact: first.contact });
      expect(await contacts().findById(first.contact.id)).toMatchObject({ minutes: 20, kind: 'call', note: 'first', undoneAt: undefined });
    });

    it('finds a mentee’s contacts by program date, inclusive, group contacts included', async () => {
      await contacts().record(aContact({ sourceKey: 'logged:V1' }));
      await contacts().record(aContact({ sourceKey: 'k2', date: '2026-09-30', menteeIds: ['M1', 'M2'], group: true, kind: 'in_person' }));
      await contacts().record(aContact({ sourceKey: 'k3', date: '2026-10-01', menteeIds: ['M2'] }));
      const september = await contacts().findForMentees(['M2'], '2026-09-01', '2026-09-30');
      expect(september.map((c) => c.sourceKey)).toEqual(['k2']);
      expect((await contacts().findForMentees(['M1'], '2026-09-01', '2026-09-30')).map((c) => c.sourceKey)).toEqual(['logged:V1', 'k2']);
    });

    it('finds contacts by mentor and by date range in one query each, leaving out undone ones', async () => {
      const a = await contacts().record(aContact({ mentorId: 'Q1', date: '2026-10-01' }));
      await contacts().record(aContact({ mentorId: 'Q2', date: '2026-10-15', menteeIds: ['M7', 'M8'], group: true }));
      await contacts().record(aContact({ mentorId: 'Q1', date: '2026-11-01' }));
      const undone = await contacts().record(aContact({ mentorId: 'Q1', date: '2026-10-20' }));
      await contacts().markUndone(undone.contact.id, new Date('2026-10-21T00:00:00Z'));
      expect((await contacts().findByMentors(['Q1', 'Q2'], '2026-10-01', '2026-10-31')).map((c) => [c.mentorId, c.date])).toEqual([
        ['Q1', '2026-10-01'],
        ['Q2', '2026-10-15'],
      ]);
      expect((await contacts().findBetween('2026-10-01', '2026-10-31')).map((c) => c.id)).toContain(a.contact.id);
      expect((await contacts().findBetween('2026-10-01', '2026-10-31')).map((c) => c.id)).not.toContain(undone.contact.id);
    });

    it('finds every mentor’s contacts between two program dates, both days included', async () => {
      await contacts().record(aContact({ sourceKey: 'before', mentorId: 'Q1', date: '2026-09-30' }));
      await contacts().record(aContact({ sourceKey: 'first-day', mentorId: 'Q1', date: '2026-10-01' }));
      await contacts().record(aContact({ sourceKey: 'last-day', mentorId: 'Q9', date: '2026-10-31', menteeIds: ['M9'] }));
      await contacts().record(aContact({ sourceKey: 'after', mentorId: 'Q9', date: '2026-11-01' }));
      expect(sorted((await contacts().findBetween('2026-10-01', '2026-10-31')).map((c) => c.sourceKey))).toEqual(sorted(['first-day', 'last-day']));
      expect(await contacts().findByMentors(['Q404'], '2026-01-01', '2026-12-31')).toEqual([]);
    });

    it('marks a contact undone once, keeps the first time, and still finds it by id', async () => {
      const { contact } = await contacts().record(aContact({ note: 'private words' }));
      const first = await contacts().markUndone(contact.id, new Date('2026-09-15T10:00:00Z'));
      const second = await contacts().markUndone(contact.id, new Date('2026-09-16T10:00:00Z'));
      expect(first?.undoneAt?.toISOString()).toBe('2026-09-15T10:00:00.000Z');
      expect(second?.undoneAt?.toISOString()).toBe('2026-09-15T10:00:00.000Z');
      expect(await contacts().findById(contact.id)).toMatchObject({ id: contact.id, note: 'private words', undoneAt: first?.undoneAt });
      expect(second).toEqual({ ...contact, undoneAt: first?.undoneAt });
      expect(await contacts().findForMentees(['M1'], '2026-09-14', '2026-09-14')).not.toContainEqual(expect.objectContaining({ id: contact.id }));
    });

    it('finds a contact by id with everything it was stored with', async () => {
      const stored = aContact({ sourceKey: 'logged:V7', menteeIds: ['M1', 'M2'], group: true, kind: 'video', minutes: 50, note: 'mock interview' });
      const { contact } = await contacts().record(stored);
      expect(await contacts().findById(contact.id)).toEqual({ ...stored, id: contact.id, undoneAt: undefined });
    });

    it('answers "not found" for ids that do not exist or are not ids at all', async () => {
      expect(await contacts().findById('not-an-id')).toBeUndefined();
      expect(await contacts().findById('0123456789abcdef01234567')).toBeUndefined();
      expect(await contacts().markUndone('not-an-id', new Date())).toBeUndefined();
      expect(await contacts().markUndone('0123456789abcdef01234567', new Date())).toBeUndefined();
    });

    it('marks whom, when and what kind for the contacts in any of the ranges, of the kinds named, undone ones left out', async () => {
      await contacts().record(aContact({ menteeIds: ['M1'], date: '2026-09-02', kind: 'call' }));
      await contacts().record(aContact({ menteeIds: ['M1', 'M2'], date: '2026-09-20', kind: 'in_person', group: true }));
      await contacts().record(aContact({ menteeIds: ['M3'], date: '2026-10-05', kind: 'video' }));
      await contacts().record(aContact({ menteeIds: ['M3'], date: '2026-10-06', kind: 'text' }));
      await contacts().record(aContact({ menteeIds: ['M4'], date: '2026-11-01', kind: 'video' }));
      const undone = await contacts().record(aContact({ menteeIds: ['M5'], date: '2026-09-10', kind: 'call' }));
      await contacts().markUndone(undone.contact.id, new Date('2026-09-11T00:00:00Z'));

      const marks = await contacts().findMarks([
        { from: '2026-09-01', to: '2026-09-30' },
        { from: '2026-10-01', to: '2026-10-31', kinds: ['video', 'in_person'] },
      ]);
      expect(sorted(marks.map((m) => [m.menteeIds, m.date, m.kind, m.undoneAt]))).toEqual(
        sorted([
          [['M1'], '2026-09-02', 'call', undefined],
          [['M1', 'M2'], '2026-09-20', 'in_person', undefined],
          [['M3'], '2026-10-05', 'video', undefined],
        ]),
      );
      expect(await contacts().findMarks([])).toEqual([]);
    });
  });
}
