import { describe, expect, it } from 'vitest';
import type { PulseStore } from '../../../src/program/ports.js';
import { freshStorePerTest, type MakeStore } from './store-contract.js';

const at = new Date('2026-09-15T15:00:00Z');

/** The PulseStore contract: one answer per mentee and month, the first one stands. */
export function describePulseStoreContract(name: string, makeStore: MakeStore<PulseStore>): void {
  describe(`${name} (PulseStore contract)`, () => {
    const pulses = freshStorePerTest(makeStore);

    it('keeps one pulse answer per mentee and month, the first, however many arrive at once', async () => {
      const results = await Promise.all([1, 2, 3, 4, 5, 2].map((score) => pulses().recordAnswer({ menteeId: 'M1', month: '2026-09', score: score as 1, answeredAt: at })));
      expect(results.filter((r) => r.created)).toHaveLength(1);
      const stored = await pulses().findAnswer('M1', '2026-09');
      expect(results.every((r) => r.answer.score === stored!.score)).toBe(true);
      expect((await pulses().recordAnswer({ menteeId: 'M1', month: '2026-10', score: 4, answeredAt: at })).created).toBe(true);
    });

    it('answers a second click with the first answer, unchanged', async () => {
      const first = await pulses().recordAnswer({ menteeId: 'M3', month: '2026-09', score: 2, answeredAt: at });
      const second = await pulses().recordAnswer({ menteeId: 'M3', month: '2026-09', score: 5, answeredAt: new Date('2026-09-16T09:00:00Z') });
      expect(first).toEqual({ created: true, answer: { menteeId: 'M3', month: '2026-09', score: 2, answeredAt: at, sharedAt: undefined } });
      expect(second).toEqual({ created: false, answer: first.answer });
      expect(await pulses().findAnswer('M3', '2026-09')).toEqual(first.answer);
      expect(await pulses().findAnswer('M3', '2026-10')).toBeUndefined();
      expect(await pulses().findAnswer('M4', '2026-09')).toBeUndefined();
    });

    it('records sharing once and lists a month’s answers for digests', async () => {
      await pulses().recordAnswer({ menteeId: 'M1', month: '2026-09', score: 4, answeredAt: at });
      await pulses().recordAnswer({ menteeId: 'M2', month: '2026-09', score: 1, answeredAt: new Date('2026-09-15T15:00:00Z') });
      await pulses().markShared('M2', '2026-09', new Date('2026-09-15T15:01:00Z'));
      await pulses().markShared('M2', '2026-09', new Date('2026-09-15T16:00:00Z'));
      expect((await pulses().findAnswer('M2', '2026-09'))?.sharedAt?.toISOString()).toBe('2026-09-15T15:01:00.000Z');
      expect((await pulses().findAnswers('2026-09')).map((a) => a.menteeId)).toEqual(['M1', 'M2']);
      expect((await pulses().findAnswers('2026-09', ['M2', 'M9'])).map((a) => a.menteeId)).toEqual(['M2']);
    });

    it('lists only the month asked for, and shares only the month named', async () => {
      await pulses().recordAnswer({ menteeId: 'M1', month: '2026-09', score: 1, answeredAt: at });
      await pulses().recordAnswer({ menteeId: 'M1', month: '2026-10', score: 2, answeredAt: new Date('2026-10-15T15:00:00Z') });
      await pulses().markShared('M1', '2026-10', new Date('2026-10-15T15:01:00Z'));
      expect(await pulses().findAnswers('2026-10')).toEqual([
        { menteeId: 'M1', month: '2026-10', score: 2, answeredAt: new Date('2026-10-15T15:00:00Z'), sharedAt: new Date('2026-10-15T15:01:00Z') },
      ]);
      expect((await pulses().findAnswer('M1', '2026-09'))?.sharedAt).toBeUndefined();
      expect(await pulses().findAnswers('2026-11')).toEqual([]);
    });
  });
}
