import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuietHours } from '../../src/delivery/quiet-hours.js';
import type { PremedIntroduction, PremedSender } from '../../src/features/premed/ports.js';
import { createFirstSessionRepository } from '../../src/features/premed/store/first-session-repository.js';
import { createPremedRepository } from '../../src/features/premed/store/premed-repository.js';
import { createPremedUseCases, type PremedUseCases } from '../../src/features/premed/use-cases.js';
import { createAgreementRepository } from '../../src/program/store/agreement-repository.js';
import type { ImportedTrackRow } from '../../src/program/tracks.js';
import { startApp, type AppHarness } from '../support/app-harness.js';
import { seedProgram, slackUsersOf, type PersonSpec } from '../support/program-fixture.js';

/** Monday 5 October 2026, 12:00 in Chicago. */
const now = new Date('2026-10-05T17:00:00Z');
/** The same day, 21:00 in Chicago: inside MINOR_QUIET_HOURS (20:00–08:00); QUIET_HOURS is off. */
const night = new Date('2026-10-06T02:00:00Z');
const [DOC, DAN, JO, AMY, CASEY] = ['U0PMDOC01', 'U0PMDAN01', 'U0PMJO001', 'U0PMAMY01', 'U0PMCAS01'];
const premed = (id: string, name: string, role: 'mentee' | 'peer_mentor' | 'admin'): PersonSpec => ({ id, name, roles: [role], tracks: [{ track: 'premed', role }] });
const people = [premed(DOC, 'Dr Rivera', 'peer_mentor'), premed(DAN, 'Dan Student', 'peer_mentor'), premed(JO, 'Jo Park', 'mentee'), premed(AMY, 'Amy Adult', 'mentee'), premed(CASEY, 'Casey Outreach', 'admin')];

const row = (line: number, personId: string, role: 'mentee' | 'peer_mentor', group: string, cells: Record<string, string>): ImportedTrackRow => ({ line, role, group, who: personId, cells, personId });
const ROWS = [
  row(2, DOC, 'peer_mentor', 'Pair-1', { mentor_type: 'physician' }),
  // Jo turns 18 on 6 October 2026: a minor on the import date.
  row(3, JO, 'mentee', 'Pair-1', { level: 'high_school', birth_date: '2008-10-06', parent_name: 'Sam Park', parent_phone: '+1 312 555 0100', parent_consent: 'yes' }),
  row(4, DAN, 'peer_mentor', 'Pair-2', { mentor_type: 'medical_student' }),
  row(5, AMY, 'mentee', 'Pair-2', { level: 'college', birth_date: '2006-01-02' }),
];

