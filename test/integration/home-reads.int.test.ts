import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAST, aCohort, aProgram, aSecondCohort, seedProgram, slackUsersOf, theMdPhdGroup } from '../support/program-fixture.js';
import { startApp, type AppHarness } from '../support/app-harness.js';

const { admin: ADMIN, priya: PRIYA, ada: ADA } = CAST;
const PROGRAM = { ...aProgram(aCohort(), aSecondCohort(), theMdPhdGroup()), slackOnly: [ADMIN] };
/** Monday 5 October 2026, 10:00 in Chicago. */
const NOW = new Date('2026-10-05T15:00:00Z');

describe('what one Home redraw asks the database (the app’s own wiring, every database operation counted)', () => {
  let w: AppHarness;
  /** The database operations `run` makes, as `collection.method`, in the order asked. */
  const operations = async (run: () => Promise<unknown>): Promise<string[]> => {
    const asked: string[] = [];
    const listen = (op: { collectionName: string; method: string }) => asked.push(`${op.collectionName}.${op.method}`);
    w.database.connection.on('operation-start', listen);
    try {
      await run();
    } finally {
      w.database.connection.off('operation-start', listen);
    }
    return asked;
  };
  /** A redraw well past the brief Home cache of the one before (each a minute and more apart). */
  let minutes = 0;
  const redraw = (userId: string) => operations(() => w.useCases.readHome(userId, new Date(NOW.getTime() + ++minutes * 120_000)));

  beforeAll(async () => {
    w = await startApp({ label: 'home-reads', users: slackUsersOf(PROGRAM), env: { PROGRAM_TIMEZONE: 'America/Chicago', ADMIN_USER_IDS: ADMIN.id } });
    await seedProgram(w.stores.roster, PROGRAM);
  });
  afterAll(async () => {
    await w?.stop();
  });

  it('reads a mentor’s Home in a few queries, each read once', async () => {
    const asked = await redraw(PRIYA.id);
    console.log('mentor', asked.length, JSON.stringify(asked));
    expect(asked.length).toBeLessThanOrEqual(8);
  });

  it('reads a mentee’s Home in a few queries, each read once', async () => {
    const asked = await redraw(ADA.id);
    console.log('mentee', asked.length, JSON.stringify(asked));
    expect(asked.length).toBeLessThanOrEqual(8);
  });

  it('reads an admin’s Home in a few queries', async () => {
    const asked = await redraw(ADMIN.id);
    console.log('admin', asked.length, JSON.stringify(asked));
    expect(asked.length).toBeLessThanOrEqual(8);
  });
});
