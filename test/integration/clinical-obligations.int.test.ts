import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RotationState } from '../../src/features/clinical/read-rotation-state.js';
import { createMatchRepository } from '../../src/features/clinical/store/match-repository.js';
import { createRotationRepository } from '../../src/features/clinical/store/rotation-repository.js';
import { startApp, type AppHarness } from '../support/app-harness.js';
import { aPerson } from '../support/program-fixture.js';

const CHICAGO = 'America/Chicago';
const USERS = [
  { id: 'U0CLP00001', name: 'Carl Mentor', tz: CHICAGO },
  { id: 'U0CLM00001', name: 'Cleo Mentee', tz: CHICAGO },
  { id: 'U0OFFICE01', name: 'Clinical Office', tz: CHICAGO },
];
const [CARL, CLEO, OFFICE] = USERS.map((u) => u.id) as [string, string, string];
const ROTATION = { personId: CLEO, kind: 'upcoming' as const, subject: 'surgery' as const, site: 'General Hospital', preceptor: undefined, start: '2027-01-04', end: '2027-02-26' };
const ROTATION_ID = `${CLEO}|upcoming|surgery|2027-01-04`;
const SEVEN_DAYS_BEFORE = new Date('2026-12-28T15:02:00Z');

describe('clinical obligations on a real database (use cases, fake Slack)', () => {
  let h: AppHarness;
  beforeAll(async () => {
    h = await startApp({ label: 'clinical-obligations', users: USERS, env: { PROGRAM_TIMEZONE: CHICAGO } });
    const clinical = (id: string, role: 'mentee' | 'peer_mentor' | 'admin') => aPerson({ id, roles: [role], tracks: [{ track: 'clinical', role }], year: role === 'admin' ? undefined : 4, timezone: CHICAGO });
    await h.stores.roster.savePeople([clinical(CARL, 'peer_mentor'), clinical(CLEO, 'mentee'), clinical(OFFICE, 'admin')]);
    await createRotationRepository(h.database.connection).saveRotations([ROTATION]);
    await createMatchRepository(h.database.connection).assign({ rotationId: ROTATION_ID, menteeId: CLEO, mentorId: CARL, assignedAt: new Date('2026-12-15T18:00:00Z'), chosenBy: 'mentee', step: 1 });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('sends a nudge once however many runs race, under its claim', async () => {
    const runs = await Promise.all([1, 2, 3].map(() => h.useCases.sendRotationNudges(SEVEN_DAYS_BEFORE)));
    expect(runs.reduce((n, r) => n + r.clinicalNudgesSent, 0)).toBe(1);
    expect(h.slack!.dmsTo(CARL).filter((m) => m.text.includes('starts in 7 days'))).toHaveLength(1);
    expect(await h.stores.claims.find(`nudge:clinical-pre:${ROTATION_ID}:${CARL}:7`)).toMatchObject({ state: 'done' });
    expect(await h.useCases.sendRotationNudges(SEVEN_DAYS_BEFORE)).toMatchObject({ clinicalNudgesDue: 1, clinicalNudgesSent: 0, clinicalNudgesAlreadySent: 1 });
  });

  it('counts a contact undone no longer: the meeting logged then undone leaves the pre-rotation meeting missing', async () => {
    const { contact } = await h.stores.contacts.record({
      mentorId: CARL, menteeIds: [CLEO], at: new Date('2027-01-02T16:00:00Z'), date: '2027-01-02', kind: 'video', group: false, minutes: 40,
      note: undefined, source: 'logged', sourceKey: 'int:1', createdAt: new Date('2027-01-02T16:00:00Z'),
    });
    const after = new Date('2027-01-05T15:00:00Z');
    const done = await h.useCases.readMenteeRotations(CLEO, after);
    expect(done.entries[0]!.obligations).toMatchObject({ pre: { status: 'done', date: '2027-01-02' }, minutes: { minutes: 40 } });
    await h.stores.contacts.markUndone(contact.id, after);
    const undone = await h.useCases.readMenteeRotations(CLEO, after);
    expect(undone.entries[0]!.obligations).toMatchObject({ pre: { status: 'missing' }, minutes: { minutes: 0 } });
  });

  it('gives each clinical role its Home section, read from the track’s own records', async () => {
    const kinds = async (user: string) => (await h.useCases.readHome(user, SEVEN_DAYS_BEFORE)).sections.map((s) => s.kind);
    // Besides the goals' sections (their own goals; their mentees'), and the admins' of the program, trainings, surveys and
    // the dashboard's button.
    expect(await kinds(CLEO)).toEqual(['mentee', 'mentee']);
    expect(await kinds(CARL)).toEqual(['mentor', 'mentor']);
    expect(await kinds(OFFICE)).toEqual(['admin', 'admin', 'admin', 'admin', 'admin']);
    const [mentor] = (await h.useCases.readHome(CARL, SEVEN_DAYS_BEFORE)).sections;
    expect((mentor!.content as RotationState).entries.map((e) => e.rotation.id)).toEqual([ROTATION_ID]);
  });
});
