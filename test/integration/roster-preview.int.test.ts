import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endingKeys } from '../../src/features/roster/follow-endings.js';
import { aRosterFile } from '../support/program-fixture.js';
import { startApp, type AppHarness } from '../support/app-harness.js';

const ADMIN = 'U0BOOTADM1';
const T1 = new Date('2026-08-03T14:00:00Z');
const T2 = new Date('2026-08-04T14:00:00Z');

describe('applying a roster preview, and following ended memberships (real database, fake Slack)', () => {
  const roster = aRosterFile({ cohorts: ['Blue-Okafor', 'Green-Adeyemi'] });
  const renamed = roster.csv.replace('Mentee 1-1', 'Renamed Mentee');
  let h: AppHarness;
  beforeAll(async () => {
    h = await startApp({ label: 'rosterpreviewint', users: [{ id: ADMIN, name: 'Bea', email: 'bea@med.example', tz: 'UTC' }, ...roster.users], env: { ADMIN_USER_IDS: ADMIN, QUIET_HOURS: 'off' } });
  });
  afterAll(async () => {
    await h?.stop();
  });

  const preview = async (csv: string, prune = false) => {
    const answer = await h.useCases.previewRoster(ADMIN, { csv }, prune, T1);
    if (!answer.allowed || answer.result.status !== 'preview') throw new Error(`no preview: ${JSON.stringify(answer)}`);
    return answer.result;
  };
  const apply = async (previewId: string) => {
    const answer = await h.useCases.applyRosterPreview(ADMIN, previewId, T2);
    if (!answer.allowed) throw new Error('not allowed');
    return answer.result;
  };

  it('refuses a preview to someone who is not an admin, and keeps nothing', async () => {
    expect(await h.useCases.previewRoster('U0NOTADMIN', { csv: roster.csv }, false, T1)).toEqual({ allowed: false });
    expect(await h.useCases.applyRosterPreview('U0NOTADMIN', '000000000000000000000000', T1)).toEqual({ allowed: false });
  });

  it('writes nothing when the roster changed since the preview, shows the new one instead, and applies that one once', async () => {
    const first = await preview(roster.csv);
    const stale = await preview(renamed);
    expect(stale.summary.peopleCreated).toBe(roster.people.length);

    expect(await apply(first.previewId)).toMatchObject({ status: 'imported', summary: { peopleCreated: roster.people.length } });
    // The stale preview planned to create everyone; now that would be one rename: nothing is written.
    const changed = await apply(stale.previewId);
    expect(changed).toMatchObject({ status: 'changed', summary: { peopleCreated: 0, peopleUpdated: 1 } });
    expect((await h.stores.roster.findPeople()).some((p) => p.name === 'Renamed Mentee')).toBe(false);
    if (changed.status !== 'changed') throw new Error('expected the new preview');
    expect(changed.preview.sections.find((s) => s.kind === 'change')!.lines).toEqual([{ name: 'Renamed Mentee', detail: 'name' }]);

    expect(await apply(changed.previewId)).toMatchObject({ status: 'imported', summary: { peopleUpdated: 1 } });
    expect((await h.stores.roster.findPeople()).some((p) => p.name === 'Renamed Mentee')).toBe(true);
    // A second Apply of the same preview writes nothing more.
    expect(await apply(changed.previewId)).toEqual({ status: 'preview_gone' });
  });

  it('finishes an ending on the next run when its DM failed, never removing the person twice, and ends their time away', async () => {
    const fourth = roster.people.find((p) => p.name === 'Fourth Green-Adeyemi')!;
    const green = (await h.stores.roster.findGroups()).find((g) => g.name === 'Green-Adeyemi')!;
    await h.stores.away.create({ mentorId: fourth.id, start: '2026-08-10', end: '2026-08-20', timezone: 'UTC', note: undefined, tellMentees: false, createdAt: T1, sourceKey: 'away-fourth' });
    await h.stores.roster.closeMemberships([{ groupId: green.id, personId: fourth.id, role: 'peer_mentor' }], T2);
    const [ending] = await h.stores.roster.findEndingsToFollow();
    expect(ending?.personId).toBe(fourth.id);

    h.slack.failNext('chat.postMessage', { kind: 'error', error: 'fatal_error' }, 1);
    const first = await h.useCases.followMemberships(T2);
    expect(first).toMatchObject({ endings: 1, removedFromChannels: 1, endingsTold: 0, endingsFollowed: 0, awayEnded: 1 });
    expect((await h.stores.roster.findEndingsToFollow()).map((e) => e.id)).toEqual([ending!.id]);
    expect(await h.stores.away.findNotEnded([fourth.id], '2026-08-01')).toEqual([]);

    // The DM's retry time comes (its claim postponed it, by the real clock).
    h.stores.clock.advance(60 * 60_000);
    const second = await h.useCases.followMemberships(T2);
    expect(second).toMatchObject({ endings: 1, removedFromChannels: 0, endingsTold: 1, endingsFollowed: 1 });
    expect(h.slack.callsTo('conversations.kick').filter((c) => c.args['user'] === fourth.id && !c.error)).toHaveLength(1);
    expect(h.slack.dmsTo(fourth.id).filter((m) => m.text === 'Your time in Green-Adeyemi has ended; thank you.')).toHaveLength(1);
    expect((await h.stores.claims.find(endingKeys.dm(ending!.id)))?.state).toBe('done');
    expect(await h.stores.roster.findEndingsToFollow()).toEqual([]);
  });

  it('keeps someone who stays in the group in another role in its channel, and tells them nothing', async () => {
    const mentee = roster.people.find((p) => p.name === 'Mentee 2-3')!;
    const green = (await h.stores.roster.findGroups()).find((g) => g.name === 'Green-Adeyemi')!;
    await h.stores.roster.openMemberships([{ groupId: green.id, personId: mentee.id, role: 'faculty' }], T2);
    await h.stores.roster.closeMemberships([{ groupId: green.id, personId: mentee.id, role: 'mentee' }], T2);
    const dms = h.slack.dmsTo(mentee.id).length;
    expect(await h.useCases.followMemberships(T2)).toMatchObject({ endings: 1, removedFromChannels: 0, endingsTold: 0, endingsFollowed: 1 });
    expect(h.slack.callsTo('conversations.kick').filter((c) => c.args['user'] === mentee.id)).toEqual([]);
    expect(h.slack.dmsTo(mentee.id)).toHaveLength(dms);
  });
});
