import { createClaimRepository } from '../../src/delivery/store/claim-repository.js';
import { afterEach, describe, expect, it } from 'vitest';
import { introductionKeys } from '../../src/features/roster/domain/introductions.js';
import type { FakeSlack } from '../../src/demo/slack-simulator/fake-slack.js';
import { aRosterFile, rosterCsv, type RosterFile, type RosterRow } from '../support/program-fixture.js';
import { startApp, type AppHarness } from '../support/app-harness.js';

const T1 = new Date('2026-08-03T14:00:00Z');
const later = (minutes: number) => new Date(T1.getTime() + minutes * 60_000);

/** What the fake Slack saw, per group channel: its members, and what was posted there. */
function channelsOf(slack: FakeSlack) {
  return [...slack.channels.values()].filter((c) => c.isPrivate && !c.isMpim);
}

function sendCounts(slack: FakeSlack) {
  return {
    creates: slack.callsTo('conversations.create').length,
    invites: slack.callsTo('conversations.invite').length,
    posts: slack.callsTo('chat.postMessage').length,
    purposes: slack.callsTo('conversations.setPurpose').length,
  };
}

async function setUp(label: string, roster: RosterFile = aRosterFile()): Promise<{ h: AppHarness; roster: RosterFile }> {
  const h = await startApp({ label, users: roster.users });
  const answer = await h.useCases.importRoster(undefined, { csv: roster.csv, prune: false, dryRun: false, introduce: false, now: T1 });
  expect(answer).toMatchObject({ allowed: true, result: { status: 'imported' } });
  return { h, roster };
}

/** Asserts one channel per group with exactly its members (and the app), one introduction each, one DM per person per group. */
async function expectEveryoneIntroducedOnce(h: AppHarness, roster: RosterFile): Promise<void> {
  const groups = await h.stores.roster.findGroups();
  const channels = channelsOf(h.slack);
  expect(channels).toHaveLength(roster.groups.size);
  for (const group of groups) {
    const channel = channels.find((c) => c.id === group.channelId);
    expect(channel, group.name).toBeDefined();
    expect(channel!.members.filter((m) => m !== h.slack.bot.userId).sort()).toEqual([...roster.groups.get(group.name)!].sort());
    const posts = h.slack.postsTo(channel!.id);
    expect(posts.filter((p) => p.text.startsWith(`Welcome to ${group.name},`))).toHaveLength(1);
    expect(group.introducedAt).toBeDefined();
  }
  for (const person of roster.people) {
    const groupsOfPerson = [...roster.groups].filter(([, ids]) => ids.includes(person.id)).map(([name]) => name);
    const dms = h.slack.dmsTo(person.id);
    expect(dms.map((d) => d.text).sort(), person.name).toEqual(groupsOfPerson.map((g) => `Welcome to ${g} in the peer-mentoring program.`).sort());
  }
}

