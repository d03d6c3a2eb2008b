import { describe, expect, it } from 'vitest';
import type { NewSwitchRequest } from '../../../src/program/records/switch-request.js';
import type { SwitchStore } from '../../../src/program/ports.js';
import { freshStorePerTest, type MakeStore } from './store-contract.js';

const t0 = new Date('2026-10-12T15:00:00Z');
const hours = (n: number) => new Date(t0.getTime() + n * 3_600_000);

let seq = 0;
const aNewSwitch = (overrides: Partial<NewSwitchRequest> = {}): NewSwitchRequest => ({
  menteeId: 'M1',
  requestedBy: 'M1',
  requesterRole: 'mentee',
  subject: 'group',
  fromGroupId: 'G-blue',
  reason: 'schedule',
  details: 'Our meeting times clash with my lab.',
  preferredGroupId: undefined,
  createdAt: t0,
  sourceKey: `view:S${++seq}`,
  ...overrides,
});

/** The SwitchStore contract: the audit trail of switch requests, at most one open per mentee. */
export function describeSwitchStoreContract(name: string, makeStore: MakeStore<SwitchStore>): void {
  describe(`${name} (SwitchStore contract)`, () => {
    const switches = freshStorePerTest(makeStore);

    it('stores a request open, with everything the form said', async () => {
      const asked = aNewSwitch({ requestedBy: 'P3', requesterRole: 'mentor', reason: 'communication', preferredGroupId: 'G-green' });
      const outcome = await switches().create(asked);
      expect(outcome.kind).toBe('created');
      const stored = outcome.request!;
      expect(stored).toMatchObject({ ...asked, status: 'open', adminMessages: [] });
      expect([stored.decidedBy, stored.decidedAt, stored.targetGroupId, stored.adminMessage]).toEqual([undefined, undefined, undefined, undefined]);
      expect(await switches().find(stored.id)).toEqual(stored);
      expect(await switches().findOpenFor('M1')).toEqual(stored);
    });

    it('stores one request per form, however many deliveries arrive at once, and hands the others the same one', async () => {
      const outcomes = await Promise.all(Array.from({ length: 6 }, () => switches().create(aNewSwitch({ sourceKey: 'view:SV1' }))));
      expect(outcomes.filter((o) => o.kind === 'created')).toHaveLength(1);
      expect(outcomes.filter((o) => o.kind === 'again')).toHaveLength(5);
      expect(new Set(outcomes.map((o) => o.request?.id)).size).toBe(1);
      expect(await switches().findCreatedBetween(hours(-1), hours(1))).toHaveLength(1);
    });

    it('keeps at most one open request per mentee, even when different forms race', async () => {
      const outcomes = await Promise.all([
        switches().create(aNewSwitch({ requestedBy: 'M1', requesterRole: 'mentee' })),
        switches().create(aNewSwitch({ requestedBy: 'P3', requesterRole: 'mentor' })),
        switches().create(aNewSwitch({ requestedBy: 'P4', requesterRole: 'mentor' })),
      ]);
      const created = outcomes.filter((o) => o.kind === 'created');
      expect(created).toHaveLength(1);
      expect(outcomes.filter((o) => o.kind === 'open_exists')).toHaveLength(2);
      for (const o of outcomes) expect(o.request?.id).toBe(created[0]!.request!.id);
      expect(await switches().findCreatedBetween(hours(-1), hours(1))).toHaveLength(1);
    });

    it('tells a later form that the mentee already has an open request, and stores nothing', async () => {
      const { request: open } = await switches().create(aNewSwitch({ createdAt: t0 }));
      const later = await switches().create(aNewSwitch({ requestedBy: 'P3', requesterRole: 'mentor', reason: 'other', createdAt: hours(1) }));
      expect(later).toEqual({ kind: 'open_exists', request: open });
      expect(await switches().findCreatedBetween(hours(-1), hours(2))).toEqual([open]);
      expect((await switches().create(aNewSwitch({ menteeId: 'M2', requestedBy: 'M2' }))).kind).toBe('created');
    });

    it('records the decision and frees the mentee to ask again', async () => {
      const { request } = await switches().create(aNewSwitch());
      await switches().markDecided(request!.id, { status: 'approved', by: 'A1', at: hours(5), targetGroupId: 'G-green' });
      expect(await switches().find(request!.id)).toMatchObject({
        status: 'approved',
        decidedBy: 'A1',
        decidedAt: hours(5),
        targetGroupId: 'G-green',
        adminMessage: undefined,
        details: 'Our meeting times clash with my lab.',
      });
      expect(await switches().findOpenFor('M1')).toBeUndefined();
      const again = await switches().create(aNewSwitch({ createdAt: hours(6) }));
      expect(again.kind).toBe('created');
      expect(await switches().findOpenFor('M1')).toEqual(again.request);
    });

    it('keeps the admin’s message to the mentee on decline', async () => {
      const { request } = await switches().create(aNewSwitch());
      await switches().markDecided(request!.id, { status: 'declined', by: 'A1', at: hours(2), adminMessage: 'Let us talk first.' });
      expect(await switches().find(request!.id)).toMatchObject({ status: 'declined', decidedBy: 'A1', adminMessage: 'Let us talk first.', targetGroupId: undefined });
    });

    it('remembers every place a copy of the admins’ message was posted, in order', async () => {
      const { request } = await switches().create(aNewSwitch());
      await switches().addAdminMessage(request!.id, { channelId: 'D-A1', ts: '1700000000.000100' });
      await switches().addAdminMessage(request!.id, { channelId: 'D-A2', ts: '1700000000.000200' });
      expect((await switches().find(request!.id))?.adminMessages).toEqual([
        { channelId: 'D-A1', ts: '1700000000.000100' },
        { channelId: 'D-A2', ts: '1700000000.000200' },
      ]);
    });

    it('answers "not found" for ids that do not exist or are not ids at all, and for mentees with nothing open', async () => {
      expect(await switches().find('not-an-id')).toBeUndefined();
      expect(await switches().find('0123456789abcdef01234567')).toBeUndefined();
      expect(await switches().findOpenFor('M404')).toBeUndefined();
    });

    it('finds the requests made in [from, to), oldest first, decided ones included', async () => {
      const { request: second } = await switches().create(aNewSwitch({ menteeId: 'M2', createdAt: hours(5) }));
      await switches().create(aNewSwitch({ menteeId: 'M3', createdAt: hours(10) }));
      const { request: first } = await switches().create(aNewSwitch({ menteeId: 'M4', createdAt: hours(0) }));
      await switches().create(aNewSwitch({ menteeId: 'M5', createdAt: hours(-1) }));
      await switches().markDecided(first!.id, { status: 'cancelled', by: 'M4', at: hours(1) });
      expect((await switches().findCreatedBetween(hours(0), hours(10))).map((r) => [r.id, r.status])).toEqual([
        [first!.id, 'cancelled'],
        [second!.id, 'open'],
      ]);
    });

    it('counts the open requests per group asked from, leaving out decided ones and groups with none', async () => {
      await switches().create(aNewSwitch({ menteeId: 'M1', fromGroupId: 'G-blue' }));
      await switches().create(aNewSwitch({ menteeId: 'M2', fromGroupId: 'G-blue' }));
      await switches().create(aNewSwitch({ menteeId: 'M3', fromGroupId: 'G-green' }));
      await switches().create(aNewSwitch({ menteeId: 'M4', fromGroupId: 'G-red' }));
      const { request: decided } = await switches().create(aNewSwitch({ menteeId: 'M5', fromGroupId: 'G-gold' }));
      await switches().markDecided(decided!.id, { status: 'declined', by: 'A1', at: hours(1) });
      expect(await switches().countPending(['G-blue', 'G-green', 'G-gold', 'G-none'])).toEqual(
        new Map([
          ['G-blue', 2],
          ['G-green', 1],
        ]),
      );
      expect(await switches().countPending([])).toEqual(new Map());
    });
  });
}
