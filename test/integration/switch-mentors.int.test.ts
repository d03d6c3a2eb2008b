import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Group } from '../../src/program/roster.js';
import type { TestStores as Stores, UseCases as AppServices } from '../support/use-cases.js';
import { parseCsv } from '../../src/program/csv.js';
import type { ExportRequest } from '../../src/features/exports/domain/export.js';
import { SWITCH_COLUMNS } from '../../src/features/switching/domain/switch-rows.js';
import type { SwitchSubmission } from '../../src/features/switching/outcomes.js';
import type { Database } from '../../src/program/store/database.js';
import { startApp, type AppHarness } from '../support/app-harness.js';
import type { FakeSlack } from '../../src/demo/slack-simulator/fake-slack.js';
import type { FakeMessage } from '../../src/demo/slack-simulator/fake-workspace.js';
import { seedProgram, slackUsersOf, type PersonSpec } from '../support/program-fixture.js';

/** Friday 30 October 2026, 10:00 in Chicago (the program's zone). */
const now = new Date('2026-10-30T15:00:00Z');
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const seededAt = new Date('2026-08-01T00:00:00Z');

const ADMIN = 'U0ADMIN001';
/** An admin from the roster rather than from ADMIN_USER_IDS. */
const ROSTER_ADMIN = 'U0ADMIN002';
const [F1, P3, P4, P5, P6, P7, P8] = ['U0FAC1', 'U0P3', 'U0P4', 'U0P5', 'U0P6', 'U0P7', 'U0P8'];
/** One mentee of Blue-Okafor per scenario, so scenarios do not touch each other. */
const M = { ask: 'U0MASK', double: 'U0MDBL', history: 'U0MHIS', finish: 'U0MFIN', decline: 'U0MDEC', cancel: 'U0MCAN', handover: 'U0MHND' };
const OUTSIDER = 'U0OUTSIDE';
const DETAILS = 'my mentor keeps cancelling our meetings at the last minute';

const people: PersonSpec[] = [
  { id: ADMIN, name: 'Coordinator', roles: [] },
  { id: ROSTER_ADMIN, name: 'Clinical Office', roles: ['admin'] },
  { id: F1, name: 'Dr. Okafor', roles: ['faculty'] },
  ...[P3, P4, P5, P6, P7, P8].map((id) => ({ id, name: `Mentor ${id}`, roles: ['peer_mentor' as const] })),
  ...Object.values(M).map((id) => ({ id, name: `Mentee ${id}`, roles: ['mentee' as const], timezone: 'America/Los_Angeles' })),
  ...['U0L1', 'U0G1', 'U0G2', 'U0R1', 'U0R2', 'U0R3', 'U0R4', 'U0R5', 'U0R6'].map((id) => ({ id, name: `Mentee ${id}`, roles: ['mentee' as const] })),
  { id: OUTSIDER, name: 'Visitor', roles: [] },
];

