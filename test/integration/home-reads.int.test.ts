import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAST, aCohort, aProgram, aSecondCohort, seedProgram, slackUsersOf, theMdPhdGroup } from '../support/program-fixture.js';
import { startApp, type AppHarness } from '../support/app-harness.js';
import { offlineContext } from '../support/offline-features.js';
import { createSurveyRepository } from '../../src/features/surveys/store/survey-repository.js';
import { createHomeFeature } from '../../src/features/home/index.js';
import { createContactsFeature } from '../../src/features/contacts/index.js';
import { menteeHomeSection, mentorHomeSection } from '../../src/features/home/slack/home-sections.js';
import type { MentorSection } from '../../src/features/home/domain/home.js';
import { createAdminPolicy } from '../../src/program/policy.js';

const { admin: ADMIN, priya: PRIYA, omar: OMAR, ada: ADA, ben: BEN } = CAST;
/** Blue-Okafor (Okafor; Priya and Omar; Ada and Ben), Green-Adeyemi (Adeyemi; Pat; Dee), MD-PhD (Lena; Ada). */
const PROGRAM = { ...aProgram(aCohort(), aSecondCohort(), theMdPhdGroup()), slackOnly: [ADMIN] };
/** Monday 5 October 2026, 10:00 in Chicago. */
const NOW = new Date('2026-10-05T15:00:00Z');

/** A database operation: its collection, its method and its filter. */
interface Operation {
  readonly collection: string;
  readonly method: string;
  readonly filter: string;
}

/** The operations asked more than once, each once. */
const repeated = (asked: readonly Operation[]) => {
  const seen = new Set<string>();
  return [...new Set(asked.map((o) => `${o.collection}.${o.method} ${o.filter}`).filter((key) => seen.has(key) || !seen.add(key)))];
};

/**
 * A Home is redrawn after each check-in, on the event loop that acks the next commands: what a redraw asks the database
 * is what those acks wait behind. Every operation on the app's connection is counted, the features' own stores too.
 */
