import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChosenBy } from '../../src/features/clinical/domain/match.js';
import type { RotationSubject } from '../../src/features/clinical/domain/rotation.js';
import { createMatchRepository } from '../../src/features/clinical/store/match-repository.js';
import { createRotationRepository } from '../../src/features/clinical/store/rotation-repository.js';
import { createAgreementRepository } from '../../src/program/store/agreement-repository.js';
import { addDays, dateInZone } from '../../src/program/calendar-date.js';
import type { ContactKind } from '../../src/program/records/contact.js';
import { actorsOf, type As } from '../support/actor.js';
import { startApp, type ServedApp } from '../support/app-harness.js';
import { aPerson } from '../support/program-fixture.js';
import { runExportCli, runJobCli } from '../support/run-cli-process.js';

const CHICAGO = 'America/Chicago';
const ADMIN = { id: 'U0BOOTADM1', name: 'Bea Bootstrap', tz: CHICAGO };
const OFFICE = { id: 'U0OFFICE01', name: 'Clinical Office', tz: CHICAGO };
const CARL = { id: 'U0CLP00001', name: 'Carl Mentor', tz: CHICAGO };
const DANA = { id: 'U0CLP00002', name: 'Dana Mentor', tz: 'Asia/Tokyo' };
const CLEO = { id: 'U0CLM00001', name: 'Cleo Mentee', tz: CHICAGO };
const ELI = { id: 'U0CLM00002', name: 'Eli Mentee', tz: CHICAGO };
const FINN = { id: 'U0CLM00003', name: 'Finn Mentee', tz: CHICAGO };
const GIA = { id: 'U0CLM00004', name: 'Gia Mentee', tz: CHICAGO };
const ENV = { ADMIN_USER_IDS: ADMIN.id, PROGRAM_TIMEZONE: CHICAGO };
const NOTE = 'talked about her grandmother’s illness';

/** Cleo's surgery rotation, Mon Jan 4 to Fri Feb 26, 2027 (midpoint Jan 30; 75 % on Feb 13), Carl her mentor. */
const CLEO_ROTATION = { subject: 'surgery' as const, site: 'General Hospital', preceptor: 'Dr. Cole', start: '2027-01-04', end: '2027-02-26' };
/** Gia's psychiatry rotation starts the same day; Carl mentors her too. */
const GIA_ROTATION = { subject: 'psychiatry' as const, site: undefined, preceptor: undefined, start: '2027-01-04', end: '2027-02-05' };
/** Eli's two rotations are dated around the real today (Home and the export read the real clock), Dana his mentor. */
const TODAY = dateInZone(new Date(), CHICAGO);
const ELI_ENDED = { subject: 'internal medicine' as const, site: 'City Clinic', preceptor: undefined, start: addDays(TODAY, -45), end: addDays(TODAY, -6) };
const ELI_NOW = { subject: 'pediatrics' as const, site: undefined, preceptor: undefined, start: addDays(TODAY, -4), end: addDays(TODAY, 35) };
const rotationId = (personId: string, r: { subject: RotationSubject; start: string }) => `${personId}|upcoming|${r.subject}|${r.start}`;

