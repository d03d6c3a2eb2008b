import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestStores as Stores, UseCases as AppServices } from '../support/use-cases.js';
import type { RequestSubmission } from '../../src/features/requests/request-help.js';
import type { Database } from '../../src/program/store/database.js';
import { startApp, type AppHarness } from '../support/app-harness.js';
import type { FakeSlack } from '../../src/demo/slack-simulator/fake-slack.js';
import type { FakeMessage } from '../../src/demo/slack-simulator/fake-workspace.js';
import { seedProgram, slackUsersOf, type PersonSpec, type ProgramFixture } from '../support/program-fixture.js';

/** Friday 30 October 2026, 10:00 in Chicago (the program's zone). */
const now = new Date('2026-10-30T15:00:00Z');
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const ADMIN = 'U0ADMIN001';

/** A cohort of its own for each scenario: faculty, a Pair, two mentees and, optionally, a group channel. */
function aCohort(tag: string, options: { channelId?: string } = {}) {
  const id = (role: string) => `U${tag}${role}`.toUpperCase();
  const ids = { faculty: id('FAC'), m3: id('P3'), m4: id('P4'), mentee: id('ME1'), mentee2: id('ME2') };
  const people: PersonSpec[] = [
    { id: ids.faculty, name: `Faculty ${tag}`, roles: ['faculty'], timezone: 'America/Chicago' },
    { id: ids.m3, name: `Third ${tag}`, roles: ['peer_mentor'], year: 3, timezone: 'America/New_York' },
    { id: ids.m4, name: `Fourth ${tag}`, roles: ['peer_mentor'], year: 4 },
    { id: ids.mentee, name: `Mentee ${tag}`, roles: ['mentee'], year: 1, timezone: 'America/Los_Angeles' },
    { id: ids.mentee2, name: `Mentee2 ${tag}`, roles: ['mentee'], year: 2 },
  ];
  const program: ProgramFixture = {
    people,
    groups: [
      {
        name: `${tag}-Cohort`,
        mentees: [ids.mentee, ids.mentee2],
        mentors: [ids.m3, ids.m4],
        faculty: [ids.faculty],
        ...(options.channelId === undefined ? {} : { channelId: options.channelId }),
      },
    ],
  };
  return { ids, people, program };
}

const cohorts = {
  send: aCohort('snd'),
  away: aCohort('awy'),
  life: aCohort('lif'),
  msg: aCohort('msg'),
  tell: aCohort('tel', { channelId: 'C0TELLGRP1' }),
  lone: aCohort('lon'),
  confirm: aCohort('cnf'),
};
const mdphd = { mentor: 'U0MDPHDPX1', program: { people: [{ id: 'U0MDPHDPX1', name: 'MD/PhD mentor', roles: ['peer_mentor'] }] } as const };
const outsider: PersonSpec = { id: 'U0OUTSIDE1', name: 'Not in the program', roles: [] };

