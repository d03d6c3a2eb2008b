import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAST, aCohort, seedProgram, slackUsersOf } from '../support/program-fixture.js';
import { startApp, type AppHarness } from '../support/app-harness.js';

const { priya: P3, omar: P4, ada: ADA, ben: BEN, okafor: OKAFOR } = CAST;
const PROGRAM = aCohort();
/** 03:00 in Chicago on Tuesday 6 October 2026: the Faculty Mentor's quiet hours. */
const NIGHT = new Date('2026-10-06T08:00:00Z');
/** 09:05 the same morning. */
const MORNING = new Date('2026-10-06T14:05:00Z');

describe('the prompt’s answers and the Faculty Mentor’s quiet hours (use cases and the nudges job on the real stores)', () => {
  let h: AppHarness;
  const facultyDms = () => h.slack.dmsTo(OKAFOR.id).map((m) => m.text);
  const runNudges = (now: Date) => h.jobs.get('nudges')!.run(now, h.logger);
  beforeAll(async () => {
    h = await startApp({ label: 'checkin-answers', users: slackUsersOf(PROGRAM), env: { PROGRAM_TIMEZONE: 'America/Chicago' } });
    await seedProgram(h.stores.roster, PROGRAM);
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('keeps a concern’s alert and a not-reached alert for the morning, then sends each once however often the job runs', async () => {
    const concern = await h.useCases.raiseConcern({ actorId: P3.id, menteeId: ADA.id, category: 'academic', note: 'failed anatomy', sourceKey: 'view:V1', now: NIGHT });
    expect(concern).toMatchObject({ ok: true, created: true, facultyTold: 0 });
    for (const mentor of [P3, P4]) expect(await h.useCases.recordAttempt({ actorId: mentor.id, menteeId: BEN.id, prompt: undefined, now: NIGHT })).toMatchObject({ ok: true, created: true, escalated: false });
    expect(facultyDms()).toEqual([]);

    const morning = await runNudges(MORNING);
    expect(morning).toMatchObject({ unreachedAlertsSent: 1, concernAlertsSent: 1 });
    expect(facultyDms()).toEqual([`*Ben Mentee* (<@${BEN.id}>): not reached this month.`, `:warning: <@${P3.id}> has a concern about <@${ADA.id}>, one of your mentees: *Academic*. Please follow up with <@${P3.id}>; what they noted stays with them.`]);
    expect(await runNudges(new Date(MORNING.getTime() + 3_600_000))).toMatchObject({ unreachedAlertsSent: 0, concernAlertsSent: 0 });
    // The same form again: the same concern, no second alert.
    expect(await h.useCases.raiseConcern({ actorId: P3.id, menteeId: ADA.id, category: 'academic', note: 'failed anatomy', sourceKey: 'view:V1', now: MORNING })).toMatchObject({ ok: true, created: false });
    expect(facultyDms()).toHaveLength(2);
  });

  it('tells no one once the mentee was reached, and refuses answers about someone else’s mentee', async () => {
    const later = new Date('2026-11-03T20:00:00Z');
    await h.useCases.recordAttempt({ actorId: P3.id, menteeId: ADA.id, prompt: undefined, now: later });
    await h.useCases.logQuickCheckin({ actorId: P4.id, text: `<@${ADA.id}> text`, sourceKey: 'command:T1', now: later });
    // The second try comes after a communication this month: nothing to escalate.
    expect(await h.useCases.recordAttempt({ actorId: P4.id, menteeId: ADA.id, prompt: undefined, now: later })).toMatchObject({ ok: true, escalated: false });
    expect(await runNudges(new Date('2026-11-03T21:05:00Z'))).toMatchObject({ unreachedAlertsSent: 0 });
    expect(facultyDms()).toHaveLength(2);
    expect(await h.useCases.recordAttempt({ actorId: P3.id, menteeId: 'U0STRANGER', prompt: undefined, now: later })).toEqual({ ok: false, problem: 'not_your_mentee' });
    expect(await h.useCases.recordAttempt({ actorId: ADA.id, menteeId: BEN.id, prompt: undefined, now: later })).toEqual({ ok: false, problem: 'not_a_mentor' });
    expect(await h.useCases.raiseConcern({ actorId: P3.id, menteeId: 'U0STRANGER', category: 'other', note: undefined, sourceKey: 'view:V2', now: later })).toEqual({ ok: false, problems: ['not_your_mentee'] });
    expect(await h.useCases.raiseConcern({ actorId: P3.id, menteeId: BEN.id, category: 'other', note: 'x'.repeat(1_001), sourceKey: 'view:V3', now: later })).toEqual({ ok: false, problems: ['note_too_long'] });
    expect(await h.database.connection.collection('concerns').countDocuments({})).toBe(1);
  });
});