describe('introductions (use case, real database, fake Slack)', () => {
  let h: AppHarness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it('introduces every group once, and a second run sends nothing', async () => {
    const set = await setUp('introonce');
    h = set.h;
    const job = h.jobs.get('introductions')!;
    const first = await job.run(T1, h.logger);
    expect(first).toMatchObject({ groups: 4, channelsCreated: 4, introductionsPosted: 4, failed: 0, busy: 0 });
    expect(first['welcomesSent']).toBe([...set.roster.groups.values()].reduce((n, ids) => n + ids.length, 0));
    expect(h.slack.callsTo('conversations.create').every((c) => c.args['is_private'] === true)).toBe(true);
    await expectEveryoneIntroducedOnce(h, set.roster);

    const callsBefore = h.slack.calls.length;
    const second = await job.run(later(60), h.logger);
    expect(second).toMatchObject({ channelsCreated: 0, invited: 0, introductionsPosted: 0, newcomersWelcomed: 0, welcomesSent: 0, failed: 0, busy: 0 });
    expect(h.slack.calls.length).toBe(callsBefore);
  });

  it('creates no second channel and posts nothing twice when two runs race (two app instances)', async () => {
    const set = await setUp('introrace');
    h = set.h;
    const runs = await Promise.all([h.useCases.runIntroductions(T1), h.useCases.runIntroductions(T1), h.useCases.runIntroductions(T1)]);
    expect(runs.reduce((n, r) => n + r.channelsCreated, 0)).toBe(4);
    expect(runs.reduce((n, r) => n + r.introductionsPosted, 0)).toBe(4);
    // Whatever the racers left to one another is finished by the next run, still without doubles.
    await h.useCases.runIntroductions(later(11));
    await expectEveryoneIntroducedOnce(h, set.roster);
  });

  it('finishes next time what failed this time, repeating nothing', async () => {
    const set = await setUp('introfail');
    h = set.h;
    const gold = set.roster.people.find((p) => p.group === 'Gold-Nakamura' && p.role === 'mentee')!;
    // The intro post in one channel fails (after the client's retries), and so does one person's DM.
    let goldChannel: string | undefined;
    h.slack.failNext('conversations.create', { kind: 'error', error: 'internal_error' }, 1, (args) => args['name'] === 'mentoring-green-adeyemi');
    h.slack.failNext('chat.postMessage', { kind: 'error', error: 'internal_error' }, 1, (args) => {
      goldChannel ??= channelsOf(h!.slack).find((c) => c.name === 'mentoring-gold-nakamura')?.id;
      return args['channel'] === goldChannel && String(args['text']).startsWith('Welcome to Gold-Nakamura,');
    });
    h.slack.failNext('chat.postMessage', { kind: 'error', error: 'internal_error' }, 1, (args) => args['channel'] === h!.slack.dmWith(gold.id)?.id);

    const first = await h.useCases.runIntroductions(T1);
    expect(first).toMatchObject({ channelsCreated: 3, introductionsPosted: 2, failed: 3 });
    expect(h.logs.some((l) => l.level === 'warn' && /next run tries it again/.test(l.message))).toBe(true);

    const second = await h.useCases.runIntroductions(later(60));
    expect(second).toMatchObject({ channelsCreated: 1, introductionsPosted: 2, failed: 0 });
    await expectEveryoneIntroducedOnce(h, set.roster);
  });

  it('takes over a step a dead run left pending only once it is stale, and does it once', async () => {
    const set = await setUp('introdead');
    h = set.h;
    const blue = (await h.stores.roster.findGroups()).find((g) => g.name === 'Blue-Okafor')!;
    // A run died right after claiming Blue's channel: the claim is pending.
    const deadRun = createClaimRepository(h.database.connection, { clock: h.stores.clock });
    expect(await deadRun.claim(introductionKeys.channel(blue.id))).toBeDefined();

    const soon = await h.useCases.runIntroductions(later(1));
    expect(soon).toMatchObject({ channelsCreated: 3, busy: 1 });
    expect(channelsOf(h.slack).map((c) => c.name)).not.toContain('mentoring-blue-okafor');

    // Its lease runs out (10 minutes by the real clock, whatever time the job is run for).
    h.stores.clock.advance(11 * 60_000);
    const afterwards = await h.useCases.runIntroductions(later(15));
    expect(afterwards).toMatchObject({ channelsCreated: 1, introductionsPosted: 1, busy: 0 });
    await expectEveryoneIntroducedOnce(h, set.roster);
  });

  it('finds the channel it created when Slack’s answer was lost, instead of creating “…-2”', async () => {
    const set = await setUp('introlost');
    h = set.h;
    h.slack.failNext('conversations.create', { kind: 'lost-answer' }, 1, (args) => args['name'] === 'mentoring-blue-okafor');
    const first = await h.useCases.runIntroductions(T1);
    expect(first).toMatchObject({ failed: 1 });
    const made = channelsOf(h.slack).find((c) => c.name === 'mentoring-blue-okafor')!;
    expect(made).toBeDefined();

    await h.useCases.runIntroductions(later(60));
    const blue = (await h.stores.roster.findGroups()).find((g) => g.name === 'Blue-Okafor')!;
    expect(blue.channelId).toBe(made.id);
    expect(channelsOf(h.slack).map((c) => c.name)).not.toContain('mentoring-blue-okafor-2');
    await expectEveryoneIntroducedOnce(h, set.roster);
  });

  it('takes the next name when a channel name is taken', async () => {
    const set = await setUp('introtaken');
    h = set.h;
    h.slack.addChannel({ id: 'C0SOMEONE1', name: 'mentoring-blue-okafor', members: ['U0OTHER001'] });
    h.slack.addChannel({ id: 'C0SOMEONE2', name: 'mentoring-blue-okafor-2', members: ['U0OTHER001'] });
    await h.useCases.runIntroductions(T1);
    const blue = (await h.stores.roster.findGroups()).find((g) => g.name === 'Blue-Okafor')!;
    expect(h.slack.channels.get(blue.channelId!)?.name).toBe('mentoring-blue-okafor-3');
    expect(h.slack.channels.get('C0SOMEONE1')!.members).toEqual(['U0OTHER001']);
    expect(h.slack.postsTo('C0SOMEONE1')).toEqual([]);
  });

  it('invites and welcomes people who join later with a short message, not a second introduction', async () => {
    const set = await setUp('intronew');
    h = set.h;
    await h.useCases.runIntroductions(T1);
    const counts = sendCounts(h.slack);

    const newcomer: RosterRow = { id: 'U0NEWBIE01', name: 'New Mentee', email: 'new@med.example', role: 'mentee', year: 1, group: 'Blue-Okafor', mdphd: false, byEmail: false };
    h.slack.addUser({ id: newcomer.id, name: newcomer.name, email: newcomer.email });
    const imported = await h.useCases.importRoster(undefined, { csv: rosterCsv([...set.roster.people, newcomer]), prune: false, dryRun: false, introduce: true, now: later(30) });
    expect(imported).toMatchObject({ allowed: true, result: { status: 'imported', introductions: { newcomersWelcomed: 1, welcomesSent: 1, introductionsPosted: 0, channelsCreated: 0 } } });

    const blue = (await h.stores.roster.findGroups()).find((g) => g.name === 'Blue-Okafor')!;
    const channel = h.slack.channels.get(blue.channelId!)!;
    expect(channel.members).toContain(newcomer.id);
    const posts = h.slack.postsTo(channel.id);
    expect(posts.filter((p) => p.text.startsWith('Welcome to Blue-Okafor,'))).toHaveLength(1);
    const welcome = posts.filter((p) => p.text === 'New members joined Blue-Okafor.');
    expect(welcome).toHaveLength(1);
    expect(JSON.stringify(welcome[0]!.blocks)).toContain(`<@${newcomer.id}> (mentee)`);
    expect(h.slack.dmsTo(newcomer.id).map((d) => d.text)).toEqual(['Welcome to Blue-Okafor in the peer-mentoring program.']);
    expect(sendCounts(h.slack)).toEqual({ ...counts, invites: counts.invites + 1, posts: counts.posts + 2 });
    expect((await h.stores.roster.findGroups()).find((g) => g.name === 'Blue-Okafor')!.introducedMemberIds).toContain(newcomer.id);

    const again = await h.useCases.runIntroductions(later(90));
    expect(again).toMatchObject({ invited: 0, newcomersWelcomed: 0, welcomesSent: 0 });
  });

  it('counts people already in a channel as invited', async () => {
    const set = await setUp('introinvited');
    h = set.h;
    const blue = (await h.stores.roster.findGroups()).find((g) => g.name === 'Blue-Okafor')!;
    const someone = set.roster.groups.get('Blue-Okafor')![0]!;
    // The invitation answers as real Slack does when everyone named is already in: ok:false, already_in_channel.
    h.slack.failNext('conversations.invite', { kind: 'error', error: 'already_in_channel', extra: { errors: [{ user: someone, ok: false, error: 'already_in_channel' }] } });
    const run = await h.useCases.runIntroductions(T1);
    expect(run.failed).toBe(0);
    expect(run.introductionsPosted).toBe(4);
    expect((await h.stores.roster.findGroups()).find((g) => g.id === blue.id)!.introducedAt).toBeDefined();
  });

  it('introduces a group even when Slack will not add one of its members, and says so in the log', async () => {
    const set = await setUp('introgone');
    h = set.h;
    const gone = set.roster.people.find((p) => p.role === 'mentee' && p.group === 'Green-Adeyemi' && !p.mdphd)!;
    // The account was removed from the workspace after the import.
    h.slack.users.delete(gone.id);
    h.slack.failNext('conversations.invite', { kind: 'error', error: 'user_not_found', extra: { errors: [{ user: gone.id, ok: false, error: 'user_not_found' }] } }, 1, (args) =>
      String(args['users']).includes(gone.id),
    );
    const run = await h.useCases.runIntroductions(T1);
    expect(run).toMatchObject({ channelsCreated: 4, introductionsPosted: 4, failed: 1 });
    expect(h.slack.dmsTo(gone.id)).toEqual([]);
    expect(h.logs.some((l) => l.message === 'Slack would not add some people to their group’s channel' && JSON.stringify(l['users']).includes(gone.id))).toBe(true);
    const again = await h.useCases.runIntroductions(later(60));
    expect(again).toMatchObject({ introductionsPosted: 0, invited: 0, failed: 1 });
  });
});