describe('the pre-med track on a real database: what an import keeps, and introductions once', () => {
  let app: AppHarness<{ served?: false; recording?: false }>;
  let premed: PremedUseCases;
  const sent: PremedIntroduction[] = [];
  const pairs = () => app.database.connection.db!.collection('premed_pairs').find({}).sort({ _id: 1 }).toArray();

  beforeAll(async () => {
    app = await startApp({ label: 'premed', users: slackUsersOf({ people }), env: { PROGRAM_TIMEZONE: 'America/Chicago', QUIET_HOURS: 'off' } });
    await seedProgram(app.stores.roster, { people, groups: [] });
    const store = createPremedRepository(app.database.connection);
    const sender: PremedSender = {
      sendWelcome: () => Promise.resolve('1.0'),
      async sendIntroduction(intro) {
        // Slow enough that a second run overlaps this one.
        await new Promise((resolve) => setTimeout(resolve, 50));
        sent.push(intro);
        return { channel: 'G1', ts: String(sent.length) };
      },
    };
    premed = createPremedUseCases({
      roster: app.stores.roster,
      pairs: store,
      profiles: store,
      agreements: createAgreementRepository(app.database.connection, 'premed_agreements'),
      claims: app.stores.claims,
      sender,
      logger: app.logger,
      quietHours: app.config.quietHours,
      minorQuietHours: parseQuietHours('20:00-08:00')!,
      programTimezone: 'America/Chicago',
      safeguardUserIds: [],
      agreementText: 'Be kind.',
    });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('keeps profiles (a minor’s parent among them) and pairs; the same rows again change nothing; a changed pair is a new version', async () => {
    await premed.saveRosterRows(ROWS, now);
    await premed.saveRosterRows(ROWS, new Date(now.getTime() + 60_000));
    expect(await pairs()).toEqual([
      { _id: 'pair-1', name: 'Pair-1', mentorId: DOC, menteeId: JO, version: 1, active: true, formedAt: now },
      { _id: 'pair-2', name: 'Pair-2', mentorId: DAN, menteeId: AMY, version: 1, active: true, formedAt: now },
    ]);
    const profiles = await createPremedRepository(app.database.connection).findProfiles([JO, AMY]);
    expect(profiles).toEqual([
      { personId: AMY, role: 'mentee', level: 'college', birthDate: '2006-01-02', parent: undefined },
      { personId: JO, role: 'mentee', level: 'high_school', birthDate: '2008-10-06', parent: { name: 'Sam Park', email: undefined, phone: '+1 312 555 0100', consent: true } },
    ]);
    expect(JSON.stringify(app.logs)).not.toContain('555 0100');
  });

  it('welcomes a minor outside MINOR_QUIET_HOURS only, the adults whenever their quiet hours allow', async () => {
    const first = await premed.welcomePremed(night);
    expect(first).toMatchObject({ premedWelcomesSent: 3, premedWelcomesWaiting: 1 });
    const second = await premed.welcomePremed(now);
    expect(second).toMatchObject({ premedWelcomesSent: 1, premedWelcomesWaiting: 0 });
  });

  it('introduces only pairs both of whom agreed, once under two racing runs, with the coordinator and the parent for a minor only', async () => {
    expect(await premed.waitingFor(JO, 'mentee')).toEqual(['self']);
    await premed.acceptAgreement(JO, now);
    expect(await premed.waitingFor(JO, 'mentee')).toEqual(['mentor']);
    expect(await premed.waitingFor(DOC, 'mentor')).toEqual(['self']);
    expect(sent).toEqual([]);
    for (const id of [DOC, DAN, AMY]) await app.database.connection.db!.collection('premed_agreements').insertOne({ _id: id as never, agreedAt: now });
    // At 21:00 the adults' pair is introduced; the minor's conversation waits for the end of MINOR_QUIET_HOURS.
    expect(await premed.introducePairs(night)).toMatchObject({ premedIntroductionsSent: 1, premedIntroductionsWaiting: 1 });
    expect(sent.map((s) => s.pair.key)).toEqual(['pair-2']);
    const [a, b] = await Promise.all([premed.introducePairs(now), premed.introducePairs(now)]);
    expect(a.premedIntroductionsSent + b.premedIntroductionsSent).toBe(1);
    expect(sent.map((s) => [s.pair.key, s.coordinatorIds, s.parent?.name])).toEqual(
      expect.arrayContaining([
        ['pair-1', [CASEY], 'Sam Park'],
        ['pair-2', [], undefined],
      ]),
    );
    expect(sent).toHaveLength(2);
    expect((await premed.introducePairs(now)).premedIntroductionsSent).toBe(0);
    expect(await premed.waitingFor(JO, 'mentee')).toEqual([]);
  });

  it('ends a pair the next file no longer names, and introduces a changed pair again, once', async () => {
    const later = new Date('2026-11-02T17:00:00Z');
    await premed.saveRosterRows([row(2, DAN, 'peer_mentor', 'Pair-1', { mentor_type: 'medical_student' }), ROWS[1]!], later);
    expect((await pairs()).map((p) => [p['_id'], p['mentorId'], p['version'], p['active']])).toEqual([
      ['pair-1', DAN, 2, true],
      ['pair-2', DAN, 1, false],
    ]);
    expect((await premed.introducePairs(later)).premedIntroductionsSent).toBe(1);
    // Jo turned 18 on 6 October: the new pair's introduction has no coordinator, and names no parent.
    expect(sent.at(-1)).toMatchObject({ pair: { key: 'pair-1', version: 2, mentorId: DAN }, coordinatorIds: [], parent: undefined });
  });

  it('keeps one parent answer per contact and minor, whatever repeats or races', async () => {
    const store = createFirstSessionRepository(app.database.connection);
    const session = { contactId: '65f0c0ffee0000000000abcd', mentorId: DOC, menteeId: JO, date: '2026-10-05', parentPresent: false, recordedAt: now };
    const outcomes = await Promise.all([store.recordFirstSession(session), store.recordFirstSession(session)]);
    expect(outcomes.map((o) => o.created).sort()).toEqual([false, true]);
    expect((await store.recordFirstSession({ ...session, parentPresent: true })).created).toBe(false);
    expect(await store.findFirstSessions()).toEqual([session]);
  });
});
