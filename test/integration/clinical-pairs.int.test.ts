import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settingsOf } from '../../src/config/env.js';
import { clinicalSettings } from '../../src/features/clinical/settings.js';
import { createClinicalPairTrack } from '../../src/features/clinical/pair-track.js';
import { clinicalCopy } from '../../src/features/clinical/slack/copy.js';
import { createAgreementRepository } from '../../src/program/store/agreement-repository.js';
import { createMatchRepository } from '../../src/features/clinical/store/match-repository.js';
import { createRotationRepository } from '../../src/features/clinical/store/rotation-repository.js';
import { switchSettings } from '../../src/features/switching/settings.js';
import { createSwitchNotifier } from '../../src/features/switching/slack/switch-notifier.js';
import { createSwitchMentors } from '../../src/features/switching/switch-mentors.js';
import { createAdminChannelInspector } from '../../src/features/switching/slack/admin-channel-inspector.js';
import { createAdminChannelRepository } from '../../src/features/switching/store/admin-channel-repository.js';
import type { MatchStore } from '../../src/features/clinical/ports.js';
import { pairsOf } from '../../src/program/pairs.js';
import { createAdminPolicy } from '../../src/program/policy.js';
import { startApp, type AppHarness } from '../support/app-harness.js';
import { seedProgram, slackUsersOf, type PersonSpec } from '../support/program-fixture.js';

/** Tuesday 1 December 2026, 10:00 in Chicago. */
const now = new Date('2026-12-01T16:00:00Z');
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const [OFFICE, CARL, CARA, CLEO, DORA, PRIYA, FAC] = ['U0OFFICE1', 'U0CARL001', 'U0CARA001', 'U0CLEO001', 'U0DORA001', 'U0PRIYA01', 'U0FACUL01'];
const clinical = (id: string, name: string, role: 'mentee' | 'peer_mentor' | 'admin'): PersonSpec => ({ id, name, roles: [role], tracks: [{ track: 'clinical', role }] });
const people: PersonSpec[] = [
  clinical(OFFICE, 'Olive Office', 'admin'),
  clinical(CARL, 'Carl Mentor', 'peer_mentor'),
  clinical(CARA, 'Cara Mentor', 'peer_mentor'),
  clinical(CLEO, 'Cleo Mentee', 'mentee'),
  // Dora is a cohort mentee (MS2 of Blue) and, for a summer elective, a clinical mentee too.
  { id: DORA, name: 'Dora Both', roles: ['mentee'], tracks: [{ track: 'cohort', role: 'mentee' }, { track: 'clinical', role: 'mentee' }] },
  { id: PRIYA, name: 'Priya Pair', roles: ['peer_mentor'] },
  { id: FAC, name: 'Dr. Faculty', roles: ['faculty'] },
];

