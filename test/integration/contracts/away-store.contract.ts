import { describe, expect, it } from 'vitest';
import type { NewAway } from '../../../src/program/records/away.js';
import type { AwayStore } from '../../../src/program/ports.js';
import { freshStorePerTest, type MakeStore } from './store-contract.js';

const t0 = new Date('2026-10-30T15:00:00Z');

let seq = 0;
const aNewAway = (overrides: Partial<NewAway> = {}): NewAway => ({
  mentorId: 'P3',
  start: '2026-11-02',
  end: '2026-11-06',
  timezone: 'America/Chicago',
  note: 'Step 1 week',
  tellMentees: false,
  createdAt: t0,
  sourceKey: `view:A${++seq}`,
  ...overrides,
});

/** The AwayStore contract: mentors' time away, stored once per source key, read while it has not ended. */
export function describeAwayStoreContract(name: string, makeStore: MakeStore<AwayStore>): void {
  describe(`${name} (AwayStore contract)`, () => {
    const away = freshStorePerTest(makeStore);

    it('stores time away once per source key, finds what has not ended, and ends it', async () => {
      const results = await Promise.all(Array.from({ length: 5 }, () => away().create(aNewAway({ sourceKey: 'view:VA1' }))));
      expect(results.filter((r) => r.created)).toHaveLength(1);
      await away().create(aNewAway({ sourceKey: 'view:VA2', mentorId: 'P4', start: '2026-10-20', end: '2026-10-29' }));
      await away().create(aNewAway({ sourceKey: 'view:VA3', mentorId: 'P4', start: '2026-11-05', end: '2026-11-09' }));
      const live = await away().findNotEnded(['P3', 'P4'], '2026-10-30');
      expect(live.map((w) => [w.mentorId, w.start])).toEqual([
        ['P3', '2026-11-02'],
        ['P4', '2026-11-05'],
      ]);
      expect(live[0]!.note).toBe('Step 1 week');
      await away().cancel([live[0]!.id], t0);
      expect((await away().findNotEnded(['P3', 'P4'], '2026-10-30')).map((w) => w.mentorId)).toEqual(['P4']);
    });

    it('returns the window stored first when the same form arrives again', async () => {
      const first = await away().create(aNewAway({ sourceKey: 'view:VA9', end: '2026-11-06', note: 'boards' }));
      const again = await away().create(aNewAway({ sourceKey: 'view:VA9', end: '2026-11-20', note: 'changed my mind' }));
      expect(first.away).toEqual({ ...aNewAway({ sourceKey: 'view:VA9', note: 'boards' }), id: first.away.id, cancelledAt: undefined });
      expect(again).toEqual({ created: false, away: first.away });
      expect(await away().findNotEnded(['P3'], '2026-10-30')).toEqual([first.away]);
    });

    it('counts a window that ends on the day asked as not ended, and leaves out other mentors', async () => {
      await away().create(aNewAway({ mentorId: 'P3', start: '2026-10-28', end: '2026-10-30' }));
      await away().create(aNewAway({ mentorId: 'P3', start: '2026-10-27', end: '2026-10-29' }));
      await away().create(aNewAway({ mentorId: 'P5', start: '2026-11-01', end: '2026-11-02' }));
      expect((await away().findNotEnded(['P3'], '2026-10-30')).map((w) => [w.mentorId, w.end])).toEqual([['P3', '2026-10-30']]);
      expect(await away().findNotEnded([], '2026-10-30')).toEqual([]);
    });

    it('finds every mentor’s windows not called off and not ended, in one query', async () => {
      await away().create(aNewAway({ mentorId: 'P5', start: '2026-12-01', end: '2026-12-03' }));
      await away().create(aNewAway({ mentorId: 'P3', start: '2026-10-25', end: '2026-10-30' }));
      await away().create(aNewAway({ mentorId: 'P4', start: '2026-10-20', end: '2026-10-29' }));
      await away().create(aNewAway({ mentorId: 'P6', start: '2026-11-10', end: '2026-11-12' }));
      const { away: calledOff } = await away().create(aNewAway({ mentorId: 'P7', start: '2026-11-01', end: '2026-11-02' }));
      await away().cancel([calledOff.id], t0);
      expect((await away().findAllNotEnded('2026-10-30')).map((w) => [w.mentorId, w.start]).sort()).toEqual([
        ['P3', '2026-10-25'],
        ['P5', '2026-12-01'],
        ['P6', '2026-11-10'],
      ]);
    });

    it('ends only the windows named, and ignores an empty list', async () => {
      const { away: a } = await away().create(aNewAway({ mentorId: 'P3' }));
      const { away: b } = await away().create(aNewAway({ mentorId: 'P4' }));
      const { away: c } = await away().create(aNewAway({ mentorId: 'P5' }));
      await away().cancel([a.id, c.id], t0);
      await away().cancel([], t0);
      expect((await away().findAllNotEnded('2026-10-30')).map((w) => w.id)).toEqual([b.id]);
    });
  });
}
