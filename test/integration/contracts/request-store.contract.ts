import { describe, expect, it } from 'vitest';
import type { NewHelpRequest, RequestFacts } from '../../../src/program/records/request.js';
import type { RequestStore } from '../../../src/program/ports.js';
import { freshStorePerTest, type MakeStore } from './store-contract.js';

const t0 = new Date('2026-10-30T15:00:00Z');
const hours = (n: number) => new Date(t0.getTime() + n * 3_600_000);

let seq = 0;
const aNewRequest = (overrides: Partial<NewHelpRequest> = {}): NewHelpRequest => ({
  menteeId: 'M1',
  topic: 'study_tips',
  urgency: 'routine',
  reach: 'slack',
  description: 'How should I prepare for the anatomy practical?',
  audience: 'cohort',
  mentorIds: ['P3', 'P4'],
  routedTo: 'mentors',
  coveringFor: [],
  deadline: new Date(t0.getTime() + 24 * 3_600_000),
  createdAt: t0,
  sourceKey: `view:R${++seq}`,
  ...overrides,
});

const ids = (requests: readonly { id: string }[]) => requests.map((r) => r.id);
const withoutDescription = (requests: readonly RequestFacts[]) => requests.every((r) => !('description' in r));

/** The RequestStore contract: requests for help, stored once, each step writing only its own fields. */
export function describeRequestStoreContract(name: string, makeStore: MakeStore<RequestStore>): void {
  describe(`${name} (RequestStore contract)`, () => {
    const requests = freshStorePerTest(makeStore);

    it('stores one request per source key, however many deliveries arrive at once', async () => {
      const results = await Promise.all(Array.from({ length: 10 }, () => requests().create(aNewRequest({ sourceKey: 'view:V1' }))));
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.request.id)).size).toBe(1);
      const stored = await requests().find(results[0]!.request.id);
      expect(stored).toMatchObject({ menteeId: 'M1', mentorIds: ['P3', 'P4'], claimedBy: undefined, respondedBy: undefined, closedAs: undefined });
    });

    it('returns the request stored first, with what the mentee wrote then, when the same form arrives again', async () => {
      const first = await requests().create(aNewRequest({ sourceKey: 'view:V9', description: 'first words' }));
      const again = await requests().create(aNewRequest({ sourceKey: 'view:V9', description: 'second words', urgency: 'urgent' }));
      expect(again).toEqual({ created: false, request: first.request });
      expect(await requests().find(first.request.id)).toMatchObject({ description: 'first words', urgency: 'routine', channelId: undefined, messageTs: undefined });
    });

    it('writes each step’s own fields, and finds requests by conversation and by who claimed them, in one query each', async () => {
      const { request: a } = await requests().create(aNewRequest({ sourceKey: 'view:V2' }));
      const { request: b } = await requests().create(aNewRequest({ sourceKey: 'view:V3' }));
      const { request: c } = await requests().create(aNewRequest({ sourceKey: 'view:V4', mentorIds: ['P9'] }));
      await requests().setMessage(a.id, 'G1', '1700000000.000100');
      await requests().setMessage(b.id, 'G1', '1700000000.000200');
      await requests().setMessage(c.id, 'G2', '1700000000.000300');
      await requests().markClaimed(a.id, 'P3', t0);
      await requests().markClaimed(b.id, 'P3', t0);
      await requests().markResponded(b.id, 'P4', t0);
      expect((await requests().findInConversation('G1')).map((r) => r.id)).toEqual([a.id, b.id]);
      expect((await requests().findAwaitingClaimedBy(['P3'])).map((r) => r.id)).toEqual([a.id]);
      await requests().markClosed(a.id, { as: 'cancelled', by: 'M1', at: t0, helped: undefined });
      expect(await requests().findAwaitingClaimedBy(['P3'])).toEqual([]);
      expect(await requests().find(a.id)).toMatchObject({ claimedBy: 'P3', closedAs: 'cancelled', closedBy: 'M1', helped: undefined });
      await requests().markClosed(b.id, { as: 'closed', by: 'M1', at: t0, helped: false });
      expect(await requests().find(b.id)).toMatchObject({ respondedBy: 'P4', closedAs: 'closed', helped: false });
      expect(await requests().find('not-an-id')).toBeUndefined();
    });

    it('keeps where each step happened and when, and leaves the other steps unwritten', async () => {
      const { request } = await requests().create(aNewRequest());
      await requests().setMessage(request.id, 'G7', '1700000000.000700');
      await requests().markClaimed(request.id, 'P4', hours(1));
      expect(await requests().find(request.id)).toMatchObject({
        channelId: 'G7',
        messageTs: '1700000000.000700',
        claimedBy: 'P4',
        claimedAt: hours(1),
        respondedBy: undefined,
        respondedAt: undefined,
        closedAs: undefined,
        closedAt: undefined,
      });
      await requests().markResponded(request.id, 'P3', hours(2));
      await requests().markClosed(request.id, { as: 'closed', by: 'P3', at: hours(3), helped: true });
      expect(await requests().find(request.id)).toMatchObject({
        claimedBy: 'P4',
        claimedAt: hours(1),
        respondedBy: 'P3',
        respondedAt: hours(2),
        closedAs: 'closed',
        closedBy: 'P3',
        closedAt: hours(3),
        helped: true,
      });
      expect(await requests().find('0123456789abcdef01234567')).toBeUndefined();
    });

    it('finds a mentee’s requests still waiting for a response, open or claimed, oldest first', async () => {
      const { request: claimed } = await requests().create(aNewRequest({ createdAt: hours(2) }));
      const { request: open } = await requests().create(aNewRequest({ createdAt: hours(1) }));
      const { request: responded } = await requests().create(aNewRequest({ createdAt: hours(0) }));
      const { request: cancelled } = await requests().create(aNewRequest({ createdAt: hours(3) }));
      await requests().create(aNewRequest({ menteeId: 'M2', createdAt: hours(0) }));
      await requests().markClaimed(claimed.id, 'P3', hours(4));
      await requests().markResponded(responded.id, 'P4', hours(4));
      await requests().markClosed(cancelled.id, { as: 'cancelled', by: 'M1', at: hours(4), helped: undefined });
      expect(ids(await requests().findAwaitingFor('M1'))).toEqual([open.id, claimed.id]);
      expect(await requests().findAwaitingFor('M404')).toEqual([]);
    });

    it('lists every request still waiting for a response, without what the mentee wrote', async () => {
      const { request: a } = await requests().create(aNewRequest({ menteeId: 'M1', createdAt: hours(1) }));
      const { request: b } = await requests().create(aNewRequest({ menteeId: 'M2', createdAt: hours(0) }));
      const { request: c } = await requests().create(aNewRequest({ menteeId: 'M3', createdAt: hours(2) }));
      const { request: d } = await requests().create(aNewRequest({ menteeId: 'M4', createdAt: hours(3) }));
      await requests().markClaimed(a.id, 'P3', hours(4));
      await requests().markResponded(c.id, 'P3', hours(4));
      await requests().markClosed(d.id, { as: 'moved', by: 'A1', at: hours(4), helped: undefined });
      const awaiting = await requests().findAwaitingResponse();
      expect(ids(awaiting).sort()).toEqual([a.id, b.id].sort());
      expect(awaiting.find((r) => r.id === a.id)).toMatchObject({ menteeId: 'M1', claimedBy: 'P3', deadline: aNewRequest().deadline });
      expect(withoutDescription(awaiting)).toBe(true);
    });

    it('finds the requests not ended, and those sent, answered or ended since a time, of some mentees or of all', async () => {
      const since = hours(10);
      const { request: openOld } = await requests().create(aNewRequest({ menteeId: 'M1', createdAt: hours(0) }));
      const { request: endedOld } = await requests().create(aNewRequest({ menteeId: 'M1', createdAt: hours(1) }));
      const { request: closedAtSince } = await requests().create(aNewRequest({ menteeId: 'M2', createdAt: hours(2) }));
      const { request: closedJustBefore } = await requests().create(aNewRequest({ menteeId: 'M2', createdAt: hours(3) }));
      const { request: sentLate } = await requests().create(aNewRequest({ menteeId: 'M3', createdAt: hours(11) }));
      await requests().markResponded(endedOld.id, 'P3', hours(2));
      await requests().markClosed(endedOld.id, { as: 'closed', by: 'M1', at: hours(5), helped: true });
      await requests().markResponded(closedAtSince.id, 'P3', hours(3));
      await requests().markClosed(closedAtSince.id, { as: 'closed', by: 'P3', at: since, helped: undefined });
      await requests().markClosed(closedJustBefore.id, { as: 'cancelled', by: 'M2', at: new Date(since.getTime() - 1), helped: undefined });
      await requests().markClosed(sentLate.id, { as: 'cancelled', by: 'M3', at: hours(11), helped: undefined });

      const active = await requests().findActiveSince(since);
      expect(ids(active).sort()).toEqual([openOld.id, closedAtSince.id, sentLate.id].sort());
      expect(withoutDescription(active)).toBe(true);
      expect(ids(await requests().findActiveSince(since, ['M2', 'M9']))).toEqual([closedAtSince.id]);
      expect(await requests().findActiveSince(since, [])).toEqual([]);
    });

    it('finds the requests sent in [from, to), oldest first, without what the mentee wrote', async () => {
      const { request: second } = await requests().create(aNewRequest({ createdAt: hours(5) }));
      await requests().create(aNewRequest({ createdAt: hours(10) }));
      const { request: first } = await requests().create(aNewRequest({ createdAt: hours(0) }));
      await requests().create(aNewRequest({ createdAt: hours(-1) }));
      const sent = await requests().findCreatedBetween(hours(0), hours(10));
      expect(ids(sent)).toEqual([first.id, second.id]);
      expect(withoutDescription(sent)).toBe(true);
    });
  });
}