describe('requests for help and time away, on a real database and the fake Slack', () => {
  let app: AppHarness;
  let db: Database;
  let stores: Stores;
  let slack: FakeSlack;
  let services: AppServices;

  beforeAll(async () => {
    const everyone = [...Object.values(cohorts).flatMap((c) => c.people), ...mdphd.program.people, outsider];
    app = await startApp({ label: 'requesthelp', users: slackUsersOf({ people: everyone }), env: { PROGRAM_TIMEZONE: 'America/Chicago', ADMIN_USER_IDS: ADMIN } });
    ({ database: db, stores, slack, useCases: services } = app);
    slack.addChannel({ id: 'C0TELLGRP1', name: 'tel-cohort', members: [slack.bot.userId] });
    for (const cohort of Object.values(cohorts)) await seedProgram(stores.roster, cohort.program);
    // The send cohort's first mentee is also in the MD/PhD group.
    await seedProgram(stores.roster, {
      people: [...mdphd.program.people],
      groups: [{ name: 'MD-PhD', kind: 'mdphd', mentees: [cohorts.send.ids.mentee], mentors: [mdphd.mentor] }],
    });
    // The lone cohort has no partner: one peer mentor only.
    await stores.roster.closeMemberships([{ groupId: (await stores.roster.findGroups()).find((g) => g.name === 'lon-Cohort')!.id, personId: cohorts.lone.ids.m4, role: 'peer_mentor' }], now);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const submission = (menteeId: string, viewId: string, overrides: Partial<RequestSubmission> = {}): RequestSubmission => ({
    menteeId,
    viewId,
    topic: 'study_tips',
    urgency: 'routine',
    reach: 'slack',
    audience: 'cohort',
    description: 'How should I study for the renal block?',
    ...overrides,
  });
  /** The members of the group DM a request was posted in (the app included). */
  const membersOf = (channelId: string | undefined) => [...(slack.channels.get(channelId ?? '')?.members ?? [])].sort();
  const postsAbout = (requestId: string): FakeMessage[] =>
    slack.messages.filter((m) => m.ephemeralUser === undefined && JSON.stringify(m.blocks).includes(`"value":"${requestId}"`));
  const text = (m: FakeMessage) => `${m.text} ${JSON.stringify(m.blocks)}`;

  describe('submitting', () => {
    it('posts the request to the Pair in a group DM with the mentee, with its deadline, and confirms to the mentee in their zone', async () => {
      const { ids } = cohorts.send;
      const outcome = await services.submitRequest(submission(ids.mentee, 'VSEND1'), now);
      expect(outcome.kind).toBe('sent');
      const request = (await stores.requests.find(outcome.kind === 'sent' ? outcome.request.id : ''))!;
      expect(request).toMatchObject({ mentorIds: [ids.m3, ids.m4], routedTo: 'mentors', audience: 'cohort', sourceKey: 'view:VSEND1' });
      expect(request.deadline.toISOString()).toBe('2026-10-31T15:00:00.000Z');
      expect(membersOf(request.channelId)).toEqual([ids.mentee, ids.m3, ids.m4, slack.bot.userId].sort());
      expect(slack.channels.get(request.channelId!)!.isMpim).toBe(true);
      const [posted] = postsAbout(request.id);
      expect(posted!.ts).toBe(request.messageTs);
      // Each mentor's zone: Priya in New York, Omar in the program's zone (Chicago).
      expect(text(posted!)).toContain('Sat, Oct 31, 11:00 AM EDT');
      expect(text(posted!)).toContain('Sat, Oct 31, 10:00 AM CDT');
      expect(text(posted!)).toContain('How should I study for the renal block?');
      const confirmation = slack.dmsTo(ids.mentee).at(-1)!;
      expect(confirmation.text).toContain('Sat, Oct 31, 8:00 AM PDT');
      expect(confirmation.text).toContain(`<@${ids.m3}> and <@${ids.m4}>`);
    });

    it('posts a request Slack refused at first when the nudges job next runs, once, and confirms it to the mentee', async () => {
      const { ids } = cohorts.send;
      const isRequestPost = (args: Record<string, unknown>) => JSON.stringify(args['blocks'] ?? '').includes('request_claim');
      slack.failNext('chat.postMessage', { kind: 'error', error: 'internal_error' }, 1, isRequestPost);
      await expect(services.submitRequest(submission(ids.mentee, 'VLATE1'), now)).rejects.toThrow();
      const [stored] = (await stores.requests.findAwaitingFor(ids.mentee)).filter((r) => r.sourceKey === 'view:VLATE1');
      expect(stored?.messageTs).toBeUndefined();
      expect(postsAbout(stored!.id)).toEqual([]);

      const confirmations = slack.dmsTo(ids.mentee).length;
      const runs = await Promise.all([services.finishRequestDeliveries(now), services.finishRequestDeliveries(now)]);
      expect(runs.reduce((sum, r) => sum + r.posted, 0)).toBe(1);
      const [posted] = postsAbout(stored!.id);
      expect((await stores.requests.find(stored!.id))?.messageTs).toBe(posted!.ts);
      expect(slack.dmsTo(ids.mentee)).toHaveLength(confirmations + 1);
      expect(await services.finishRequestDeliveries(now)).toMatchObject({ posted: 0 });
      expect(postsAbout(stored!.id)).toHaveLength(1);
    });

    it('finds a request Slack took but whose answer was lost, and records it without posting it again', async () => {
      const { ids } = cohorts.send;
      const isRequestPost = (args: Record<string, unknown>) => JSON.stringify(args['blocks'] ?? '').includes('request_claim');
      slack.failNext('chat.postMessage', { kind: 'lost-answer' }, 1, isRequestPost);
      await expect(services.submitRequest(submission(ids.mentee, 'VLOST1'), now)).rejects.toThrow();
      const [stored] = (await stores.requests.findAwaitingFor(ids.mentee)).filter((r) => r.sourceKey === 'view:VLOST1');
      expect(stored?.messageTs).toBeUndefined();
      const [accepted] = postsAbout(stored!.id);
      expect(accepted).toBeDefined();

      expect(await services.finishRequestDeliveries(now)).toMatchObject({ posted: 1 });
      expect(postsAbout(stored!.id)).toEqual([accepted]);
      expect((await stores.requests.find(stored!.id))?.messageTs).toBe(accepted!.ts);
      expect(slack.callsTo('conversations.history').some((c) => c.args['channel'] === accepted!.channel)).toBe(true);
    });

    it('sends the mentee’s confirmation on the next nudges run when it failed after the request was posted, once', async () => {
      const { ids } = cohorts.confirm;
      const toMentee = (args: Record<string, unknown>) => args['channel'] === slack.dmWith(ids.mentee)?.id;
      await services.submitRequest(submission(ids.mentee, 'VWARM1'), now);
      const before = slack.dmsTo(ids.mentee).length;
      slack.failNext('chat.postMessage', { kind: 'error', error: 'channel_not_found' }, 2, toMentee);
      await expect(services.submitRequest(submission(ids.mentee, 'VCONF1'), now)).rejects.toThrow();
      const [stored] = (await stores.requests.findAwaitingFor(ids.mentee)).filter((r) => r.sourceKey === 'view:VCONF1');
      expect(stored?.messageTs).toBeDefined();
      expect(slack.dmsTo(ids.mentee)).toHaveLength(before);

      await Promise.all([services.finishRequestDeliveries(now), services.finishRequestDeliveries(now)]);
      expect(slack.dmsTo(ids.mentee)).toHaveLength(before + 1);
      expect(postsAbout(stored!.id)).toHaveLength(1);
      await services.finishRequestDeliveries(now);
      expect(slack.dmsTo(ids.mentee)).toHaveLength(before + 1);
    });

    it('stores and sends one request for a double submit or a retried delivery', async () => {
      const { ids } = cohorts.send;
      const before = slack.dmsTo(ids.mentee).length;
      const outcomes = await Promise.all(Array.from({ length: 4 }, () => services.submitRequest(submission(ids.mentee, 'VSEND2'), now)));
      const again = await services.submitRequest(submission(ids.mentee, 'VSEND2'), later(1));
      const requestIds = new Set([...outcomes, again].map((o) => (o.kind === 'sent' ? o.request.id : '')));
      expect(requestIds.size).toBe(1);
      expect([...outcomes, again].filter((o) => o.kind === 'sent' && o.created)).toHaveLength(1);
      expect(postsAbout([...requestIds][0]!)).toHaveLength(1);
      expect(slack.dmsTo(ids.mentee).length - before).toBe(1);
    });

    it('lets an MD/PhD mentee direct the question to the MD/PhD mentors; others go to their Pair', async () => {
      const first = await services.submitRequest(submission(cohorts.send.ids.mentee, 'VSEND3', { audience: 'mdphd', topic: 'research' }), now);
      expect(first.kind === 'sent' && first.request).toMatchObject({ audience: 'mdphd', mentorIds: [mdphd.mentor] });
      const second = await services.submitRequest(submission(cohorts.send.ids.mentee2, 'VSEND4', { audience: 'mdphd' }), now);
      expect(second.kind === 'sent' && second.request).toMatchObject({ audience: 'cohort', mentorIds: [cohorts.send.ids.m3, cohorts.send.ids.m4] });
      expect(await services.startRequest(cohorts.send.ids.mentee, now)).toEqual({ kind: 'form', offerMdphd: true, replyHours: 24, emailReplyHours: 48 });
      expect(await services.startRequest(cohorts.send.ids.mentee2, now)).toMatchObject({ kind: 'form', offerMdphd: false });
    });

    it('stores nothing for someone with no mentee membership, and tells them whom to contact', async () => {
      for (const userId of [outsider.id, cohorts.send.ids.m3, cohorts.send.ids.faculty]) {
        expect(await services.startRequest(userId, now)).toEqual({ kind: 'not_a_mentee', adminIds: [ADMIN] });
        const outcome = await services.submitRequest(submission(userId, `VOUT-${userId}`), now);
        expect(outcome).toEqual({ kind: 'refused', reason: 'not_a_mentee' });
        expect(slack.dmsTo(userId).at(-1)!.text).toContain(`<@${ADMIN}>`);
      }
      expect(await db.connection.collection('requests').countDocuments({ sourceKey: { $regex: '^view:VOUT' } })).toBe(0);
    });

    it('shows the mentee support resources at once for urgent well-being, and alerts the Faculty Mentor without the content', async () => {
      const { ids } = cohorts.send;
      const outcome = await services.submitRequest(
        submission(ids.mentee2, 'VSEND5', { topic: 'balance_wellbeing', urgency: 'urgent', description: 'I cannot sleep and I am panicking before exams' }),
        now,
      );
      expect(outcome.kind).toBe('sent');
      const dms = slack.dmsTo(ids.mentee2);
      expect(dms.some((m) => m.text.includes('counselling service') && m.text.includes('988'))).toBe(true);
      const alert = slack.dmsTo(ids.faculty).at(-1)!;
      expect(alert.text).toContain(`<@${ids.mentee2}>`);
      expect(alert.text).toContain(`<@${ids.m3}> and <@${ids.m4}>`);
      expect(text(alert)).not.toMatch(/sleep|panicking/);
      // A routine well-being request alerts nobody.
      const alertsBefore = slack.dmsTo(ids.faculty).length;
      await services.submitRequest(submission(ids.mentee2, 'VSEND6', { topic: 'balance_wellbeing', urgency: 'this_week' }), now);
      expect(slack.dmsTo(ids.faculty)).toHaveLength(alertsBefore);
    });
  });

  describe('time away and routing', () => {
    const { ids } = cohorts.away;
    const mark = (mentorId: string, start: string, end: string, sourceKey: string, extra: { tellMentees?: boolean; note?: string } = {}) =>
      services.markAway({ mentorId, start, end, note: extra.note, tellMentees: extra.tellMentees ?? false, sourceKey, replyByDm: false }, now);

    it('refuses windows that end before they start, start in the past or last over 60 days, storing and sending nothing', async () => {
      const dmsBefore = slack.calls.length;
      expect(await mark(ids.m3, '2026-11-06', '2026-11-02', 'c1')).toMatchObject({ kind: 'invalid', problem: 'end_before_start' });
      expect(await mark(ids.m3, '2026-10-29', '2026-11-02', 'c2')).toMatchObject({ kind: 'invalid', problem: 'start_in_past', today: '2026-10-30' });
      expect(await mark(ids.m3, '2026-10-30', '2026-12-29', 'c3')).toMatchObject({ kind: 'invalid', problem: 'too_long' });
      expect(await mark(outsider.id, '2026-11-02', '2026-11-03', 'c4')).toEqual({ kind: 'not_a_mentor', adminIds: [ADMIN] });
      expect(await stores.away.findNotEnded([ids.m3, outsider.id], '2026-10-01')).toEqual([]);
      expect(slack.calls.length).toBe(dmsBefore);
    });

    it('while one mentor is away, sends new requests to the partner alone; the partner is told once', async () => {
      const marked = await mark(ids.m3, '2026-10-30', '2026-11-03', 'c5', { note: 'Conference' });
      expect(marked).toMatchObject({ kind: 'marked', partnerIds: [ids.m4], uncovered: [], mentees: 'not_asked' });
      expect(await mark(ids.m3, '2026-10-30', '2026-11-03', 'c6')).toMatchObject({ kind: 'already' });
      const told = slack.dmsTo(ids.m4);
      expect(told).toHaveLength(1);
      expect(told[0]!.text).toContain(`<@${ids.m3}> will be away from Fri, Oct 30 to Tue, Nov 3`);
      expect(told[0]!.text).not.toContain('Conference');

      const outcome = await services.submitRequest(submission(ids.mentee, 'VAWAY1'), later(5));
      const request = outcome.kind === 'sent' ? outcome.request : undefined;
      expect(request).toMatchObject({ mentorIds: [ids.m4], routedTo: 'partner', coveringFor: [ids.m3] });
      const stored = (await stores.requests.find(request!.id))!;
      expect(membersOf(stored.channelId)).toEqual([ids.mentee, ids.m4, slack.bot.userId].sort());
      expect(text(postsAbout(request!.id)[0]!)).toContain(`covering while <@${ids.m3}> is away`);
    });

    it('tells a mentor whose partner is also away that requests will reach the faculty mentor, and routes them there', async () => {
      const marked = await mark(ids.m4, '2026-11-02', '2026-11-09', 'c7');
      expect(marked).toMatchObject({ kind: 'marked', uncovered: [['2026-11-02', '2026-11-03']], facultyIds: [ids.faculty] });
      const monday = new Date('2026-11-02T16:00:00Z');
      const outcome = await services.submitRequest(submission(ids.mentee2, 'VAWAY2'), monday);
      expect(outcome.kind === 'sent' && outcome.request).toMatchObject({ mentorIds: [ids.faculty], routedTo: 'faculty', coveringFor: [ids.m3, ids.m4] });
      // Wednesday: Priya is back, Omar still away.
      const wednesday = new Date('2026-11-04T16:00:00Z');
      const next = await services.submitRequest(submission(ids.mentee2, 'VAWAY3'), wednesday);
      expect(next.kind === 'sent' && next.request).toMatchObject({ mentorIds: [ids.m3], routedTo: 'partner', coveringFor: [ids.m4] });
    });

    it('ends time away on cancel: the partner is told, and requests reach both again', async () => {
      const cancelled = await services.cancelAway(ids.m4, now);
      expect(cancelled).toMatchObject({ kind: 'cancelled', windows: [{ start: '2026-11-02', end: '2026-11-09' }], partnerIds: [ids.m3] });
      expect(slack.dmsTo(ids.m3).at(-1)!.text).toContain(`<@${ids.m4}> has ended their time away`);
      expect(await services.cancelAway(ids.m4, now)).toEqual({ kind: 'nothing_to_cancel' });
      await services.cancelAway(ids.m3, now);
      const outcome = await services.submitRequest(submission(ids.mentee2, 'VAWAY4'), new Date('2026-11-02T16:00:00Z'));
      expect(outcome.kind === 'sent' && outcome.request).toMatchObject({ mentorIds: [ids.m3, ids.m4], routedTo: 'mentors' });
    });

    it('tells the mentees in the group channel when the mentor asks, never with the note; says so when there is no channel', async () => {
      const told = await mark(cohorts.tell.ids.m3, '2026-11-02', '2026-11-04', 'c8', { tellMentees: true, note: 'Private reason' });
      expect(told).toMatchObject({ kind: 'marked', mentees: 'told' });
      const notice = slack.postsTo('C0TELLGRP1').at(-1)!;
      expect(notice.text).toContain(`<@${cohorts.tell.ids.m3}> will be away from Mon, Nov 2 to Wed, Nov 4`);
      expect(notice.text).toContain(`<@${cohorts.tell.ids.m4}> will answer your requests`);
      expect(notice.text).not.toContain('Private reason');
      const noChannel = await mark(ids.m3, '2026-11-10', '2026-11-11', 'c9', { tellMentees: true });
      expect(noChannel).toMatchObject({ kind: 'marked', mentees: 'no_channel' });
    });

    it('a mentor with no partner learns that requests reach the faculty mentor while away', async () => {
      const lone = cohorts.lone.ids;
      const marked = await mark(lone.m3, '2026-10-30', '2026-10-31', 'c10');
      expect(marked).toMatchObject({ kind: 'marked', partnerIds: [], facultyIds: [lone.faculty], uncovered: [['2026-10-30', '2026-10-31']] });
      const outcome = await services.submitRequest(submission(lone.mentee, 'VLONE1'), later(1));
      expect(outcome.kind === 'sent' && outcome.request).toMatchObject({ mentorIds: [lone.faculty], routedTo: 'faculty' });
    });
  });

  describe('the lifecycle: who may act, first wins, every repeat harmless', () => {
    const { ids } = cohorts.life;
    const submit = async (viewId: string, overrides: Partial<RequestSubmission> = {}) => {
      const outcome = await services.submitRequest(submission(ids.mentee, viewId, overrides), now);
      if (outcome.kind !== 'sent') throw new Error('not sent');
      return outcome.request;
    };
    const act = (requestId: string, actorId: string, action: Parameters<AppServices['actOnRequest']>[0]['action'], at = later(10)) =>
      services.actOnRequest({ requestId, actorId, action }, at);

    it('lets only the request’s mentors claim, and exactly one of two simultaneous claims win', async () => {
      const request = await submit('VLIFE1');
      expect(await act(request.id, ids.mentee, 'claim')).toMatchObject({ kind: 'refused', reason: 'mentors_only' });
      expect(await act(request.id, outsider.id, 'claim')).toMatchObject({ kind: 'refused', reason: 'not_involved' });
      expect(await act(request.id, cohorts.send.ids.m3, 'claim')).toMatchObject({ kind: 'refused', reason: 'not_involved' });
      const both = await Promise.all([act(request.id, ids.m3, 'claim'), act(request.id, ids.m4, 'claim'), act(request.id, ids.m3, 'claim')]);
      expect(both.filter((o) => o.kind === 'done')).toHaveLength(1);
      expect(both.filter((o) => o.kind === 'refused').every((o) => o.kind === 'refused' && o.reason === 'already_claimed')).toBe(true);
      const stored = (await stores.requests.find(request.id))!;
      expect([ids.m3, ids.m4]).toContain(stored.claimedBy);
      const update = slack.callsTo('chat.update').filter((c) => c.args['ts'] === stored.messageTs).at(-1)!;
      expect(JSON.stringify(update.args['blocks'])).toContain(`<@${stored.claimedBy}> is taking this.`);
    });

    it('records one response, by whoever was first, as a contact with the mentee of the kind they asked for', async () => {
      const request = await submit('VLIFE2', { reach: 'text_call' });
      const clicks = await Promise.all([act(request.id, ids.m3, 'respond'), act(request.id, ids.m4, 'respond'), act(request.id, ids.m4, 'respond')]);
      expect(clicks.filter((o) => o.kind === 'done')).toHaveLength(1);
      const stored = (await stores.requests.find(request.id))!;
      expect(stored.respondedAt?.toISOString()).toBe(later(10).toISOString());
      const contacts = (await stores.contacts.findForMentees([ids.mentee], '2026-10-01', '2026-10-31')).filter((c) => c.sourceKey === `request:${request.id}`);
      expect(contacts).toEqual([
        expect.objectContaining({ mentorId: stored.respondedBy, menteeIds: [ids.mentee], kind: 'text', minutes: 0, date: '2026-10-30', source: 'request_response', group: false }),
      ]);
      expect(await act(request.id, ids.m3, 'claim')).toMatchObject({ kind: 'refused', reason: 'already_responded' });
    });

    it('lets the mentee or a mentor close, only the mentee say whether it helped, and ignores everything after', async () => {
      const request = await submit('VLIFE3');
      await act(request.id, ids.m4, 'respond');
      expect(await act(request.id, ids.m3, 'close_helped')).toMatchObject({ kind: 'refused', reason: 'mentee_only' });
      expect(await act(request.id, outsider.id, 'close')).toMatchObject({ kind: 'refused', reason: 'not_involved' });
      const closes = await Promise.all([act(request.id, ids.mentee, 'close_helped'), act(request.id, ids.mentee, 'close_helped')]);
      expect(closes.map((o) => o.kind).sort()).toEqual(['done', 'refused']);
      expect(await stores.requests.find(request.id)).toMatchObject({ closedAs: 'closed', closedBy: ids.mentee, helped: true });
      expect(await act(request.id, ids.m3, 'close')).toMatchObject({ kind: 'refused', reason: 'already_ended' });
      expect(await act(request.id, ids.mentee, 'close_not_helped')).toMatchObject({ kind: 'refused', reason: 'already_ended' });
      const { channelId, messageTs } = (await stores.requests.find(request.id))!;
      const message = slack.messages.find((m) => m.channel === channelId && m.ts === messageTs)!;
      expect(JSON.stringify(message.blocks)).toContain(`Closed by <@${ids.mentee}>: it helped.`);
      expect(JSON.stringify(message.blocks)).not.toContain('"type":"actions"');
    });

    it('cancels a request the mentee withdraws before any response; a mentor’s close of an unanswered one asks why, then closes it with the reason', async () => {
      const withdrawn = await submit('VLIFE4');
      expect(await act(withdrawn.id, ids.mentee, 'close')).toEqual({ kind: 'done', status: 'cancelled', affected: [ids.mentee, ...withdrawn.mentorIds] });
      const closedByMentor = await submit('VLIFE5');
      expect(await act(closedByMentor.id, ids.m3, 'close')).toMatchObject({ kind: 'reason_needed' });
      expect((await stores.requests.find(closedByMentor.id))?.closedAs).toBeUndefined();
      expect(await services.actOnRequest({ requestId: closedByMentor.id, actorId: ids.m3, action: 'close', closeReason: 'duplicate' }, now)).toEqual({
        kind: 'done',
        status: 'closed',
        affected: [ids.mentee, ...closedByMentor.mentorIds],
      });
      expect(await stores.requests.find(closedByMentor.id)).toMatchObject({ closedAs: 'closed', closedBy: ids.m3, closeReason: 'duplicate' });
      expect(await act('0123456789abcdef01234567', ids.m3, 'close')).toMatchObject({ kind: 'refused', reason: 'not_found' });
    });
  });

  describe('a message in the request’s conversation', () => {
    const { ids } = cohorts.msg;
    const submit = async (viewId: string) => {
      const outcome = await services.submitRequest(submission(ids.mentee, viewId), now);
      if (outcome.kind !== 'sent') throw new Error('not sent');
      return (await stores.requests.find(outcome.request.id))!;
    };
    const tsAfter = (ts: string, seconds: number) => `${Number(ts.split('.')[0]) + seconds}.000100`;

    it('marks the request responded by the first mentor who writes, once per event, never for the mentee', async () => {
      const request = await submit('VMSG1');
      const channelId = request.channelId!;
      const base = { channelId, threadTs: undefined };
      // Before the request was posted, the mentee's own message, and a stranger's: nothing.
      expect(await services.noteConversationMessage({ ...base, eventId: 'Ev1', userId: ids.m3, ts: tsAfter(request.messageTs!, -60) }, now)).toEqual({ responded: 0, affected: [] });
      expect(await services.noteConversationMessage({ ...base, eventId: 'Ev2', userId: ids.mentee, ts: tsAfter(request.messageTs!, 5) }, now)).toEqual({ responded: 0, affected: [] });
      expect(await services.noteConversationMessage({ ...base, eventId: 'Ev3', userId: outsider.id, ts: tsAfter(request.messageTs!, 6) }, now)).toEqual({ responded: 0, affected: [] });
      const first = { ...base, eventId: 'Ev4', userId: ids.m4, ts: tsAfter(request.messageTs!, 60) };
      const deliveries = await Promise.all([services.noteConversationMessage(first, now), services.noteConversationMessage(first, now)]);
      expect(deliveries.map((d) => d.responded).sort()).toEqual([0, 1]);
      expect(await services.noteConversationMessage({ ...first, eventId: 'Ev5', userId: ids.m3, ts: tsAfter(request.messageTs!, 90) }, now)).toEqual({ responded: 0, affected: [] });
      const stored = (await stores.requests.find(request.id))!;
      expect(stored.respondedBy).toBe(ids.m4);
      expect(stored.respondedAt?.getTime()).toBe(Number(first.ts.split('.')[0]) * 1_000);
      const contacts = await stores.contacts.findForMentees([ids.mentee], '2023-01-01', '2030-12-31');
      expect(contacts.filter((c) => c.sourceKey === `request:${request.id}`)).toHaveLength(1);
    });

    it('counts a reply in a request’s thread for that request alone', async () => {
      const a = await submit('VMSG2');
      const b = await submit('VMSG3');
      expect(b.channelId).toBe(a.channelId);
      const reply = { eventId: 'Ev6', channelId: a.channelId!, userId: ids.m3, ts: tsAfter(b.messageTs!, 30), threadTs: a.messageTs };
      expect(await services.noteConversationMessage(reply, now)).toEqual({ responded: 1, affected: [ids.mentee, ...a.mentorIds] });
      expect((await stores.requests.find(a.id))!.respondedBy).toBe(ids.m3);
      expect((await stores.requests.find(b.id))!.respondedBy).toBeUndefined();
      const topLevel = { eventId: 'Ev7', channelId: a.channelId!, userId: ids.m4, ts: tsAfter(b.messageTs!, 40), threadTs: undefined };
      expect(await services.noteConversationMessage(topLevel, now)).toEqual({ responded: 1, affected: [ids.mentee, ...b.mentorIds] });
      expect((await stores.requests.find(b.id))!.respondedBy).toBe(ids.m4);
    });
  });
});
