import { describe, expect, it } from 'vitest';
import type { ClaimStore } from '../../../src/delivery/ports.js';
import { freshStorePerTest, type MakeStore } from './store-contract.js';

const t0 = new Date('2026-09-01T12:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

/** The ClaimStore contract: "once" across retries, double clicks, reruns and app instances. */
export function describeClaimStoreContract(name: string, makeStore: MakeStore<ClaimStore>): void {
  describe(`${name} (ClaimStore contract)`, () => {
    const claims = freshStorePerTest(makeStore);

    it('lets exactly one of many simultaneous callers hold a key', async () => {
      const results = await Promise.all(Array.from({ length: 12 }, () => claims().claim('intro:group-1', t0)));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await claims().find('intro:group-1')).toMatchObject({ state: 'pending', attempts: 1 });
    });

    it('records who holds a key since when, and until when it stays theirs', async () => {
      expect(await claims().find('intro:group-1')).toBeUndefined();
      await claims().claim('intro:group-1', t0, 5 * 60_000);
      expect(await claims().find('intro:group-1')).toEqual({
        key: 'intro:group-1',
        state: 'pending',
        attempts: 1,
        claimedAt: t0,
        availableAt: later(5 * 60_000),
        result: {},
      });
    });

    it('never gives a done key again, and keeps what the work produced', async () => {
      expect(await claims().claim('dm:U1:2026-09', t0)).toBe(true);
      await claims().complete('dm:U1:2026-09', t0, { ts: '1700000000.000100' });
      expect(await claims().claim('dm:U1:2026-09', later(24 * 3_600_000))).toBe(false);
      expect(await claims().find('dm:U1:2026-09')).toMatchObject({ state: 'done', result: { ts: '1700000000.000100' } });
    });

    it('does not let a release or a postponement reopen a done key', async () => {
      await claims().claim('dm:U3:2026-09', t0);
      await claims().complete('dm:U3:2026-09', t0, { channel: 'D3' });
      await claims().release('dm:U3:2026-09');
      await claims().postpone('dm:U3:2026-09', t0);
      expect(await claims().claim('dm:U3:2026-09', later(24 * 3_600_000))).toBe(false);
      expect(await claims().find('dm:U3:2026-09')).toMatchObject({ state: 'done', result: { channel: 'D3' } });
    });

    it('lets a later run take over a pending claim only once it is stale (the first run died)', async () => {
      expect(await claims().claim('nudge:R1:75', t0)).toBe(true);
      expect(await claims().claim('nudge:R1:75', later(60_000))).toBe(false);
      const takeovers = await Promise.all(Array.from({ length: 8 }, () => claims().claim('nudge:R1:75', later(11 * 60_000))));
      expect(takeovers.filter(Boolean)).toHaveLength(1);
      expect(await claims().find('nudge:R1:75')).toMatchObject({ attempts: 2 });
    });

    it('counts a claim stale after the time the caller gives', async () => {
      expect(await claims().claim('digest:F2:2026-W37', t0, 2 * 60_000)).toBe(true);
      expect(await claims().claim('digest:F2:2026-W37', later(2 * 60_000 - 1), 2 * 60_000)).toBe(false);
      expect(await claims().claim('digest:F2:2026-W37', later(2 * 60_000), 2 * 60_000)).toBe(true);
      expect(await claims().find('digest:F2:2026-W37')).toMatchObject({ attempts: 2, claimedAt: later(2 * 60_000), availableAt: later(4 * 60_000) });
    });

    it('gives a released key to the next caller (a failed send is retried)', async () => {
      expect(await claims().claim('dm:U2:2026-09', t0)).toBe(true);
      await claims().release('dm:U2:2026-09');
      expect(await claims().claim('dm:U2:2026-09', later(1))).toBe(true);
    });

    it('can take over a stale claim again after it was released and claimed anew', async () => {
      expect(await claims().claim('k', t0)).toBe(true);
      expect(await claims().claim('k', later(11 * 60_000))).toBe(true);
      await claims().release('k');
      expect(await claims().claim('k', later(12 * 60_000))).toBe(true);
      expect(await claims().claim('k', later(23 * 60_000))).toBe(true);
    });

    it('does not retry a postponed claim before the time given, and retries it with one caller after it', async () => {
      expect(await claims().claim('digest:F1:2026-W37', t0)).toBe(true);
      await claims().postpone('digest:F1:2026-W37', later(30 * 60_000));
      expect(await claims().claim('digest:F1:2026-W37', later(15 * 60_000))).toBe(false);
      const retries = await Promise.all(Array.from({ length: 4 }, () => claims().claim('digest:F1:2026-W37', later(30 * 60_000))));
      expect(retries.filter(Boolean)).toHaveLength(1);
      expect(await claims().find('digest:F1:2026-W37')).toMatchObject({ state: 'pending', attempts: 2 });
    });

    it('lists the done keys under a prefix in one query', async () => {
      await claims().claim('welcome:G1:U1', t0);
      await claims().complete('welcome:G1:U1', t0);
      await claims().claim('welcome:G1:U2', t0);
      await claims().claim('welcome:G2:U1', t0);
      await claims().complete('welcome:G2:U1', t0);
      expect(await claims().findDone('welcome:G1:')).toEqual(new Set(['welcome:G1:U1']));
    });

    it('reads a prefix as plain text, not as a pattern', async () => {
      for (const key of ['a.b:1', 'aXb:1']) {
        await claims().claim(key, t0);
        await claims().complete(key, t0);
      }
      expect(await claims().findDone('a.b:')).toEqual(new Set(['a.b:1']));
    });

    it('tells which of many claim keys are done, in one query', async () => {
      const now = new Date('2026-09-01T14:00:00Z');
      await claims().claim('prompt:P1:2026-09', now);
      await claims().complete('prompt:P1:2026-09', now);
      await claims().claim('prompt:P2:2026-09', now);
      expect(await claims().findDoneKeys(['prompt:P1:2026-09', 'prompt:P2:2026-09', 'prompt:P3:2026-09'])).toEqual(new Set(['prompt:P1:2026-09']));
      expect(await claims().findDoneKeys([])).toEqual(new Set());
    });
  });
}