describe('the clinical track’s pairs in check-ins, requests and switching, on a real database', () => {
  let app: AppHarness<{ served?: false; recording?: false }>;
  let matches: MatchStore;
  const rotationIds = new Map<string, string>();

  beforeAll(async () => {
    app = await startApp({ label: 'clinical-pairs', users: slackUsersOf({ people }), env: { PROGRAM_TIMEZONE: 'America/Chicago' } });
    await seedProgram(app.stores.roster, { people, groups: [{ name: 'Blue-Faculty', mentors: [PRIYA], mentees: [DORA], faculty: [FAC] }] });
    const connection = app.database.connection;
    const rotations = createRotationRepository(connection);
    await rotations.saveRotations([
      { personId: CARL, kind: 'completed', subject: 'surgery', site: 'General', preceptor: 'Dr. Cole', start: '2026-03-02', end: '2026-04-24' },
      { personId: CARA, kind: 'completed', subject: 'surgery', site: undefined, preceptor: undefined, start: '2026-05-04', end: '2026-06-26' },
      { personId: CLEO, kind: 'upcoming', subject: 'surgery', site: 'General', preceptor: 'Dr. Cole', start: '2026-12-14', end: '2027-02-05' },
      { personId: DORA, kind: 'upcoming', subject: 'surgery', site: 'General', preceptor: undefined, start: '2026-12-07', end: '2026-12-31' },
    ]);
    for (const r of await rotations.findRotations([CLEO, DORA])) rotationIds.set(r.personId, r.id);
    const agreements = createAgreementRepository(connection, 'clinical_agreements');
    await agreements.recordAgreement(CARL, now);
    await agreements.recordAgreement(CARA, now);
    matches = createMatchRepository(connection);
    for (const mentee of [CLEO, DORA]) await matches.assign({ rotationId: rotationIds.get(mentee)!, menteeId: mentee, mentorId: CARL, assignedAt: now, chosenBy: 'auto', step: 1 });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('offers a clinical mentor their rotation mentees in the check-in form, and stores nothing on bad input', async () => {
    const form = await app.useCases.prepareCheckin(CARL, now);
    expect(form.ok && form.mentees.map((m) => m.name)).toEqual(['Cleo Mentee', 'Dora Both']);
    const bad = await app.useCases.logContact({
      actorId: CARL, menteeIds: [CLEO], kind: 'video', group: false, date: '2027-01-01', minutes: 30, note: undefined, source: 'logged', sourceKey: 'view:BAD', prompt: undefined, now,
    });
    expect(bad).toEqual({ ok: false, problems: [{ field: 'date', code: 'future_date' }] });
    const good = await app.useCases.logContact({
      actorId: CARL, menteeIds: [CLEO], kind: 'in_person', group: false, date: undefined, minutes: 60, note: 'went over the surgery reading list', source: 'logged', sourceKey: 'view:GOOD', prompt: undefined, now,
    });
    expect(good).toMatchObject({ ok: true, created: true, contact: { mentorId: CARL, menteeIds: [CLEO], minutes: 60 } });
    expect(await app.stores.contacts.findForMentees([CLEO], '2026-01-01', '2027-12-31')).toHaveLength(1);
    // Once the rotation is more than a week over, the pair is no longer current.
    expect(await app.useCases.prepareCheckin(CARL, new Date('2027-02-13T16:00:00Z'))).toEqual({ ok: false, problem: 'no_mentees' });
  });

  it('keeps a cohort mentee’s Mentor Pair the default, and lets them choose their rotation mentor', async () => {
    expect(await app.useCases.startRequest(DORA, now)).toMatchObject({
      kind: 'form',
      audiences: [{ audience: 'cohort' }, { audience: 'clinical', mentorWord: 'rotation mentor' }],
    });
    const submit = (viewId: string, audience?: string) =>
      app.useCases.submitRequest({ menteeId: DORA, viewId, topic: 'rotation', urgency: 'routine', reach: 'slack', description: 'how do I prepare?', ...(audience === undefined ? {} : { audience }) }, now);
    expect(await submit('VDORA1')).toMatchObject({ kind: 'sent', request: { audience: 'cohort', mentorIds: [PRIYA] } });
    expect(await submit('VDORA2', 'clinical')).toMatchObject({ kind: 'sent', request: { audience: 'clinical', mentorIds: [CARL] } });
  });

  it('writes one new step however many Office approvals race, and asks the track to introduce the new pair', async () => {
    const introduced: Date[] = [];
    const connection = app.database.connection;
    const track = createClinicalPairTrack(
      {
        roster: app.stores.roster,
        rotations: createRotationRepository(connection),
        agreements: createAgreementRepository(connection, 'clinical_agreements'),
        matches,
        settings: settingsOf(app.config, clinicalSettings),
        programTimezone: app.config.programTimezone,
        introduceAssignments: async (at) => void introduced.push(at),
      },
      { mentor: clinicalCopy.pairMentor, waiting: clinicalCopy.pairWaiting, office: clinicalCopy.office, noAlternatives: clinicalCopy.noAlternatives, label: clinicalCopy.pairLabel, fit: clinicalCopy.fit },
    );
    const switching = createSwitchMentors({
      ...app.stores,
      config: app.config,
      logger: app.logger,
      settings: settingsOf(app.config, switchSettings),
      switchNotifier: createSwitchNotifier(app.messenger),
      adminChannels: createAdminChannelRepository(connection),
      channelInspector: createAdminChannelInspector(app.messenger.client),
      moveAwaitingRequests: async () => 0,
      admins: createAdminPolicy(app.config.adminUserIds, app.stores.roster),
      pairs: pairsOf(() => [track]),
    });
    expect(await switching.startSwitch(CLEO, undefined, now)).toMatchObject({ kind: 'pair_form', pair: { mentorId: CARL, pairKey: rotationIds.get(CLEO) } });
    // Without a time, only groups are looked at (as before tracks): Cleo has none.
    expect(await switching.startSwitch(CLEO, undefined)).toMatchObject({ kind: 'refused', reason: 'not_a_mentee' });
    const sent = await switching.submitSwitch({ actorId: CLEO, menteeId: CLEO, viewId: 'VSW1', reason: 'schedule', details: 'our hours never match', preferredGroupId: undefined, pair: { track: 'clinical', pairKey: rotationIds.get(CLEO)! } }, later(1));
    expect(sent).toMatchObject({ kind: 'sent', request: { subject: 'mentor', fromGroupId: undefined, pair: { fromMentorId: CARL, version: 1 } } });
    const requestId = sent.kind === 'sent' ? sent.request.id : '';
    // No CLINICAL_OFFICE_CHANNEL: the card goes to the clinical admin by DM.
    const card = app.slack.dmsTo(OFFICE).find((m) => m.text.includes('change mentor'));
    expect(JSON.stringify(card?.blocks)).toContain(`<@${CARA}> — did surgery · 0 mentees`);

    const outcomes = await Promise.all([0, 1, 2].map(() => switching.approveSwitch({ requestId, actorId: OFFICE, targetGroupId: CARA }, later(2))));
    expect(outcomes.filter((o) => o.kind === 'done')).toHaveLength(1);
    expect(outcomes.filter((o) => o.kind === 'refused').map((o) => o.kind === 'refused' && o.reason)).toEqual(['already_decided', 'already_decided']);
    expect((await matches.findHistory([rotationIds.get(CLEO)!])).map((a) => [a.step, a.mentorId, a.chosenBy])).toEqual([
      [1, CARL, 'auto'],
      [2, CARA, 'office'],
    ]);
    expect(introduced).toHaveLength(1);
    expect(app.slack.dmsTo(CARA).filter((m) => m.text.includes('You are now'))).toHaveLength(1);
    expect(app.slack.dmsTo(CARL).filter((m) => m.text.includes('has another mentor'))).toHaveLength(1);
    expect(JSON.stringify(app.slack.dmsTo(CARL))).not.toContain('hours never match');
    // Carl no longer sees Cleo; Cara does.
    expect(await app.useCases.prepareCheckin(CARA, later(3))).toMatchObject({ ok: true, mentees: [{ name: 'Cleo Mentee' }] });
    // A mentor the office may not choose (the current one) is refused, changing nothing.
    const again = await switching.submitSwitch({ actorId: CLEO, menteeId: CLEO, viewId: 'VSW2', reason: 'other', details: undefined, preferredGroupId: undefined, pair: { track: 'clinical', pairKey: rotationIds.get(CLEO)! } }, later(4));
    const second = again.kind === 'sent' ? again.request.id : '';
    expect(await switching.approveSwitch({ requestId: second, actorId: OFFICE, targetGroupId: CARA }, later(5))).toMatchObject({ kind: 'refused', reason: 'not_eligible' });
    expect(await switching.approveSwitch({ requestId: second, actorId: CARL, targetGroupId: CARL }, later(5))).toMatchObject({ kind: 'refused', reason: 'admins_only' });
    expect(await matches.findHistory([rotationIds.get(CLEO)!])).toHaveLength(2);
  });
});
