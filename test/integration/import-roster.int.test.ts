import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportOutcome, ImportRosterInput } from '../../src/features/roster/import-roster.js';
import { aRosterFile, rosterCsv, type RosterRow } from '../support/program-fixture.js';
import { startApp, type AppHarness } from '../support/app-harness.js';

const ADMIN = 'U0BOOTADM1';
const T1 = new Date('2026-08-03T14:00:00Z');
const T2 = new Date('2026-10-12T14:00:00Z');
const T3 = new Date('2026-11-02T14:00:00Z');

/** Everything the roster collections hold, for before/after comparisons. */
async function snapshot(h: AppHarness): Promise<string> {
  const db = h.database.connection.db!;
  const dump = async (name: string) => (await db.collection(name).find({}, { projection: { _id: name === 'people' ? 1 : 0 } }).toArray()).map((d) => JSON.stringify(d)).sort();
  return JSON.stringify({ people: await dump('people'), groups: await dump('groups'), memberships: await dump('memberships') });
}

describe('importing a roster (use case, real database, fake Slack)', () => {
  const roster = aRosterFile();
  let h: AppHarness;
  const run = async (input: Partial<ImportRosterInput> & { csv: string }, actor: string | undefined = ADMIN): Promise<ImportOutcome> => {
    const answer = await h.useCases.importRoster(actor, { prune: false, dryRun: false, introduce: false, now: T1, ...input });
    if (!answer.allowed) throw new Error('not allowed');
    return answer.result;
  };
  beforeAll(async () => {
    h = await startApp({ label: 'import', users: roster.users, env: { ADMIN_USER_IDS: ADMIN } });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('refuses anyone but an admin, and changes nothing', async () => {
    const before = await snapshot(h);
    const answer = await h.useCases.importRoster('U0NOTADMIN', { csv: roster.csv, prune: false, dryRun: false, introduce: false, now: T1 });
    expect(answer).toEqual({ allowed: false });
    expect(await snapshot(h)).toBe(before);
    expect(h.slack.calls.filter((c) => c.method.startsWith('users.'))).toEqual([]);
  });

  it('writes nothing on a dry run, and reports what an import would do', async () => {
    const outcome = await run({ csv: roster.csv, dryRun: true });
    expect(outcome).toMatchObject({ status: 'dry_run', summary: { peopleCreated: roster.people.length, groupsCreated: 4 } });
    expect(await snapshot(h)).toBe(JSON.stringify({ people: [], groups: [], memberships: [] }));
  });

  it('imports every person, group and membership, looking up by e-mail only those given by e-mail', async () => {
    const lookupsBefore = h.slack.callsTo('users.lookupByEmail').length;
    const outcome = await run({ csv: roster.csv });
    expect(outcome.status).toBe('imported');
    if (outcome.status !== 'imported') return;
    expect(outcome.summary).toEqual({
      rows: roster.people.length,
      peopleCreated: roster.people.length,
      peopleUpdated: 0,
      peopleUnchanged: 0,
      peopleDeactivated: 0,
      groupsCreated: 4,
      groupsChanged: 0,
      membershipsOpened: [...roster.groups.values()].reduce((n, ids) => n + ids.length, 0),
      membershipsClosed: 0,
    });
    expect(outcome.warnings).toEqual([]);
    const byEmail = roster.people.filter((p) => p.byEmail);
    expect(h.slack.callsTo('users.lookupByEmail').length - lookupsBefore).toBe(byEmail.length);

    const store = h.stores.roster;
    const groups = await store.findGroups();
    expect(groups.map((g) => [g.name, g.kind]).sort()).toEqual([
      ['Blue-Okafor', 'cohort'],
      ['Gold-Nakamura', 'cohort'],
      ['Green-Adeyemi', 'cohort'],
      ['MD-PhD', 'mdphd'],
    ]);
    const memberships = await store.findMemberships({ current: true });
    for (const group of groups) {
      expect(memberships.filter((m) => m.groupId === group.id).map((m) => m.personId).sort()).toEqual([...roster.groups.get(group.name)!].sort());
    }
    const people = await store.findPeople();
    const admin = people.find((p) => p.name === 'Pat Coordinator')!;
    expect(admin.roles).toEqual(['admin']);
    expect(await h.useCases.isAdmin(admin.id)).toBe(true);
    // Time zones come from Slack where the file gives none.
    expect(people.every((p) => p.timezone !== undefined)).toBe(true);
  });

  it('changes nothing when the same file is imported again, and asks Slack nothing', async () => {
    const before = await snapshot(h);
    const slackCalls = h.slack.calls.length;
    const outcome = await run({ csv: roster.csv, now: T2 });
    expect(outcome).toMatchObject({
      status: 'imported',
      summary: { peopleCreated: 0, peopleUpdated: 0, peopleUnchanged: roster.people.length, peopleDeactivated: 0, groupsCreated: 0, groupsChanged: 0, membershipsOpened: 0, membershipsClosed: 0 },
    });
    expect(await snapshot(h)).toBe(before);
    expect(h.slack.calls.length).toBe(slackCalls);
  });

  it('refuses a file with bad cells, naming every bad row, and changes nothing', async () => {
    const before = await snapshot(h);
    const lines = roster.csv.trimEnd().split('\r\n');
    lines[2] = lines[2]!.replace(',3,', ',7,');
    lines[9] = lines[9]!.replace(',mentee,', ',student,');
    const outcome = await run({ csv: lines.join('\n') });
    expect(outcome).toEqual({
      status: 'refused',
      errors: [
        { line: 3, column: 'year', reason: 'expected a year from 1 to 4' },
        { line: 10, column: 'role', reason: 'expected one of mentee, peer_mentor, faculty, admin' },
      ],
      warnings: [],
    });
    expect(await snapshot(h)).toBe(before);
  });

  it('refuses a file whose people Slack does not know or whose groups break the rules, and changes nothing', async () => {
    const before = await snapshot(h);
    const ghost: RosterRow = { id: 'U0GHOST001', name: 'Ghost', email: 'ghost@med.example', role: 'mentee', year: 1, group: 'Blue-Okafor', mdphd: false, byEmail: true };
    const secondFaculty: RosterRow = { ...roster.people.find((p) => p.role === 'faculty' && p.group === 'Green-Adeyemi')!, group: 'Blue-Okafor' };
    const outcome = await run({ csv: rosterCsv([...roster.people, ghost, secondFaculty]) });
    expect(outcome.status).toBe('refused');
    if (outcome.status !== 'refused') return;
    const ghostLine = roster.people.length + 2;
    expect(outcome.errors).toContainEqual({ line: ghostLine, column: 'email', reason: expect.stringMatching(/no one in this Slack workspace uses ghost@med.example/) });
    expect(outcome.errors).toContainEqual({ line: expect.any(Number), column: 'group', reason: expect.stringMatching(/Blue-Okafor would have 2 faculty mentors/) });
    expect(await snapshot(h)).toBe(before);
  });

  it('keeps membership history: a move ends one membership and starts another, and who was where in a month stays known', async () => {
    const mentee = roster.people.find((p) => p.role === 'mentee' && p.group === 'Blue-Okafor' && !p.mdphd)!;
    const moved = roster.people.map((p) => (p.id === mentee.id ? { ...p, group: 'Green-Adeyemi' } : p));
    const outcome = await run({ csv: rosterCsv(moved), now: T2 });
    expect(outcome).toMatchObject({ status: 'imported', summary: { peopleUnchanged: roster.people.length, membershipsOpened: 1, membershipsClosed: 1, groupsChanged: 2 } });

    const store = h.stores.roster;
    const groups = new Map((await store.findGroups()).map((g) => [g.id, g.name]));
    const history = await store.findMemberships({ personIds: [mentee.id] });
    expect(history.map((m) => [groups.get(m.groupId), m.from.toISOString(), m.to?.toISOString()])).toEqual([
      ['Blue-Okafor', T1.toISOString(), T2.toISOString()],
      ['Green-Adeyemi', T2.toISOString(), undefined],
    ]);
    const september = await store.findMemberships({ personIds: [mentee.id], overlapping: { from: new Date('2026-09-01'), to: new Date('2026-10-01') } });
    expect(september.map((m) => groups.get(m.groupId))).toEqual(['Blue-Okafor']);
  });

  it('leaves people missing from a partial file alone, and deactivates them only with --prune', async () => {
    const gold = roster.people.filter((p) => p.group === 'Gold-Nakamura');
    const partial = roster.people.filter((p) => p.group !== 'Gold-Nakamura').map((p) => (p.id === roster.people.find((q) => q.role === 'mentee' && q.group === 'Blue-Okafor' && !q.mdphd)!.id ? { ...p, group: 'Green-Adeyemi' } : p));

    const kept = await run({ csv: rosterCsv(partial), now: T3 });
    expect(kept).toMatchObject({ status: 'imported', summary: { peopleDeactivated: 0, membershipsClosed: 0, membershipsOpened: 0 } });
    expect((await h.stores.roster.findPeople(gold.map((p) => p.id))).every((p) => p.active)).toBe(true);

    const pruned = await run({ csv: rosterCsv(partial), now: T3, prune: true });
    expect(pruned).toMatchObject({ status: 'imported', summary: { peopleDeactivated: gold.length, peopleUnchanged: partial.length } });
    const store = h.stores.roster;
    expect((await store.findPeople(gold.map((p) => p.id))).every((p) => !p.active)).toBe(true);
    const goldGroup = (await store.findGroups()).find((g) => g.name === 'Gold-Nakamura')!;
    expect(goldGroup.active).toBe(false);
    expect(await store.findMemberships({ current: true, groupIds: [goldGroup.id] })).toEqual([]);
    // History is kept: the Gold memberships are closed, not deleted.
    expect((await store.findMemberships({ groupIds: [goldGroup.id] })).every((m) => m.to?.getTime() === T3.getTime())).toBe(true);
    // The MD/PhD mentee of Gold left the MD/PhD group too.
    const goldMdphd = gold.find((p) => p.mdphd)!;
    expect(await store.findMemberships({ current: true, personIds: [goldMdphd.id] })).toEqual([]);

    const back = await run({ csv: roster.csv.replace(/\r\n/g, '\n'), now: T3 });
    expect(back).toMatchObject({ status: 'imported', summary: { peopleUpdated: gold.length, peopleCreated: 0 } });
    expect((await store.findGroups()).find((g) => g.name === 'Gold-Nakamura')!.active).toBe(true);
  });

  it('survives a rate limit while looking people up (Slack’s Retry-After is honoured)', async () => {
    const extra: RosterRow = { id: 'U0LATE0001', name: 'Late Joiner', email: 'late@med.example', role: 'mentee', year: 2, group: 'Blue-Okafor', mdphd: false, byEmail: true };
    h.slack.addUser({ id: extra.id, name: extra.name, email: extra.email });
    h.slack.failNext('users.lookupByEmail', { kind: 'ratelimited', retryAfter: 1 });
    const started = Date.now();
    const outcome = await run({ csv: rosterCsv([...roster.people, extra]), now: T3 });
    expect(outcome).toMatchObject({ status: 'imported', summary: { peopleCreated: 1, membershipsOpened: 1 } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(h.slack.calls.filter((c) => c.method === 'users.lookupByEmail' && c.args['email'] === extra.email).map((c) => c.ok)).toEqual([false, true]);
  });

  it('changes nothing when Slack cannot answer the look-ups', async () => {
    const before = await snapshot(h);
    const stranger: RosterRow = { id: 'U0STRANGE1', name: 'Stranger', email: 'stranger@med.example', role: 'mentee', year: 2, group: 'Blue-Okafor', mdphd: false, byEmail: true };
    h.slack.failNext('users.lookupByEmail', { kind: 'error', error: 'fatal_error' });
    const outcome = await run({ csv: rosterCsv([...roster.people, stranger]), now: T3 });
    expect(outcome).toEqual({ status: 'slack_unavailable' });
    expect(await snapshot(h)).toBe(before);
  });
});
