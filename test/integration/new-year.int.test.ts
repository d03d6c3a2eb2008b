import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRolloverRepository } from '../../src/features/new-year/store/rollover-repository.js';
import type { Graduate, RolloverStore } from '../../src/features/new-year/ports.js';
import { createNewYearUseCases, type NewYearUseCases } from '../../src/features/new-year/use-cases.js';
import { createAdminPolicy } from '../../src/program/policy.js';
import { COHORT_TRACK } from '../../src/program/tracks.js';
import { startApp, type AppHarness } from '../support/app-harness.js';
import { CAST, aCohort, aProgram, aSecondCohort, seedProgram, theMdPhdGroup } from '../support/program-fixture.js';

const CHICAGO = 'America/Chicago';
const { priya: PRIYA, omar: OMAR, ada: ADA, lena: LENA, ben: BEN } = CAST;
const CLI = { cli: 'cli:tester' };
/** 22:00 in Chicago on 14 June 2027: inside the default quiet hours. The turn opens 2027-28. */
const NIGHT = new Date('2027-06-15T03:00:00Z');
const LATER_NIGHT = new Date('2027-06-15T03:30:00Z');
/** 10:00 in Chicago the next morning. */
const MORNING = new Date('2027-06-15T15:00:00Z');

/**
 * The turn of the year against a real database: a run that dies half-way leaves its frozen plan, and the next run
 * completes that plan, moving nobody twice (Priya, MS3→MS4 in the first run, is not then taken for a graduate);
 * thank-you DMs wait for the morning and go out once, from the `nudges` job's step.
 */
describe('the new year, applied once across a crash, quiet hours and reruns', () => {
  let app: AppHarness<{ served?: false; recording?: false }>;
  let rollovers: RolloverStore;
  const sent: { to: string; graduate: Graduate }[] = [];
  let followed = 0;
  let failMarkApplied = true;
  const useCases = (): NewYearUseCases =>
    createNewYearUseCases({
      ...app.stores,
      rollovers: {
        ...rollovers,
        async markApplied(year, at, by) {
          if (failMarkApplied) throw new Error('the process died here');
          return rollovers.markApplied(year, at, by);
        },
      },
      admins: createAdminPolicy([], app.stores.roster),
      sender: {
        async sendThanks(graduate) {
          sent.push({ to: graduate.personId, graduate });
          return { channel: `D${graduate.personId}`, ts: String(sent.length) };
        },
      },
      logger: app.logger,
      quietHours: app.config.quietHours,
      programTimezone: CHICAGO,
      tracks: () => [COHORT_TRACK],
      followEndedMemberships: async () => {
        followed += 1;
      },
    });

  beforeAll(async () => {
    app = await startApp({ label: 'new-year-int', env: { PROGRAM_TIMEZONE: CHICAGO } });
    rollovers = createRolloverRepository(app.database.connection);
    await seedProgram(app.stores.roster, aProgram(aCohort(), aSecondCohort(), theMdPhdGroup()));
  });
  afterAll(async () => {
    await app?.stop();
  });

  const yearOf = async (id: string) => (await app.stores.roster.findPeople([id]))[0]!.year;

  it('while another run applies the turn, a second does nothing and says so', async () => {
    const held = await app.stores.claims.claim('new-year:2027-28:apply', { holder: { by: 'U0OTHER' } });
    expect(await useCases().apply(CLI, NIGHT)).toEqual({ status: 'in_progress' });
    await app.stores.claims.drop(held!);
    expect(await rollovers.find('2027-28')).toBeUndefined();
    expect(await yearOf(PRIYA.id)).toBe(3);
  });

  it('a run that dies before it is recorded as done leaves the memberships ended, the years moved and the plan frozen', async () => {
    await expect(useCases().apply(CLI, NIGHT)).rejects.toThrow('the process died here');
    expect(await yearOf(PRIYA.id)).toBe(4);
    expect(await yearOf(ADA.id)).toBe(2);
    expect(await app.stores.roster.findMemberships({ current: true, personIds: [OMAR.id, LENA.id, BEN.id] })).toEqual([]);
    expect(followed).toBe(1);
    // 22:00 in Chicago: the thank-you DMs wait.
    expect(sent).toEqual([]);
    const stored = await rollovers.find('2027-28');
    expect(stored).toMatchObject({ year: '2027-28', closes: '2026-27', startedBy: 'cli:tester', appliedAt: undefined });
    expect(stored!.graduates.map((g) => g.personId).sort()).toEqual([LENA.id, OMAR.id].sort());
  });

  it('the preview then shows the frozen plan, and the next run completes it without moving anyone twice', async () => {
    failMarkApplied = false;
    const preview = await useCases().preview(CLI, LATER_NIGHT);
    expect(preview).toMatchObject({ status: 'preview', resuming: true });
    expect(preview.status === 'preview' && preview.summary.graduates.map((g) => g.name)).toEqual(['Lena Mdphd', 'Omar Fourth']);

    const outcome = await useCases().apply(CLI, LATER_NIGHT);
    expect(outcome).toMatchObject({ status: 'applied', resumed: true, thanks: { sent: 0, waitingForMorning: 2 } });
    // Priya, MS4 now, is still Blue-Okafor's mentor: not graduated by a plan worked out again.
    expect(await app.stores.roster.findMemberships({ current: true, personIds: [PRIYA.id] })).toHaveLength(1);
    expect(await yearOf(PRIYA.id)).toBe(4);
    expect(await yearOf(ADA.id)).toBe(2);
    expect((await rollovers.find('2027-28'))!.appliedAt).toEqual(LATER_NIGHT);
  });

  it('sends the waiting thank-you DMs in the morning from the nudges job’s step, once', async () => {
    expect(await useCases().sendWaitingThanks(MORNING)).toEqual({ newYearThanksSent: 2 });
    expect(await useCases().sendWaitingThanks(MORNING)).toEqual({ newYearThanksSent: 0 });
    expect(sent.map((s) => s.to).sort()).toEqual([LENA.id, OMAR.id].sort());
    expect(sent.find((s) => s.to === OMAR.id)!.graduate).toMatchObject({ mentees: 2, communications: 0, requestsAnswered: 0, minutes: 0 });
  });

  it('a later run the same academic year changes nothing and says when it was done', async () => {
    const again = await useCases().apply(CLI, new Date('2027-08-20T15:00:00Z'));
    expect(again).toMatchObject({ status: 'already_applied', rollover: { year: '2027-28', appliedBy: 'cli:tester' } });
    expect(await yearOf(PRIYA.id)).toBe(4);
    expect(sent).toHaveLength(2);
    expect(followed).toBe(2);
  });
});
