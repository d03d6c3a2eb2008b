import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormEntry } from '../../src/features/contacts/log-contact.js';
import type { CohortDigest } from '../../src/program/overview/build-digest.js';
import type { ProgramDigest } from '../../src/program/overview/build-program-digest.js';
import { CAST, aCohort, aProgram, aSecondCohort, seedProgram, slackUsersOf } from '../support/program-fixture.js';
import { startApp, type AppHarness } from '../support/app-harness.js';

const { admin: ADMIN, okafor: F1, priya: P3, ada: ADA } = CAST;
const PROGRAM = { ...aProgram(aCohort(), aSecondCohort()), slackOnly: [ADMIN] };
/** Monday 5 October 2026, 10:00 in Chicago. */
const NOW = new Date('2026-10-05T15:00:00Z');
const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1_000);

describe('the admin and faculty Home read models, kept briefly (use cases on the real stores, store calls counted)', () => {
  let w: AppHarness;
  /** Store calls since the last look. */
  const storeCalls = () => {
    const total = [...w.counts.values()].reduce((sum, n) => sum + n, 0);
    w.counts.clear();
    return total;
  };
  const program = async (at: Date) => (await w.useCases.readHome(ADMIN.id, at)).sections[0]!.content as ProgramDigest;

  beforeAll(async () => {
    w = await startApp({ label: 'home-cache', counted: true, users: slackUsersOf(PROGRAM), env: { PROGRAM_TIMEZONE: 'America/Chicago', ADMIN_USER_IDS: ADMIN.id } });
    await seedProgram(w.stores.roster, PROGRAM);
  });
  afterAll(async () => {
    await w?.stop();
  });

  it('reads nothing when an admin opens Home again within the minute, and the same Home shows', async () => {
    storeCalls();
    const first = await w.useCases.readHome(ADMIN.id, NOW);
    expect(storeCalls()).toBeGreaterThan(5);
    const again = await w.useCases.readHome(ADMIN.id, later(30));
    expect(storeCalls()).toBe(0);
    expect(again).toEqual(first);
    expect((first.sections[0]!.content as ProgramDigest).totals).toMatchObject({ groups: 2, mentees: 3, communicated: 0, mentorsAway: 0 });
  });

  it('reads again once the minute is over', async () => {
    await program(later(60));
    expect(storeCalls()).toBeGreaterThan(5);
  });

  it('keeps a faculty mentor’s cohort the same way', async () => {
    storeCalls();
    const first = await w.useCases.readHome(F1.id, later(70));
    expect(storeCalls()).toBeGreaterThan(0);
    expect(await w.useCases.readHome(F1.id, later(80))).toEqual(first);
    expect(storeCalls()).toBe(0);
  });

  it('shows a contact logged at once on the next open, in the admin’s and the faculty mentor’s Home', async () => {
    await program(later(90));
    const entry: FormEntry = {
      actorId: P3.id,
      menteeIds: [ADA.id],
      kind: 'call',
      group: false,
      date: '2026-10-05',
      minutes: 15,
      note: undefined,
      source: 'logged',
      sourceKey: 'view:VCACHE1',
      prompt: undefined,
      now: later(95),
    };
    expect(await w.useCases.logContact(entry)).toMatchObject({ ok: true, created: true });
    storeCalls();
    expect((await program(later(100))).totals.communicated).toBe(1);
    expect(storeCalls()).toBeGreaterThan(0);
    const cohort = (await w.useCases.readHome(F1.id, later(100))).sections[0]!.content as CohortDigest;
    expect(cohort.mentees.find((m) => m.id === ADA.id)?.lastCommunication).toEqual({ date: '2026-10-05', by: P3.id });
  });

  it('shows any change made through the features’ stores at once, also one that redraws no Home (time away)', async () => {
    expect((await program(later(110))).totals.mentorsAway).toBe(0);
    const outcome = await w.useCases.markAway(
      { mentorId: P3.id, start: '2026-10-06', end: '2026-10-09', note: undefined, tellMentees: false, sourceKey: 'view:VCACHE2', replyByDm: false },
      later(115),
    );
    expect(outcome.kind).toBe('marked');
    expect((await program(later(120))).totals.mentorsAway).toBe(1);
  });
});
