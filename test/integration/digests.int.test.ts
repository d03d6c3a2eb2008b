import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewContact } from '../../src/program/records/contact.js';
import type { FakeMessage } from '../../src/demo/slack-simulator/fake-workspace.js';
import { CAST, aCohort, aProgram, aSecondCohort, seedProgram, slackUsersOf, type PersonSpec } from '../support/program-fixture.js';
import { startApp, type AppHarness } from '../support/app-harness.js';

const CHICAGO = 'America/Chicago';
const ADMIN = CAST.admin.id;
// Monday 5 October 2026: 08:05 in Chicago is 13:05 UTC, and 06:05 in Los Angeles.
const MONDAY_0805_CHICAGO = new Date('2026-10-05T13:05:00Z');
const MONDAY_0805_LA = new Date('2026-10-05T15:05:00Z');

/** The standard cohort and the second one: Okafor's Blue-Okafor in Chicago, Adeyemi's Green-Adeyemi with Adeyemi in Los Angeles. */
const program = aProgram(aCohort(), aSecondCohort());
const { people } = program;

const contact = (overrides: Partial<NewContact>): NewContact => ({
  mentorId: 'U0MENTOR03',
  menteeIds: ['U0MENTEE01'],
  at: new Date('2026-10-02T15:00:00Z'),
  date: '2026-10-02',
  kind: 'call',
  group: false,
  minutes: 15,
  note: undefined,
  source: 'logged',
  sourceKey: `seed:${Math.random()}`,
  createdAt: new Date('2026-10-02T15:00:00Z'),
  ...overrides,
});

const textOf = (m: FakeMessage) => `${m.text}\n${JSON.stringify(m.blocks)}`;

describe('job digests (use case on the real stores, through the app’s own wiring and the fake Slack)', () => {
  let w: AppHarness;
  beforeAll(async () => {
    w = await startApp({ label: 'digests', users: [...slackUsersOf(program), CAST.admin], env: { PROGRAM_TIMEZONE: CHICAGO, ADMIN_USER_IDS: ADMIN } });
    await seedProgram(w.stores.roster, program);
    await w.stores.contacts.record(contact({}));
  });
  afterAll(async () => {
    await w?.stop();
  });

  it('sends each Faculty Mentor one digest of their own cohort a week, from Monday 08:00 in their zone, whatever the runs', async () => {
    const first = await w.useCases.sendDigests(MONDAY_0805_CHICAGO);
    expect(first).toMatchObject({ faculty: 2, admins: 1, due: 2, sent: 2, alreadySent: 0, failed: 0 });
    // Twice more at once (two instances), and once more an hour and a half later (07:30 in Los Angeles).
    const again = await Promise.all([w.useCases.sendDigests(MONDAY_0805_CHICAGO), w.useCases.sendDigests(MONDAY_0805_CHICAGO)]);
    expect(again.map((s) => s.sent)).toEqual([0, 0]);
    await w.useCases.sendDigests(new Date('2026-10-05T14:30:00Z'));

    const blue = w.slack.dmsTo('U0FACULTY1');
    expect(blue).toHaveLength(1);
    expect(textOf(blue[0]!)).toContain('Weekly digest: Blue-Okafor');
    expect(textOf(blue[0]!)).toContain('<@U0MENTEE01>');
    expect(textOf(blue[0]!)).toContain('<@U0MENTEE02>');
    expect(textOf(blue[0]!)).not.toContain('U0MENTEE04');
    // Los Angeles is at 06:05: not yet.
    expect(w.slack.dmsTo('U0FACULTY2')).toHaveLength(0);
    const admin = w.slack.dmsTo(ADMIN);
    expect(admin).toHaveLength(1);
    expect(textOf(admin[0]!)).toContain('Weekly digest: the program');
    for (const id of ['U0MENTOR03', 'U0MENTOR04', 'U0MENTEE01']) expect(w.slack.dmsTo(id)).toHaveLength(0);

    const la = await w.useCases.sendDigests(MONDAY_0805_LA);
    expect(la).toMatchObject({ due: 3, sent: 1, alreadySent: 2 });
    const green = w.slack.dmsTo('U0FACULTY2');
    expect(green).toHaveLength(1);
    expect(textOf(green[0]!)).toContain('Weekly digest: Green-Adeyemi');
    expect(textOf(green[0]!)).not.toContain('U0MENTEE01');

    // Later that week: nothing new. The next Monday: the next week's digest.
    expect((await w.useCases.sendDigests(new Date('2026-10-08T15:00:00Z'))).sent).toBe(0);
    expect((await w.useCases.sendDigests(new Date('2026-10-12T13:05:00Z'))).sent).toBe(2);
    expect(w.slack.dmsTo('U0FACULTY1')).toHaveLength(2);
    const claims = await w.stores.claims.findDone('digest:U0FACULTY1:');
    expect([...claims].filter((k) => !k.includes(':part:')).sort()).toEqual(['digest:U0FACULTY1:2026-W41', 'digest:U0FACULTY1:2026-W42']);
  });

  it('sends nothing in a week whose Monday is in a month the program does not run', async () => {
    const before = w.slack.callsTo('chat.postMessage').length;
    expect(await w.useCases.sendDigests(new Date('2026-07-06T13:05:00Z'))).toMatchObject({ due: 0, sent: 0 });
    expect(w.slack.callsTo('chat.postMessage')).toHaveLength(before);
  });
});

