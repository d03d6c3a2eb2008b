import { describe, expect, it } from 'vitest';
import type { ClaimStore } from '../../../src/delivery/ports.js';
import { createTestClock, type TestClock } from '../../support/test-clock.js';
import { freshStorePerTest, type MakeStore } from './store-contract.js';

/** Makes a claim store on the suite's database: one per app instance, all measuring time by `clock`. */
export type ClaimStoreFactory = (clock: TestClock, options?: { readonly leaseMs?: number }) => ClaimStore;

const MINUTE = 60_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The ClaimStore contract: "once" across retries, double clicks, reruns, slow holders and app instances. */
export function describeClaimStoreContract(name: string, makeFactory: MakeStore<ClaimStoreFactory>): void {
  describe(`${name} (ClaimStore contract)`, () => {
    const factory = freshStorePerTest(makeFactory);
    /** Two app instances on one database, and the clock they share (real time, which a test may move on). */
    const instances = () => {
      const clock = createTestClock();
      return { clock, a: factory()(clock), b: factory()(clock) };
    };

    it('lets exactly one of many simultaneous callers, across instances, hold a key', async () => {
      const { a, b } = instances();
      const results = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? a : b).claim('intro:group-1')));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await a.find('intro:group-1')).toMatchObject({ state: 'pending', attempts: 1 });
    });

    it('records who holds a key since when (by the real clock), and until when it stays theirs', async () => {
      const { a, clock } = instances();
      expect(await a.find('roster-import')).toBeUndefined();
      const before = clock().getTime();
      await a.claim('roster-import', { leaseMs: 5 * MINUTE, holder: { by: 'U0ADMIN01' } });
      const claim = await a.find('roster-import');
      expect(claim).toMatchObject({ key: 'roster-import', state: 'pending', attempts: 1, result: {}, holder: { by: 'U0ADMIN01' } });
      expect(claim!.claimedAt.getTime()).toBeGreaterThanOrEqual(before);
      expect(claim!.availableAt.getTime() - claim!.claimedAt.getTime()).toBe(5 * MINUTE);
    });

    it('never gives a done key again, and keeps what the work produced', async () => {
      const { a, b, clock } = instances();
      const lease = await a.claim('dm:U1:2026-09');
      expect(await a.complete(lease!, { ts: '1700000000.000100' })).toBe(true);
      clock.advance(24 * 60 * MINUTE);
      expect(await b.claim('dm:U1:2026-09')).toBeUndefined();
      expect(await b.find('dm:U1:2026-09')).toMatchObject({ state: 'done', result: { ts: '1700000000.000100' } });
    });

    it('does not let a release, a postponement or a drop reopen a done key', async () => {
      const { a, clock } = instances();
      const lease = (await a.claim('dm:U3:2026-09'))!;
      await a.complete(lease, { channel: 'D3' });
      expect(await a.release(lease)).toBe(false);
      expect(await a.postpone(lease, 0)).toBe(false);
      expect(await a.drop(lease)).toBe(false);
      clock.advance(24 * 60 * MINUTE);
      expect(await a.claim('dm:U3:2026-09')).toBeUndefined();
      expect(await a.find('dm:U3:2026-09')).toMatchObject({ state: 'done', result: { channel: 'D3' } });
    });

    it('keeps a claim its holder still holds, and lets one caller take it over once the lease has run out', async () => {
      const { a, b, clock } = instances();
      expect(await a.claim('nudge:R1:75')).toBeDefined();
      clock.advance(9 * MINUTE);
      expect(await b.claim('nudge:R1:75')).toBeUndefined();
      clock.advance(2 * MINUTE);
      const takeovers = await Promise.all(Array.from({ length: 8 }, () => b.claim('nudge:R1:75')));
      const [lease, ...none] = takeovers.filter(Boolean);
      expect(none).toEqual([]);
      // The first holder vanished mid-work: whatever it sent may be in Slack already.
      expect(lease).toMatchObject({ attempt: 2, lookFirst: true });
      expect(await b.find('nudge:R1:75')).toMatchObject({ attempts: 2 });
    });

    it('lets only the current holder complete, postpone, release or drop a claim', async () => {
      const { a, b, clock } = instances();
      const slow = (await a.claim('pulse:M1:2026-10'))!;
      clock.advance(11 * MINUTE);
      const current = (await b.claim('pulse:M1:2026-10'))!;
      expect(await a.complete(slow, { ts: 'old' })).toBe(false);
      expect(await a.postpone(slow, 0)).toBe(false);
      expect(await a.release(slow)).toBe(false);
      expect(await a.drop(slow)).toBe(false);
      expect(await a.renew(slow)).toBe(false);
      expect(await a.find('pulse:M1:2026-10')).toMatchObject({ state: 'pending', attempts: 2 });
      expect(await b.complete(current, { ts: 'new' })).toBe(true);
      expect(await a.find('pulse:M1:2026-10')).toMatchObject({ state: 'done', result: { ts: 'new' } });
    });

    it('renews a lease while its holder works, so a send slower than the lease keeps its claim', async () => {
      const clock = createTestClock();
      const a = factory()(clock, { leaseMs: 1_500 });
      const b = factory()(clock, { leaseMs: 1_500 });
      const lease = (await a.claim('digest:F1:2026-W40'))!;
      await pause(4_000);
      expect(await b.claim('digest:F1:2026-W40')).toBeUndefined();
      expect(await a.complete(lease)).toBe(true);
    });

    it('counts a claim stale after the lease the caller gives', async () => {
      const { a, b, clock } = instances();
      expect(await a.claim('digest:F2:2026-W37', { leaseMs: 2 * MINUTE })).toBeDefined();
      clock.advance(2 * MINUTE - 1_000);
      expect(await b.claim('digest:F2:2026-W37', { leaseMs: 2 * MINUTE })).toBeUndefined();
      clock.advance(1_000);
      expect(await b.claim('digest:F2:2026-W37', { leaseMs: 2 * MINUTE })).toMatchObject({ attempt: 2 });
    });

    it('gives a released key to the next caller at once, and says whether the failure may have reached Slack', async () => {
      const { a, b } = instances();
      await a.release((await a.claim('dm:U2:2026-09'))!);
      expect(await b.claim('dm:U2:2026-09')).toMatchObject({ attempt: 2, lookFirst: false });
      await a.release((await a.claim('dm:U4:2026-09'))!, { uncertain: true });
      expect(await b.claim('dm:U4:2026-09')).toMatchObject({ attempt: 2, lookFirst: true });
    });

    it('keeps the doubt of an attempt that may have reached Slack until the work is done, whatever later attempts say', async () => {
      const { a, b } = instances();
      await a.release((await a.claim('request:R1:posted'))!, { uncertain: true });
      const second = (await b.claim('request:R1:posted'))!;
      expect(second).toMatchObject({ attempt: 2, lookFirst: true });
      // The second attempt was refused before it could look or post (a 429): the first one's post may still be there.
      await b.release(second, { uncertain: false });
      const third = (await a.claim('request:R1:posted'))!;
      expect(third).toMatchObject({ attempt: 3, lookFirst: true });
      await a.postpone(third, 0);
      expect(await b.claim('request:R1:posted')).toMatchObject({ attempt: 4, lookFirst: true });
    });

    it('lets go of a claim still landing when the instance lets go, so the next run takes it at once', async () => {
      const { a, b } = instances();
      const landing = a.claim('intro:group-1:dm:U1');
      await a.letGo();
      expect(await landing).toBeUndefined();
      expect(await b.claim('intro:group-1:dm:U1')).toMatchObject({ attempt: 2, lookFirst: false });
    });

    it('can take a key over again and again, one caller each time', async () => {
      const { a, b, clock } = instances();
      await a.claim('k');
      clock.advance(11 * MINUTE);
      const second = (await b.claim('k'))!;
      await b.release(second);
      const third = await Promise.all([a.claim('k'), b.claim('k')]);
      expect(third.filter(Boolean)).toHaveLength(1);
      clock.advance(11 * MINUTE);
      expect(await a.claim('k')).toMatchObject({ attempt: 4 });
    });

    it('gives a free key to one of two racing takers, whichever lease-long boundary of time falls between them', async () => {
      const { a } = instances();
      const frozen = (ms: number): TestClock => Object.assign(() => new Date(ms), { advance: () => undefined });
      const LEASE = 10 * MINUTE;
      const keys = Array.from({ length: 16 }, (_, i) => `intro:group-${i}:message`);
      await Promise.all(keys.map(async (key) => a.release((await a.claim(key))!)));
      const outcomes = await Promise.all(
        keys.map(async (key, i) => {
          const free = (await a.find(key))!.availableAt.getTime();
          // A lease after the key became free, or the clock's own ten-minute mark after it.
          const boundary = i % 2 === 0 ? free + LEASE : Math.ceil((free + 1) / LEASE) * LEASE;
          const takers = [factory()(frozen(boundary - 20)), factory()(frozen(boundary + 20))];
          return (await Promise.all(takers.map((t) => t.claim(key)))).filter(Boolean).length;
        }),
      );
      expect(outcomes.every((n) => n <= 1), `holders per key: ${outcomes.join(' ')}`).toBe(true);
      // A key both racers yielded is taken by the next caller once their race is over.
      const later = factory()(frozen(Date.now() + 3 * LEASE));
      for (const key of keys.filter((_, i) => outcomes[i] === 0)) expect(await later.claim(key), key).toMatchObject({ attempt: 2 });
    });

    it('does not retry a postponed claim before its time, and retries it with one caller after it', async () => {
      const { a, b, clock } = instances();
      await a.postpone((await a.claim('digest:F1:2026-W37'))!, 30 * MINUTE);
      clock.advance(15 * MINUTE);
      expect(await b.claim('digest:F1:2026-W37')).toBeUndefined();
      clock.advance(15 * MINUTE);
      const retries = await Promise.all(Array.from({ length: 4 }, () => b.claim('digest:F1:2026-W37')));
      expect(retries.filter(Boolean)).toHaveLength(1);
      expect(await b.find('digest:F1:2026-W37')).toMatchObject({ state: 'pending', attempts: 2 });
    });

    it('forgets a dropped claim (a lock), so the next caller starts afresh', async () => {
      const { a, b } = instances();
      const lock = (await a.claim('roster-import', { holder: { by: 'U0ADMIN01' } }))!;
      expect(await b.claim('roster-import', { holder: { by: 'command line' } })).toBeUndefined();
      expect(await a.drop(lock)).toBe(true);
      expect(await b.claim('roster-import', { holder: { by: 'command line' } })).toMatchObject({ attempt: 1 });
      expect(await b.find('roster-import')).toMatchObject({ holder: { by: 'command line' } });
    });

    it('on shutdown, takes no more claims and lets go of those it holds for another instance to take at once', async () => {
      const { a, b } = instances();
      await a.claim('prompt:P1:2026-10');
      expect(a.stopped()).toBe(false);
      expect(await a.letGo()).toBe(1);
      expect(a.stopped()).toBe(true);
      expect(await a.claim('prompt:P2:2026-10')).toBeUndefined();
      expect(await b.claim('prompt:P1:2026-10')).toMatchObject({ attempt: 2, lookFirst: true });
      expect(await b.claim('prompt:P2:2026-10')).toMatchObject({ attempt: 1 });
    });

    it('deletes windowed claims done or abandoned long ago, and keeps recent, held and other ones', async () => {
      const { a, b, clock } = instances();
      const windowed = { windowed: true };
      await a.complete((await a.claim('old:done', windowed))!);
      await a.release((await a.claim('old:abandoned', windowed))!);
      await a.complete((await a.claim('old:step'))!);
      await b.claim('old:held', { ...windowed, leaseMs: 200 * 24 * 60 * MINUTE });
      clock.advance(91 * 24 * 60 * MINUTE);
      await a.complete((await a.claim('recent:done', windowed))!);
      expect(await a.sweepExpired(90 * 24 * 60 * MINUTE)).toBe(2);
      expect(await a.find('old:done')).toBeUndefined();
      expect(await a.find('old:abandoned')).toBeUndefined();
      expect(await a.find('old:step')).toBeDefined();
      expect(await a.find('old:held')).toBeDefined();
      expect(await a.find('recent:done')).toBeDefined();
    });

    it('lists the done keys under a prefix in one query', async () => {
      const { a } = instances();
      await a.complete((await a.claim('welcome:G1:U1'))!);
      await a.claim('welcome:G1:U2');
      await a.complete((await a.claim('welcome:G2:U1'))!);
      expect(await a.findDone('welcome:G1:')).toEqual(new Set(['welcome:G1:U1']));
    });

    it('reads a prefix as plain text, not as a pattern', async () => {
      const { a } = instances();
      for (const key of ['a.b:1', 'aXb:1']) await a.complete((await a.claim(key))!);
      expect(await a.findDone('a.b:')).toEqual(new Set(['a.b:1']));
    });

    it('tells which of many claim keys are done, in one query', async () => {
      const { a } = instances();
      await a.complete((await a.claim('prompt:P1:2026-09'))!);
      await a.claim('prompt:P2:2026-09');
      expect(await a.findDoneKeys(['prompt:P1:2026-09', 'prompt:P2:2026-09', 'prompt:P3:2026-09'])).toEqual(new Set(['prompt:P1:2026-09']));
      expect(await a.findDoneKeys([])).toEqual(new Set());
    });
  });
}