describe('what one Home redraw asks the database (the app’s own wiring, every operation counted)', () => {
  let w: AppHarness;
  /** The database operations `run` makes, in the order asked. */
  const operations = async (run: () => Promise<unknown>): Promise<Operation[]> => {
    const asked: Operation[] = [];
    const listen = (op: { collectionName: string; method: string; params: unknown[] }) =>
      asked.push({ collection: op.collectionName, method: op.method, filter: JSON.stringify(op.params[0] ?? null) });
    w.database.connection.on('operation-start', listen);
    try {
      await run();
    } finally {
      w.database.connection.off('operation-start', listen);
    }
    return asked;
  };
  /** A redraw well past the brief Home cache of the one before (each two minutes after it). */
  let minutes = 0;
  const redraw = (userId: string) => operations(() => w.useCases.readHome(userId, new Date(NOW.getTime() + (minutes += 2) * 60_000)));
  const allGroups = (asked: readonly Operation[]) => asked.filter((o) => o.collection === 'groups' && o.filter === '{}');
  const ofRoster = (asked: readonly Operation[]) => asked.filter((o) => ['people', 'memberships', 'groups'].includes(o.collection));
  const mentees = (home: { readonly sections: readonly { readonly kind: string; readonly content: unknown }[] }) =>
    (home.sections.find((s) => s.kind === 'mentor')!.content as MentorSection).mentees;

  beforeAll(async () => {
    w = await startApp({ label: 'home-reads', users: slackUsersOf(PROGRAM), env: { PROGRAM_TIMEZONE: 'America/Chicago', ADMIN_USER_IDS: ADMIN.id } });
    await seedProgram(w.stores.roster, PROGRAM);
  });
  afterAll(async () => {
    await w?.stop();
  });

  it('reads a peer mentor’s roster once for all their sections (their goals’ too), and only their own group', async () => {
    const asked = await redraw(PRIYA.id);
    expect(repeated(asked)).toEqual([]);
    expect(allGroups(asked)).toEqual([]);
    // Priya, her memberships, Blue-Okafor, its memberships and its 4 other people; Ada's and Ben's contacts and requests,
    // the time away of Priya, Omar and Dr. Okafor; the goals. No pulse and no switch: her sections show none. (Before: 29.)
    expect(asked.filter((o) => o.collection === 'pulse_answers' || o.collection === 'switch_requests')).toEqual([]);
    expect(asked).toHaveLength(16);
  });

  it('reads a mentee’s roster once, and only their own groups', async () => {
    const asked = await redraw(ADA.id);
    expect(repeated(asked)).toEqual([]);
    expect(allGroups(asked)).toEqual([]);
    // Ada, her memberships, Blue-Okafor and MD-PhD, their memberships and their 5 other people; Ada's and Ben's
    // requests, the time away of Priya, Omar, Lena and Dr. Okafor; her goals. No contact, pulse or switch: her sections
    // show none. (Before: 23, with all groups read twice, Ada twice, and the contacts, pulses and switches.) Of the
    // roster, only her memberships, MD-PhD, its memberships and Lena: Blue-Okafor, its memberships, Ada and the other
    // four were read by Priya's redraw a moment ago, and are kept (program/store/kept-roster.ts); the 18 reads a redraw
    // of hers would make otherwise are 11.
    expect(asked.filter((o) => ['contacts', 'pulse_answers', 'switch_requests'].includes(o.collection))).toEqual([]);
    expect(asked.filter((o) => o.collection === 'people').map((o) => o.filter)).toEqual([JSON.stringify({ _id: 'U0MDPHDP01' })]);
    expect(ofRoster(asked).map((o) => o.collection)).toEqual(['memberships', 'groups', 'memberships', 'people']);
    expect(asked).toHaveLength(11);
  });

  it('reads the whole program once for an admin, also for the surveys’ results', async () => {
    const asked = await redraw(ADMIN.id);
    expect(repeated(asked)).toEqual([]);
    expect(allGroups(asked)).toHaveLength(1);
    // The admin (not on the roster); the program's people, groups and memberships; its contacts, switches, requests,
    // time away and pulses; the trainings and surveys. (Before: 12.)
    expect(asked).toHaveLength(11);
    const survey = { id: 'reads001', template: 'mentee_semester', audience: { roles: ['mentee'], tracks: [] }, anonymous: true, closesOn: '2026-10-20', launchedBy: ADMIN.id, launchedAt: new Date('2026-10-01T15:00:00Z') } as const;
    await createSurveyRepository(w.database.connection).createSurvey(survey, 'view:VREADS1');
    const withSurvey = await redraw(ADMIN.id);
    expect(repeated(withSurvey)).toEqual([]);
    // Its respondents and answers besides. (Before: the program's roster read a second time for the results.)
    expect(withSurvey).toHaveLength(13);
  });

  it('reads a mentor’s roster at most once for the redraws of a burst of check-ins, and shows each contact at once', async () => {
    const at = new Date(NOW.getTime() + 60 * 60_000);
    const seconds = (n: number) => new Date(at.getTime() + n * 1_000);
    // Her roster is kept already, from her redraw above.
    await w.useCases.readHome(PRIYA.id, at);
    const contact = { mentorId: OMAR.id, menteeIds: [BEN.id], at: seconds(5), date: '2026-10-05', kind: 'call', group: false, minutes: 20, note: undefined, source: 'logged', createdAt: seconds(5) } as const;
    await w.stores.contacts.record({ ...contact, sourceKey: 'command:TREADS1' });
    let home: Awaited<ReturnType<typeof w.useCases.readHome>> | undefined;
    const again = await operations(async () => (home = await w.useCases.readHome(PRIYA.id, seconds(10))));
    expect(ofRoster(again)).toEqual([]);
    expect(mentees(home!).find((m) => m.id === BEN.id)?.lastCommunication).toEqual({ date: '2026-10-05', by: OMAR.id });
    // Ada's and Ben's contacts and requests, the time away of three; the goals.
    expect(again).toHaveLength(8);
  });

  it('answers a quick check-in after one read of the mentor’s roster (none again within 30 s) and one insert', async () => {
    // The contacts feature alone (its Home redraws go nowhere): what the check-in itself asks before its answer.
    const contacts = createContactsFeature({
      ...offlineContext({ exportTables: () => [], homeSections: () => [] }),
      config: w.config,
      database: w.database,
      stores: w.stores,
      claims: w.stores.claims,
    });
    const at = new Date(NOW.getTime() + 3 * 60 * 60_000);
    const checkin = (n: number) =>
      operations(async () => expect(await contacts.useCases.logQuickCheckin({ actorId: PRIYA.id, text: `<@${ADA.id}> call 20`, sourceKey: `command:TCHECKIN${n}`, now: new Date(at.getTime() + n * 1_000) })).toMatchObject({ ok: true, created: true }));
    const first = await checkin(1);
    expect(repeated(first)).toEqual([]);
    expect(allGroups(first)).toEqual([]);
    // Priya's memberships, Blue-Okafor, its memberships and its 5 people (Priya among them); the contact.
    expect(first.map((o) => `${o.collection}.${o.method}`)).toEqual([
      'memberships.find',
      'groups.find',
      'memberships.find',
      ...Array.from({ length: 5 }, () => 'people.find'),
      'contacts.insertOne',
    ]);
    expect((await checkin(2)).map((o) => `${o.collection}.${o.method}`)).toEqual(['contacts.insertOne']);
  });

  it('keeps the roster of a Home through other changes, and reads it again once the roster changes (or after 30 seconds)', async () => {
    const home = createHomeFeature({
      ...offlineContext({ exportTables: () => [], homeSections: () => [menteeHomeSection, mentorHomeSection] }),
      config: w.config,
      stores: w.stores,
      admins: createAdminPolicy(w.config.adminUserIds, w.stores.roster),
    });
    const at = new Date(NOW.getTime() + 2 * 60 * 60_000);
    const seconds = (n: number) => new Date(at.getTime() + n * 1_000);
    const read = async (when: Date) => {
      let drawn: Awaited<ReturnType<typeof home.useCases.readHome>> | undefined;
      const asked = await operations(async () => (drawn = await home.useCases.readHome(OMAR.id, when)));
      return { roster: ofRoster(asked), mentees: mentees(drawn!).map((m) => m.id) };
    };
    expect(await read(at)).toMatchObject({ mentees: [ADA.id, BEN.id] });
    home.onProgramChanged('contacts');
    expect(await read(seconds(5))).toEqual({ roster: [], mentees: [ADA.id, BEN.id] });
    expect((await read(seconds(31))).roster).not.toEqual([]);
    const blue = (await w.stores.roster.findGroups()).find((g) => g.name === 'Blue-Okafor')!;
    await w.stores.roster.closeMemberships([{ groupId: blue.id, personId: BEN.id, role: 'mentee' }], seconds(35));
    // The roster changed through this instance's stores: Home hears of it and reads it again.
    home.onProgramChanged('roster');
    const after = await read(seconds(40));
    expect(after.roster).not.toEqual([]);
    expect(after.mentees).toEqual([ADA.id]);
  });
});