describe('job digests: quiet hours and a digest sent in parts', () => {
  let w: AppHarness;
  const big = Array.from({ length: 60 }, (_, i): PersonSpec => ({ id: `U0BIG${String(i).padStart(5, '0')}`, name: `Big Mentee ${String(i).padStart(2, '0')}`, roles: ['mentee'] }));
  beforeAll(async () => {
    // Digests from 06:00: still inside the quiet hours (21:00–08:00).
    w = await startApp({ label: 'digestparts', users: slackUsersOf({ people: [...people, ...big] }), env: { PROGRAM_TIMEZONE: CHICAGO, DIGEST_HOUR: '6' } });
    await seedProgram(w.stores.roster, {
      people: [...people, ...big],
      groups: [{ name: 'Big-Cohort', mentees: big.map((p) => p.id), mentors: ['U0MENTOR03'], faculty: ['U0FACULTY1'] }],
    });
  });
  afterAll(async () => {
    await w?.stop();
  });

  it('waits for the end of quiet hours, then resumes a digest that failed half-way with the part not yet sent', async () => {
    const early = await w.useCases.sendDigests(new Date('2026-10-05T11:05:00Z'));
    expect(early).toMatchObject({ due: 1, sent: 0, waitingForMorning: 1 });
    expect(w.slack.dmsTo('U0FACULTY1')).toHaveLength(0);

    // The second message fails once.
    w.slack.failNext('chat.postMessage', { kind: 'error', error: 'internal_error' }, 1, (args) => JSON.stringify(args['blocks']).includes('continued, 2 of 2'));
    const failed = await w.useCases.sendDigests(MONDAY_0805_CHICAGO);
    expect(failed).toMatchObject({ due: 1, sent: 0, failed: 1 });
    expect(w.slack.dmsTo('U0FACULTY1')).toHaveLength(1);
    expect(textOf(w.slack.dmsTo('U0FACULTY1')[0]!)).toContain('Mentees* (1–30 of 60)');

    // Too soon for the retry (15 minutes of backoff), then after it: only the second part goes out.
    expect((await w.useCases.sendDigests(new Date(MONDAY_0805_CHICAGO.getTime() + 5 * 60_000))).sent).toBe(0);
    w.stores.clock.advance(20 * 60_000);
    const resumed = await w.useCases.sendDigests(new Date(MONDAY_0805_CHICAGO.getTime() + 20 * 60_000));
    expect(resumed).toMatchObject({ sent: 1, failed: 0 });
    const dms = w.slack.dmsTo('U0FACULTY1');
    expect(dms).toHaveLength(2);
    expect(textOf(dms[1]!)).toContain('Mentees* (31–60 of 60)');
    const all = dms.map(textOf).join('\n');
    for (const mentee of big) expect(all.split(`<@${mentee.id}>`).length - 1, mentee.id).toBeGreaterThanOrEqual(1);
    expect((await w.useCases.sendDigests(new Date(MONDAY_0805_CHICAGO.getTime() + 90 * 60_000))).sent).toBe(0);
    expect(w.slack.dmsTo('U0FACULTY1')).toHaveLength(2);
  });
});