describe('switching mentors, on a real database and the fake Slack', () => {
  let app: AppHarness;
  let db: Database;
  let stores: Stores;
  let slack: FakeSlack;
  let services: AppServices;
  let groups: Map<string, Group>;

  beforeAll(async () => {
    app = await startApp({
      label: 'switches',
      users: slackUsersOf({ people }),
      env: { PROGRAM_TIMEZONE: 'America/Chicago', ADMIN_USER_IDS: ADMIN, SWITCH_GROUP_CAPACITY: '6' },
    });
    ({ database: db, stores, slack, useCases: services } = app);
    slack.addChannel({ id: 'C0BLUEOKA', name: 'blue-okafor', members: [slack.bot.userId, ...Object.values(M), P3, P4, F1] });
    slack.addChannel({ id: 'C0BLUELEE', name: 'blue-lee', members: [slack.bot.userId, 'U0L1', P5, P6] });
    groups = await seedProgram(stores.roster, {
      people,
      groups: [
        { name: 'Blue-Okafor', mentees: Object.values(M), mentors: [P3, P4], faculty: [F1], channelId: 'C0BLUEOKA' },
        { name: 'Blue-Lee', mentees: ['U0L1'], mentors: [P5, P6], channelId: 'C0BLUELEE' },
        { name: 'Green-Abe', mentees: ['U0G1', 'U0G2'], mentors: [P7] },
        { name: 'Red-Full', mentees: ['U0R1', 'U0R2', 'U0R3', 'U0R4', 'U0R5', 'U0R6'], mentors: [P8] },
        { name: 'Gold-Empty' },
      ],
      at: seededAt,
    });
  });
  afterAll(async () => {
    await app?.stop();
  });

  const groupId = (name: string) => groups.get(name)!.id;
  const submission = (actorId: string, menteeId: string, viewId: string, overrides: Partial<SwitchSubmission> = {}): SwitchSubmission => ({
    actorId,
    menteeId,
    viewId,
    reason: 'communication',
    details: DETAILS,
    preferredGroupId: undefined,
    ...overrides,
  });
  const ask = async (menteeId: string, viewId: string, overrides: Partial<SwitchSubmission> = {}) => {
    const outcome = await services.submitSwitch(submission(menteeId, menteeId, viewId, overrides), now);
    if (outcome.kind !== 'sent') throw new Error(`not sent: ${outcome.reason}`);
    return outcome.request;
  };
  const full = (m: FakeMessage) => `${m.text} ${JSON.stringify(m.blocks)}`;
  /** The copies of the admins' message about a request, in each admin's DM. */
  const adminCopies = (requestId: string) =>
    [ADMIN, ROSTER_ADMIN].flatMap((admin) => slack.dmsTo(admin)).filter((m) => JSON.stringify(m.blocks).includes(`"value":"${requestId}"`));
  const callsFor = (method: string, user: string) => slack.callsTo(method).filter((c) => c.args['user'] === user || c.args['users'] === user);
  const currentGroupsOf = async (personId: string) =>
    (await stores.roster.findMemberships({ current: true, personIds: [personId] })).map((m) => [...groups.values()].find((g) => g.id === m.groupId)!.name);

  describe('the store', () => {
    it('counts current members by group and role in one aggregation, and finds the roster’s admins', async () => {
      const counts = await stores.roster.countCurrentMembers();
      const count = (name: string, role: string) => counts.find((c) => c.groupId === groupId(name) && c.role === role)?.count;
      expect([count('Blue-Okafor', 'mentee'), count('Blue-Okafor', 'peer_mentor'), count('Blue-Okafor', 'faculty')]).toEqual([7, 2, 1]);
      expect([count('Red-Full', 'mentee'), count('Green-Abe', 'peer_mentor'), count('Gold-Empty', 'mentee')]).toEqual([6, 1, undefined]);
      expect((await stores.roster.findPeopleWithRole('admin')).map((p) => p.id)).toEqual([ROSTER_ADMIN]);
    });
  });

  describe('asking', () => {
    it('offers the groups with room, ranked, and refuses people who may not ask', async () => {
      const form = await services.startSwitch(M.ask, undefined);
      expect(form).toMatchObject({ kind: 'form', menteeId: M.ask, asMentor: false, fromGroupName: 'Blue-Okafor' });
      // Same Learning Community first; Red-Full is full (capacity 6), Gold-Empty has no peer mentor.
      expect(form.kind === 'form' && form.targets.map((t) => [t.group.name, t.mentees, t.sameCommunity])).toEqual([
        ['Blue-Lee', 1, true],
        ['Green-Abe', 2, false],
      ]);
      expect(await services.startSwitch(P3, M.ask)).toMatchObject({ kind: 'form', menteeId: M.ask, asMentor: true });
      for (const [actor, mentee, reason] of [
        [P5, M.ask, 'not_their_mentor'],
        [F1, M.ask, 'not_their_mentor'],
        [M.double, M.ask, 'not_their_mentor'],
        [OUTSIDER, undefined, 'not_a_mentee'],
        [P3, undefined, 'not_a_mentee'],
        [P3, OUTSIDER, 'not_their_mentor'],
      ] as const) {
        // Whom to contact: the configured admins and the roster's.
        expect(await services.startSwitch(actor, mentee)).toEqual({ kind: 'refused', reason, adminIds: [ADMIN, ROSTER_ADMIN] });
      }
      const refused = await services.submitSwitch(submission(P5, M.ask, 'VREFUSED'), now);
      expect(refused).toEqual({ kind: 'not_sent', reason: 'not_their_mentor' });
      expect(await db.connection.collection('switch_requests').countDocuments({})).toBe(0);
    });

    it('stores one open request per mentee, however many submissions race; a repeated form stores nothing new', async () => {
      const outcomes = await Promise.all(Array.from({ length: 6 }, (_, i) => services.submitSwitch(submission(M.ask, M.ask, `VASK${i}`), now)));
      const sent = outcomes.filter((o) => o.kind === 'sent');
      expect(sent).toHaveLength(1);
      expect(outcomes.filter((o) => o.kind === 'not_sent' && o.reason === 'already_open')).toHaveLength(5);
      expect(await db.connection.collection('switch_requests').countDocuments({ menteeId: M.ask })).toBe(1);
      const request = sent[0]!.kind === 'sent' ? sent[0]!.request : undefined;
      expect(request).toMatchObject({ status: 'open', requestedBy: M.ask, requesterRole: 'mentee', fromGroupId: groupId('Blue-Okafor'), reason: 'communication', details: DETAILS });

      // Each admin has one copy: ADMIN_USER_IDS and the roster's admin, each in their DM.
      const copies = adminCopies(request!.id);
      expect(copies.map((m) => m.channel).sort()).toEqual([slack.dmWith(ADMIN)!.id, slack.dmWith(ROSTER_ADMIN)!.id].sort());
      expect((await stores.switches.find(request!.id))!.adminMessages).toHaveLength(2);
      expect(full(copies[0]!)).toContain(DETAILS);
      expect(full(copies[0]!)).toContain('Blue-Lee — 1 mentee · same Learning Community');
      expect(full(copies[0]!)).toContain(`"initial_option":{"text":{"type":"plain_text","text":"Blue-Lee`);

      // The same form delivered again, and a peer mentor's handover attempt meanwhile: nothing new.
      const again = await services.submitSwitch(submission(M.ask, M.ask, `VASK${outcomes.indexOf(sent[0]!)}`), later(1));
      expect(again).toMatchObject({ kind: 'sent', created: false });
      expect(await services.submitSwitch(submission(P3, M.ask, 'VASKMENTOR'), later(2))).toEqual({ kind: 'not_sent', reason: 'already_open' });
      expect(adminCopies(request!.id)).toHaveLength(2);
      expect(slack.dmsTo(M.ask).filter((m) => m.text.includes('is with the program coordinators'))).toHaveLength(1);

      expect(await services.startSwitch(M.ask, undefined)).toMatchObject({ kind: 'already_open', mine: true, request: { id: request!.id } });
      expect(await services.startSwitch(P3, M.ask)).toMatchObject({ kind: 'already_open', mine: false });
    });
  });

  describe('deciding', () => {
    it('refuses a non-admin’s approval, decline and finish, and changes nothing', async () => {
      const request = (await stores.switches.findOpenFor(M.ask))!;
      const callsBefore = slack.calls.length;
      for (const actor of [P3, M.ask, F1]) {
        expect(await services.approveSwitch({ requestId: request.id, actorId: actor, targetGroupId: groupId('Blue-Lee') }, now)).toMatchObject({
          kind: 'refused',
          reason: 'admins_only',
        });
        expect(await services.startDeclineSwitch({ requestId: request.id, actorId: actor })).toMatchObject({ kind: 'refused', reason: 'admins_only' });
        expect(await services.finishSwitch({ requestId: request.id, actorId: actor }, now)).toMatchObject({ kind: 'refused', reason: 'admins_only' });
      }
      expect(await stores.switches.find(request.id)).toMatchObject({ status: 'open', decidedBy: undefined });
      expect(await currentGroupsOf(M.ask)).toEqual(['Blue-Okafor']);
      expect(slack.calls.length).toBe(callsBefore);
      expect(await services.approveSwitch({ requestId: '65f000000000000000000009', actorId: ADMIN, targetGroupId: undefined }, now)).toMatchObject({
        kind: 'refused',
        reason: 'not_found',
      });
      // A group without room, or the current group, is refused too.
      for (const [target, reason] of [
        ['Red-Full', 'no_room'],
        ['Gold-Empty', 'no_room'],
        ['Blue-Okafor', 'same_group'],
      ] as const) {
        expect(await services.approveSwitch({ requestId: request.id, actorId: ADMIN, targetGroupId: groupId(target) }, now)).toMatchObject({ kind: 'refused', reason });
      }
      expect((await stores.switches.find(request.id))!.status).toBe('open');
    });

    it('decides a double approval once: one move, one set of messages, every copy updated', async () => {
      const request = await ask(M.double, 'VDOUBLE');
      const outcomes = await Promise.all([
        services.approveSwitch({ requestId: request.id, actorId: ADMIN, targetGroupId: groupId('Blue-Lee') }, later(1)),
        services.approveSwitch({ requestId: request.id, actorId: ROSTER_ADMIN, targetGroupId: groupId('Green-Abe') }, later(1)),
      ]);
      expect(outcomes.filter((o) => o.kind === 'done')).toHaveLength(1);
      expect(outcomes.filter((o) => o.kind === 'refused' && o.reason === 'already_decided')).toHaveLength(1);
      const decided = (await stores.switches.find(request.id))!;
      const winner = outcomes[0]!.kind === 'done' ? ADMIN : ROSTER_ADMIN;
      const target = winner === ADMIN ? 'Blue-Lee' : 'Green-Abe';
      expect(decided).toMatchObject({ status: 'approved', decidedBy: winner, targetGroupId: groupId(target) });
      expect(await currentGroupsOf(M.double)).toEqual([target]);
      expect(callsFor('conversations.kick', M.double)).toHaveLength(1);
      expect(callsFor('conversations.invite', M.double)).toHaveLength(target === 'Blue-Lee' ? 1 : 0);
      expect(slack.dmsTo(M.double).filter((m) => m.text.includes('You have moved to'))).toHaveLength(1);
      expect(slack.dmsTo(P3).filter((m) => m.text.includes(`<@${M.double}> has moved`))).toHaveLength(1);
      for (const copy of adminCopies(request.id)) {
        expect(full(copy)).toContain(`Approved by <@${winner}>`);
        expect(full(copy)).not.toContain('switch_approve');
      }
      // A later click changes nothing.
      const late = await services.approveSwitch({ requestId: request.id, actorId: ADMIN, targetGroupId: groupId('Blue-Lee') }, later(5));
      expect(late).toMatchObject({ kind: 'refused', reason: 'already_decided' });
      expect(callsFor('conversations.kick', M.double)).toHaveLength(1);
      expect(await currentGroupsOf(M.double)).toEqual([target]);
      // The audit trail holds the one decision that counted, and each admin's copy of the details once.
      const audited = (await stores.audit.findBetween(new Date(0), later(60))).filter((e) => e.subject === request.id);
      expect(audited.filter((e) => e.action === 'switch-decision')).toEqual([{ at: later(1), actor: winner, action: 'switch-decision', subject: request.id, detail: 'approved' }]);
      expect(audited.filter((e) => e.action === 'switch-details-view').map((e) => e.actor).sort()).toEqual([ADMIN, ROSTER_ADMIN].sort());
    });

    it('keeps the history and the ledger after a move, and moves open requests to the new mentors', async () => {
      await stores.contacts.record({
        mentorId: P3,
        menteeIds: [M.history],
        at: new Date('2026-10-05T17:00:00Z'),
        date: '2026-10-05',
        kind: 'call',
        group: false,
        minutes: 20,
        note: undefined,
        source: 'logged',
        sourceKey: 'test:history-call',
        createdAt: new Date('2026-10-05T17:00:00Z'),
      });
      const help = await services.submitRequest(
        { menteeId: M.history, viewId: 'VHELP', topic: 'study_tips', urgency: 'routine', reach: 'slack', audience: 'cohort', description: 'Renal block study plan?' },
        later(-60),
      );
      const old = help.kind === 'sent' ? help.request : undefined;
      expect(old?.mentorIds).toEqual([P3, P4]);

      const request = await ask(M.history, 'VHISTORY', { preferredGroupId: groupId('Blue-Lee') });
      const outcome = await services.approveSwitch({ requestId: request.id, actorId: ADMIN, targetGroupId: undefined }, now);
      expect(outcome).toMatchObject({ kind: 'done', card: { unfinished: [] } });
      expect(await stores.switches.find(request.id)).toMatchObject({ status: 'approved', decidedBy: ADMIN, decidedAt: now, targetGroupId: groupId('Blue-Lee') });

      // History: the old membership closed and the new one opened at the same instant; nothing edited away.
      const history = await stores.roster.findMemberships({ personIds: [M.history] });
      expect(history.map((m) => [m.groupId, m.role, m.from, m.to])).toEqual([
        [groupId('Blue-Okafor'), 'mentee', seededAt, now],
        [groupId('Blue-Lee'), 'mentee', now, undefined],
      ]);
      const october = { from: new Date('2026-10-01T05:00:00Z'), to: new Date('2026-11-01T05:00:00Z') };
      expect((await stores.roster.findMemberships({ personIds: [M.history], overlapping: october })).map((m) => m.groupId)).toEqual([
        groupId('Blue-Okafor'),
        groupId('Blue-Lee'),
      ]);
      expect(await currentGroupsOf(M.history)).toEqual(['Blue-Lee']);
      // The ledger counts by mentee: the contact logged with the old mentor still counts toward October.
      expect((await stores.contacts.findForMentees([M.history], '2026-10-01', '2026-10-31')).map((c) => [c.mentorId, c.date])).toEqual([[P3, '2026-10-05']]);

      // The open request went to the new mentors; the old message says it moved, never why.
      const ended = (await stores.requests.find(old!.id))!;
      expect(ended).toMatchObject({ closedAs: 'moved', closedBy: ADMIN });
      const oldMessage = slack.messages.find((m) => m.channel === ended.channelId && m.ts === ended.messageTs)!;
      expect(full(oldMessage)).toContain(`Moved: <@${M.history}> has joined another mentoring group`);
      expect(full(oldMessage)).not.toContain('request_claim');
      const moved = (await stores.requests.findAwaitingFor(M.history))[0]!;
      expect(moved).toMatchObject({ sourceKey: `moved:${old!.id}`, mentorIds: [P5, P6], description: 'Renal block study plan?', routedTo: 'mentors' });
      expect(slack.channels.get(moved.channelId!)!.members.sort()).toEqual([M.history, P5, P6, slack.bot.userId].sort());

      // Slack: out of the old channel, into the new one, introduced there; the old mentors and the mentee told.
      expect(slack.channels.get('C0BLUEOKA')!.members).not.toContain(M.history);
      expect(slack.channels.get('C0BLUELEE')!.members).toContain(M.history);
      const intro = slack.postsTo('C0BLUELEE').find((m) => m.text.includes(`welcome <@${M.history}>`))!;
      expect(intro.text).toContain(`<@${P5}> and <@${P6}>`);
      const toMentee = slack.dmsTo(M.history).find((m) => m.text.includes('You have moved to'))!;
      expect(toMentee.text).toContain('*Blue-Lee*');
      expect(toMentee.text).toContain('<#C0BLUELEE>');
      expect(toMentee.text).toContain('open request went to them');
      for (const mentor of [P3, P4]) {
        const told = slack.dmsTo(mentor).filter((m) => m.text.includes(`<@${M.history}> has moved to another mentoring group`));
        expect(told).toHaveLength(1);
        expect(full(told[0]!)).not.toMatch(/cancelling|Communication|reason/i);
      }
      // What the mentee wrote reached nobody but the admins.
      const everyoneButAdmins = slack.messages.filter((m) => ![slack.dmWith(ADMIN)?.id, slack.dmWith(ROSTER_ADMIN)?.id].includes(m.channel));
      expect(everyoneButAdmins.filter((m) => full(m).includes(DETAILS))).toEqual([]);
    });

    it('finishes a move whose Slack step failed, repeating nothing that was done', async () => {
      const request = await ask(M.finish, 'VFINISH');
      slack.failNext('conversations.kick', { kind: 'error', error: 'internal_error' }, 1, (args) => args['user'] === M.finish);
      const first = await services.approveSwitch({ requestId: request.id, actorId: ADMIN, targetGroupId: groupId('Blue-Lee') }, now);
      expect(first).toMatchObject({ kind: 'done', card: { unfinished: ['leave_channel', 'join_channel', 'introduction', 'former_mentors', 'mentee'] } });
      expect(await currentGroupsOf(M.finish)).toEqual(['Blue-Lee']);
      expect(callsFor('conversations.invite', M.finish)).toHaveLength(0);
      for (const copy of adminCopies(request.id)) expect(full(copy)).toContain('switch_finish');

      expect(await services.finishSwitch({ requestId: request.id, actorId: P3 }, later(1))).toMatchObject({ kind: 'refused', reason: 'admins_only' });
      const second = await services.finishSwitch({ requestId: request.id, actorId: ROSTER_ADMIN }, later(1));
      expect(second).toMatchObject({ kind: 'done', card: { unfinished: [] } });
      await services.finishSwitch({ requestId: request.id, actorId: ADMIN }, later(2));
      expect(callsFor('conversations.kick', M.finish)).toHaveLength(1);
      expect(callsFor('conversations.invite', M.finish)).toHaveLength(1);
      expect(slack.postsTo('C0BLUELEE').filter((m) => m.text.includes(`welcome <@${M.finish}>`))).toHaveLength(1);
      expect(slack.dmsTo(P4).filter((m) => m.text.includes(`<@${M.finish}> has moved`))).toHaveLength(1);
      expect(slack.dmsTo(M.finish).filter((m) => m.text.includes('You have moved to'))).toHaveLength(1);
      expect(await stores.roster.findMemberships({ personIds: [M.finish], current: true })).toHaveLength(1);
      for (const copy of adminCopies(request.id)) {
        expect(full(copy)).not.toContain('switch_finish');
        expect(full(copy)).toContain(`Approved by <@${ADMIN}>`);
      }
    });

    it('declines with the admin’s message to the mentee, and changes nothing else', async () => {
      const request = await ask(M.decline, 'VDECLINE');
      expect(await services.startDeclineSwitch({ requestId: request.id, actorId: ROSTER_ADMIN })).toMatchObject({ kind: 'done', card: { menteeName: `Mentee ${M.decline}` } });
      const words = 'Let us talk first: I booked you a meeting with Dr. Okafor next week.';
      expect(await services.declineSwitch({ requestId: request.id, actorId: ROSTER_ADMIN, message: words }, now)).toMatchObject({ kind: 'done' });
      expect(await stores.switches.find(request.id)).toMatchObject({ status: 'declined', decidedBy: ROSTER_ADMIN, adminMessage: words, targetGroupId: undefined });
      const told = slack.dmsTo(M.decline).find((m) => m.text.includes('will not move you'))!;
      expect(full(told)).toContain(words);
      expect(told.text).toContain(`<@${ROSTER_ADMIN}> wrote`);
      expect(await currentGroupsOf(M.decline)).toEqual(['Blue-Okafor']);
      expect(callsFor('conversations.kick', M.decline)).toEqual([]);
      expect(slack.dmsTo(P3).filter((m) => m.text.includes(`<@${M.decline}>`))).toEqual([]);
      for (const copy of adminCopies(request.id)) expect(full(copy)).toContain(`Declined by <@${ROSTER_ADMIN}>`);

      // A second decision is refused (and the admin told why, since a form has no reply); the mentee may ask again.
      expect(await services.declineSwitch({ requestId: request.id, actorId: ADMIN, message: 'No.' }, later(1))).toMatchObject({ kind: 'refused', reason: 'already_decided' });
      expect(slack.dmsTo(ADMIN).at(-1)!.text).toContain(`Declined by <@${ROSTER_ADMIN}>`);
      expect(await services.approveSwitch({ requestId: request.id, actorId: ADMIN, targetGroupId: groupId('Blue-Lee') }, later(1))).toMatchObject({ reason: 'already_decided' });
      expect(slack.dmsTo(M.decline).filter((m) => m.text.includes('will not move you'))).toHaveLength(1);
      expect(await services.startSwitch(M.decline, undefined)).toMatchObject({ kind: 'form' });
    });

    it('lets only the asker cancel; every copy shows it and the mentee may ask again', async () => {
      const request = await ask(M.cancel, 'VCANCEL');
      expect(await services.cancelSwitch({ requestId: request.id, actorId: P3 }, now)).toMatchObject({ kind: 'refused', reason: 'requester_only' });
      expect(await services.cancelSwitch({ requestId: request.id, actorId: ADMIN }, now)).toMatchObject({ kind: 'refused', reason: 'requester_only' });
      expect(await services.cancelSwitch({ requestId: request.id, actorId: M.cancel }, now)).toMatchObject({ kind: 'done' });
      expect(await stores.switches.find(request.id)).toMatchObject({ status: 'cancelled', decidedBy: M.cancel });
      for (const copy of adminCopies(request.id)) expect(full(copy)).toContain(`Cancelled by <@${M.cancel}>`);
      expect(await services.cancelSwitch({ requestId: request.id, actorId: M.cancel }, later(1))).toMatchObject({ kind: 'refused', reason: 'already_decided' });
      expect(await services.approveSwitch({ requestId: request.id, actorId: ADMIN, targetGroupId: undefined }, later(1))).toMatchObject({ reason: 'already_decided' });
      expect(await currentGroupsOf(M.cancel)).toEqual(['Blue-Okafor']);
      const again = await ask(M.cancel, 'VCANCEL2');
      expect(again.id).not.toBe(request.id);
    });

    it('takes a peer mentor’s handover request; a decline goes back to that mentor, not to the mentee', async () => {
      const outcome = await services.submitSwitch(submission(P4, M.handover, 'VHANDOVER', { reason: 'interests', details: undefined }), now);
      const request = outcome.kind === 'sent' ? outcome.request : undefined;
      expect(request).toMatchObject({ menteeId: M.handover, requestedBy: P4, requesterRole: 'mentor', details: undefined });
      expect(full(adminCopies(request!.id)[0]!)).toContain(`Request to hand over* <@${M.handover}>, asked by their peer mentor <@${P4}>`);
      expect(slack.dmsTo(P4).at(-1)!.text).toContain(`hand <@${M.handover}> over`);
      await services.declineSwitch({ requestId: request!.id, actorId: ADMIN, message: 'Please keep meeting them this semester.' }, now);
      expect(full(slack.dmsTo(P4).at(-1)!)).toContain('Please keep meeting them this semester.');
      expect(slack.dmsTo(M.handover)).toEqual([]);
    });
  });

  describe('the audit trail', () => {
    it('exports every request, decision, decider and time, never the private details or the admin’s message', async () => {
      const exportRows = async (from: string, to: string) => {
        const outcome = await services.buildExport('cli:test', { kind: 'switches', from, to } satisfies ExportRequest, now);
        if (!outcome.ok) throw new Error(`export refused: ${outcome.problem.code}`);
        const [header, ...records] = parseCsv(outcome.file.csv).records.map((r) => r.cells);
        expect(header).toEqual([...SWITCH_COLUMNS]);
        return { csv: outcome.file.csv, rows: records.map((cells) => Object.fromEntries(SWITCH_COLUMNS.map((h, i) => [h, cells[i]]))) };
      };
      const { csv, rows } = await exportRows('2026-10', '2026-10');
      expect(rows).toHaveLength(await db.connection.collection('switch_requests').countDocuments({}));
      expect(rows.find((r) => r['mentee_id'] === M.history)).toEqual({
        request_id: expect.stringMatching(/^[0-9a-f]{24}$/),
        created_at: now.toISOString(),
        mentee_id: M.history,
        mentee_name: `Mentee ${M.history}`,
        requested_by: M.history,
        requester_role: 'mentee',
        from_group: 'Blue-Okafor',
        reason: 'communication',
        preferred_group: 'Blue-Lee',
        status: 'approved',
        decided_by: ADMIN,
        decided_at: now.toISOString(),
        target_group: 'Blue-Lee',
      });
      expect(rows.find((r) => r['mentee_id'] === M.decline)).toMatchObject({ status: 'declined', decided_by: ROSTER_ADMIN, target_group: '' });
      expect(rows.find((r) => r['mentee_id'] === M.handover)).toMatchObject({ requested_by: P4, requester_role: 'mentor', reason: 'interests' });
      expect(rows.filter((r) => r['mentee_id'] === M.cancel).map((r) => r['status']).sort()).toEqual(['cancelled', 'open']);
      expect(csv).not.toContain(DETAILS);
      expect(csv).not.toMatch(/booked you a meeting|keep meeting them/);
      // Months outside the range export nothing.
      expect((await exportRows('2026-11', '2026-12')).rows).toEqual([]);
      expect((await exportRows('2026-08', '2026-09')).rows).toEqual([]);
    });
  });
});