describe('the clinical track’s obligations end to end: nudges, the Clinical Office’s digest and Home, the rotations export', () => {
  let app: ServedApp;
  let as: As;
  let contacts = 0;
  /**
   * A contact as the ledger stores it, dated on the program's timeline (the check-in form dates contacts by the real
   * clock; clinical-pairs.e2e.test.ts logs one through `/mentor-checkin`).
   */
  const logContact = (mentorId: string, menteeId: string, date: string, kind: ContactKind, minutes: number) =>
    app.stores.contacts.record({
      mentorId,
      menteeIds: [menteeId],
      at: new Date(`${date}T16:00:00Z`),
      date,
      kind,
      group: false,
      minutes,
      note: NOTE,
      source: 'logged',
      sourceKey: `test:${(contacts += 1)}`,
      createdAt: new Date(`${date}T16:00:00Z`),
    });
  const nudges = (user: string, about: string) => app.slack.dmsTo(user).filter((m) => m.text.includes(about));

  beforeAll(async () => {
    app = await startApp({ label: 'clinical-obligations', served: true, users: [ADMIN, OFFICE, CARL, DANA, CLEO, ELI, FINN, GIA], env: ENV });
    as = actorsOf(app);
    const clinical = (p: { id: string; name: string; tz: string }, role: 'mentee' | 'peer_mentor' | 'admin', year?: number) =>
      aPerson({ id: p.id, name: p.name, roles: [role], tracks: [{ track: 'clinical', role }], year, timezone: p.tz });
    await app.stores.roster.savePeople([
      clinical(OFFICE, 'admin'),
      clinical(CARL, 'peer_mentor', 4),
      clinical(DANA, 'peer_mentor', 4),
      clinical(CLEO, 'mentee', 3),
      clinical(ELI, 'mentee', 3),
      clinical(FINN, 'mentee', 3),
      clinical(GIA, 'mentee', 4),
    ]);
    const connection = app.database.connection;
    await createRotationRepository(connection).saveRotations([
      { personId: CLEO.id, kind: 'upcoming', ...CLEO_ROTATION },
      { personId: GIA.id, kind: 'upcoming', ...GIA_ROTATION },
      { personId: ELI.id, kind: 'upcoming', ...ELI_ENDED },
      { personId: ELI.id, kind: 'upcoming', ...ELI_NOW },
      { personId: FINN.id, kind: 'upcoming', subject: 'surgery', site: undefined, preceptor: undefined, start: '2027-01-11', end: '2027-03-05' },
    ]);
    const matches = createMatchRepository(connection);
    const assign = (menteeId: string, r: { subject: RotationSubject; start: string }, mentorId: string, assignedAt: string, chosenBy: ChosenBy) =>
      matches.assign({ rotationId: rotationId(menteeId, r), menteeId, mentorId, assignedAt: new Date(assignedAt), chosenBy, step: 1 });
    await assign(CLEO.id, CLEO_ROTATION, CARL.id, '2026-12-15T18:00:00Z', 'mentee');
    await assign(GIA.id, GIA_ROTATION, CARL.id, '2026-12-16T18:00:00Z', 'auto');
    await assign(ELI.id, ELI_ENDED, DANA.id, `${addDays(ELI_ENDED.start, -14)}T18:00:00Z`, 'auto');
    await assign(ELI.id, ELI_NOW, DANA.id, `${addDays(ELI_NOW.start, -10)}T18:00:00Z`, 'mentee');
    await createAgreementRepository(connection, 'clinical_agreements').recordAgreement(DANA.id, new Date('2026-11-01T12:00:00Z'));
    // Eli and Dana met before his current rotation (30 minutes), never during the one that ended.
    await logContact(DANA.id, ELI.id, addDays(ELI_NOW.start, -1), 'video', 30);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('nudges Carl 7 days before a rotation (after his quiet hours) and 2 days before, each once; none after a video meeting', async () => {
    // Midnight in Chicago on Dec 28: due, but Carl's night (Dana, in Tokyo, is awake); at 09:02 there they go, once
    // however often the job runs.
    const night = await runJobCli(app, 'nudges', '2026-12-28T06:02:00Z', ENV);
    expect(night.stdout).toContain('clinicalNudgesWaitingForMorning 2');
    expect(nudges(CARL.id, 'rotation starts')).toEqual([]);
    await runJobCli(app, 'nudges', '2026-12-28T15:02:00Z', ENV);
    await runJobCli(app, 'nudges', '2026-12-30T15:02:00Z', ENV);
    expect(nudges(CARL.id, 'Cleo Mentee').map((m) => m.text)).toEqual(['Cleo Mentee’s surgery rotation starts in 7 days (Mon, Jan 4), and you have not met yet.']);
    expect(nudges(CARL.id, 'Gia Mentee').map((m) => m.text)).toEqual(['Gia Mentee’s psychiatry rotation starts in 7 days (Mon, Jan 4), and you have not met yet.']);

    // Carl meets Cleo by video on Dec 30 (45 minutes): she is left out of the 2-day nudges; Gia is not.
    await logContact(CARL.id, CLEO.id, '2026-12-30', 'video', 45);
    await runJobCli(app, 'nudges', '2027-01-02T15:02:00Z', ENV);
    await runJobCli(app, 'nudges', '2027-01-03T15:02:00Z', ENV);
    expect(nudges(CARL.id, 'Cleo Mentee')).toHaveLength(1);
    expect(nudges(CARL.id, 'Gia Mentee').map((m) => m.text).at(-1)).toBe('Gia Mentee’s psychiatry rotation starts in 2 days (Mon, Jan 4), and you have not met yet.');
    expect(nudges(CARL.id, 'Gia Mentee')).toHaveLength(2);
    expect(JSON.stringify(app.slack.dmsTo(CARL.id))).not.toContain(NOTE);
  });

  it('nudges Carl 2 days before the midpoint without a mid-rotation meeting, and at 75 % under 120 minutes', async () => {
    await runJobCli(app, 'nudges', '2027-01-27T15:02:00Z', ENV);
    const cleo = (about: string) => nudges(CARL.id, about).filter((m) => m.text.includes('Cleo Mentee'));
    expect(cleo('halfway')).toEqual([]);
    await runJobCli(app, 'nudges', '2027-01-28T15:02:00Z', ENV);
    await runJobCli(app, 'nudges', '2027-01-29T15:02:00Z', ENV);
    expect(cleo('halfway').map((m) => m.text)).toEqual(['Cleo Mentee’s surgery rotation is halfway on Sat, Jan 30, and you have not met since it began.']);

    await runJobCli(app, 'nudges', '2027-02-12T15:02:00Z', ENV);
    expect(cleo('minutes')).toEqual([]);
    await runJobCli(app, 'nudges', '2027-02-13T15:02:00Z', ENV);
    await runJobCli(app, 'nudges', '2027-02-14T15:02:00Z', ENV);
    expect(cleo('minutes').map((m) => m.text)).toEqual(['45 of 120 minutes with Cleo Mentee this rotation.']);
    expect(JSON.stringify(app.slack.dmsTo(CARL.id))).not.toContain(NOTE);
  });

  it('sends the Clinical Office its weekly digest once: counts and dates, never a note', async () => {
    const monday = '2027-01-04T14:05:00Z'; // 08:05 in Chicago
    const first = await runJobCli(app, 'digests', monday, ENV);
    expect(first.stdout).toContain('otherReaders 1');
    await runJobCli(app, 'digests', monday, ENV);
    // The Office is an admin too, so it also has the program's digest; the clinical one comes once.
    const digests = app.slack.dmsTo(OFFICE.id).filter((m) => m.text.startsWith('Clinical rotations this week'));
    expect(digests).toHaveLength(1);
    const text = JSON.stringify(digests[0]!.blocks);
    expect(text).toContain('*1 rotation starts in the next 14 days without a mentor:* Mon, Jan 11');
    expect(text).toContain('*Honesty agreements pending:* 1');
    expect(text).toContain('*Mentors with fewer than 3 mentees:* 2 of 2');
    expect(text).not.toContain(NOTE);
    // Not an Office digest for the program's other admin.
    expect(JSON.stringify(app.slack.dmsTo(ADMIN.id))).not.toContain('Clinical rotations');
  });

  it('shows a clinical mentee their rotations, mentor and obligations; a mentor their mentee rotations; the Office the pending agreements', async () => {
    const open = async (userId: string) => {
      const before = app.slack.callsTo('views.publish').filter((c) => c.args['user_id'] === userId).length;
      expect((await as(userId).openHome()).status).toBe(200);
      const call = await app.slack.waitForCall('views.publish', (args) => args['user_id'] === userId, 3_000, before + 1);
      return JSON.stringify(call.args['view']);
    };
    const eli = await open(ELI.id);
    expect(eli).toContain('Your clinical rotations');
    expect(eli).toContain('*Pediatrics*');
    expect(eli).toContain(`Your mentor: <@${DANA.id}>`);
    expect(eli).toContain(':white_check_mark: pre-rotation meeting: done');
    expect(eli).toContain(':hourglass_flowing_sand: 30 of 120 minutes: upcoming');
    expect(eli).toContain(':red_circle: pre-rotation meeting: missing');

    const dana = await open(DANA.id);
    expect(dana).toContain('Your clinical mentees');
    expect(dana).toContain(`*<@${ELI.id}>* · pediatrics`);
    expect(dana).toContain(':red_circle: 0 of 120 minutes: missing');

    const office = await open(OFFICE.id);
    expect(office).toContain('Mentors whose honesty agreement is pending');
    expect(office).toContain(`• <@${CARL.id}>`);
    expect(office).not.toContain(`• <@${DANA.id}>`);
    for (const home of [eli, dana, office]) expect(home).not.toContain(NOTE);
  });

  it('exports one row per mentee rotation with its mentor and obligations; an unassigned one has blank mentor cells', async () => {
    const run = await runExportCli(app, ['rotations', '--from', ELI_ENDED.start.slice(0, 7), '--to', '2027-02'], ENV);
    expect(run.code).toBe(0);
    const [header, ...rows] = run.stdout.trim().split('\r\n');
    expect(header).toBe('subject,site,preceptor,start,end,mentee,mentor,assigned_at,chosen_by,pre_meeting,mid_meeting,minutes,met_minutes');
    expect(rows).toEqual([
      `internal medicine,City Clinic,,${ELI_ENDED.start},${ELI_ENDED.end},Eli Mentee,Dana Mentor,${addDays(ELI_ENDED.start, -14)}T18:00:00.000Z,auto,missing,missing,120,0`,
      `pediatrics,,,${ELI_NOW.start},${ELI_NOW.end},Eli Mentee,Dana Mentor,${addDays(ELI_NOW.start, -10)}T18:00:00.000Z,mentee,${addDays(ELI_NOW.start, -1)},upcoming,120,30`,
      expect.stringMatching(/^surgery,General Hospital,Dr\. Cole,2027-01-04,2027-02-26,Cleo Mentee,Carl Mentor,2026-12-15T18:00:00\.000Z,mentee,2026-12-30,/),
      expect.stringMatching(/^psychiatry,,,2027-01-04,2027-02-05,Gia Mentee,Carl Mentor,2026-12-16T18:00:00\.000Z,auto,/),
      'surgery,,,2027-01-11,2027-03-05,Finn Mentee,,,,,,120,',
    ]);
    expect(run.stdout).not.toContain(NOTE);
  });
});
