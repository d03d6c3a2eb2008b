import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMatchRepository } from '../../src/features/clinical/store/match-repository.js';
import { createRotationRepository } from '../../src/features/clinical/store/rotation-repository.js';
import { createPremedRepository } from '../../src/features/premed/store/premed-repository.js';
import { createAgreementRepository } from '../../src/program/store/agreement-repository.js';
import { createGoalRepository } from '../../src/features/goals/store/goal-repository.js';
import type { GoalEntry } from '../../src/features/goals/domain/goal.js';
import { buildHomeView } from '../../src/features/home/slack/home-view.js';
import { startApp, type AppHarness } from '../support/app-harness.js';
import { CAST, aCohort, aPerson, aProgram, aSecondCohort, seedProgram, slackUsersOf, theMdPhdGroup } from '../support/program-fixture.js';

const CHICAGO = 'America/Chicago';
const { admin: ADMIN, okafor: OKAFOR, priya: PRIYA, omar: OMAR, ada: ADA, ben: BEN, pat: PAT, dee: DEE, lena: LENA, stranger: STRANGER } = CAST;
const program = aProgram(aCohort(), aSecondCohort(), theMdPhdGroup());
const CARL = 'U0CLP00001';
const CLEO = 'U0CLM00001';
const CLINICAL_USERS = [
  { id: CARL, name: 'Carl Mentor', tz: CHICAGO },
  { id: CLEO, name: 'Cleo Mentee', tz: CHICAGO },
];
/** A pre-med pair: a physician and a high-school student under 18. */
const DOC = 'U0PMP00001';
const JO = 'U0PMM00001';
const PREMED_USERS = [
  { id: DOC, name: 'Pat Physician', tz: CHICAGO },
  { id: JO, name: 'Jo Student', tz: CHICAGO },
];
/** Monday 19 October 2026, 12:00 in Chicago: past the Fall semester's midpoint (16 October). */
const NOW = new Date('2026-10-19T17:00:00Z');
/** The same day, 23:00 in Chicago: quiet hours. */
const NIGHT = new Date('2026-10-20T04:00:00Z');
/** The same day, 20:30 in Chicago: quiet for a minor (MINOR_QUIET_HOURS, from 20:00), not yet for others (from 21:00). */
const EVENING = new Date('2026-10-20T01:30:00Z');
const ADA_GOAL = 'ZQX-GOAL Find a research mentor in cardiology';
const ADA_OTHER = 'ZQX-GOAL Pass the anatomy block';
const CLEO_GOAL = 'ZQX-GOAL Scrub into a Whipple';
const JO_GOAL = 'ZQX-GOAL Shadow a doctor for a day';

const entry = (words: string | undefined, category: string | undefined, targetMonth: string | undefined, id?: string): GoalEntry => ({ id, words, category, targetMonth });

describe('goals on a real database: the store, who sees what, the revisits and the digest line', () => {
  let w: AppHarness;
  const goalsCollection = () => w.database.connection.db!.collection('goals');
  const homeText = async (user: string, at = NOW) => JSON.stringify(buildHomeView(await w.useCases.readHome(user, at)));

  beforeAll(async () => {
    w = await startApp({ label: 'goals', users: [...slackUsersOf(program), ADMIN, STRANGER, ...CLINICAL_USERS, ...PREMED_USERS], env: { PROGRAM_TIMEZONE: CHICAGO, ADMIN_USER_IDS: ADMIN.id } });
    await seedProgram(w.stores.roster, program);
    const clinical = (id: string, role: 'mentee' | 'peer_mentor') => aPerson({ id, roles: [role], tracks: [{ track: 'clinical', role }], year: 4, timezone: CHICAGO });
    await w.stores.roster.savePeople([clinical(CARL, 'peer_mentor'), clinical(CLEO, 'mentee')]);
    await createRotationRepository(w.database.connection).saveRotations([{ personId: CLEO, kind: 'upcoming', subject: 'surgery', site: 'General Hospital', preceptor: undefined, start: '2026-10-12', end: '2026-12-04' }]);
    await createMatchRepository(w.database.connection).assign({ rotationId: `${CLEO}|upcoming|surgery|2026-10-12`, menteeId: CLEO, mentorId: CARL, assignedAt: new Date('2026-10-01T15:00:00Z'), chosenBy: 'mentee', step: 1 });
    // The pre-med pair, open once both accepted the agreement.
    const premed = (id: string, role: 'mentee' | 'peer_mentor') => aPerson({ id, name: PREMED_USERS.find((u) => u.id === id)!.name, roles: [role], tracks: [{ track: 'premed', role }], timezone: CHICAGO });
    await w.stores.roster.savePeople([premed(DOC, 'peer_mentor'), premed(JO, 'mentee')]);
    const premedStore = createPremedRepository(w.database.connection);
    await premedStore.saveProfiles([
      { personId: DOC, role: 'peer_mentor', mentorType: 'physician' },
      { personId: JO, role: 'mentee', level: 'high_school', birthDate: '2011-03-02', parent: { name: 'Sam Student', email: 'sam@example.com', phone: undefined, consent: true } },
    ]);
    await premedStore.savePairs([{ key: 'pair-1', name: 'Pair-1', mentorId: DOC, menteeId: JO, version: 1, active: true, formedAt: new Date('2026-09-01T15:00:00Z') }]);
    const agreements = createAgreementRepository(w.database.connection, 'premed_agreements');
    for (const id of [DOC, JO]) await agreements.recordAgreement(id, new Date('2026-09-02T15:00:00Z'));
  });
  afterAll(async () => {
    await w?.stop();
  });

  it('opens the form only for a current mentee (of a group or a track’s pair)', async () => {
    expect(await w.useCases.startGoals(STRANGER.id, NOW)).toMatchObject({ kind: 'not_a_mentee' });
    expect(await w.useCases.startGoals(PRIYA.id, NOW)).toMatchObject({ kind: 'not_a_mentee', adminIds: [ADMIN.id] });
    expect(await w.useCases.startGoals(ADA.id, NOW)).toEqual({ kind: 'form', goals: [], thisMonth: '2026-10' });
    expect(await w.useCases.startGoals(CLEO, NOW)).toMatchObject({ kind: 'form' });
  });

  it('stores nothing on bad input, then the goals; an edit keeps the goals’ ids (a forged id names a new goal)', async () => {
    const bad = await w.useCases.saveGoals(ADA.id, [entry(ADA_GOAL, 'research', '2026-09'), entry('x'.repeat(201), 'other', '2027-01')], NOW);
    expect(bad).toMatchObject({ kind: 'invalid', problems: [{ slot: 0, field: 'month', problem: 'month_past' }, { slot: 1, field: 'words', problem: 'words_too_long' }] });
    expect(await goalsCollection().countDocuments()).toBe(0);
    expect(await w.useCases.saveGoals(PRIYA.id, [entry('Mine', 'other', '2027-01')], NOW)).toMatchObject({ kind: 'not_a_mentee' });
    expect(await goalsCollection().countDocuments()).toBe(0);

    const saved = await w.useCases.saveGoals(ADA.id, [entry(ADA_GOAL, 'research', '2027-03'), entry(undefined, undefined, undefined), entry(ADA_OTHER, 'academics', '2026-12')], NOW);
    if (saved.kind !== 'saved') throw new Error('expected the goals saved');
    const [first, second] = saved.goals;
    const form = await w.useCases.startGoals(ADA.id, NOW);
    expect(form).toEqual({ kind: 'form', thisMonth: '2026-10', goals: [{ id: first!.id, words: ADA_GOAL, category: 'research', targetMonth: '2027-03' }, { id: second!.id, words: ADA_OTHER, category: 'academics', targetMonth: '2026-12' }] });

    const edited = await w.useCases.saveGoals(ADA.id, [entry(`${ADA_GOAL}.`, 'research', '2027-04', first!.id), entry(ADA_OTHER, 'academics', '2026-12', 'someone-elses')], NOW);
    if (edited.kind !== 'saved') throw new Error('expected the goals saved');
    expect(edited.goals[0]!.id).toBe(first!.id);
    expect(edited.goals[1]!.id).not.toBe('someone-elses');
    const [stored] = await createGoalRepository(w.database.connection).findGoals([ADA.id]);
    expect(stored!.goals.map((g) => g.words)).toEqual([`${ADA_GOAL}.`, ADA_OTHER]);
    expect(await w.useCases.saveGoals(CLEO, [entry(CLEO_GOAL, 'clinical', '2026-12')], NOW)).toMatchObject({ kind: 'saved' });
    expect(await w.useCases.saveGoals(JO, [entry(JO_GOAL, 'career', '2027-06')], NOW)).toMatchObject({ kind: 'saved' });
  });

  it('keeps one answer per mentee, point and goal (the latest), and the first wish to tell the mentors', async () => {
    const store = createGoalRepository(w.database.connection);
    const answer = { menteeId: DEE.id, point: '2026-Fall:mid', goalId: 'd1' };
    await store.saveAnswer({ ...answer, status: 'stuck', answeredAt: NOW });
    await store.saveAnswer({ ...answer, status: 'on_track', answeredAt: new Date(NOW.getTime() + 1_000) });
    expect(await store.findAnswers({ menteeIds: [DEE.id] })).toEqual([{ ...answer, status: 'on_track', answeredAt: new Date(NOW.getTime() + 1_000) }]);
    expect((await store.saveTell({ menteeId: DEE.id, point: '2026-Fall:mid', goalId: undefined, askedAt: NOW })).created).toBe(true);
    const again = await store.saveTell({ menteeId: DEE.id, point: '2026-Fall:mid', goalId: 'd1', askedAt: NOW });
    expect(again).toEqual({ created: false, tell: { menteeId: DEE.id, point: '2026-Fall:mid', goalId: undefined, askedAt: NOW } });
    expect(await store.findTells(['2026-Spring:end'])).toEqual([]);
    await w.database.connection.db!.collection('goal_answers').deleteMany({ menteeId: DEE.id });
    await w.database.connection.db!.collection('goal_tells').deleteMany({ menteeId: DEE.id });
  });

  it('shows the goals to the mentee and their current mentors (group and pair), to no one else (faculty and admins see counts in their digests)', async () => {
    expect(await homeText(ADA.id)).toContain('Find a research mentor in cardiology');
    expect(await homeText(ADA.id)).toContain('goals_home_open');
    expect(await homeText(BEN.id)).toContain('You have not set any goals yet.');
    for (const mentor of [PRIYA.id, OMAR.id, LENA.id]) {
      const home = await homeText(mentor);
      expect(home, mentor).toContain('Find a research mentor in cardiology');
      expect(home, mentor).not.toContain(CLEO_GOAL);
    }
    expect(await homeText(CARL)).toContain('Scrub into a Whipple');
    expect(await homeText(CARL)).not.toContain('cardiology');
    expect(await homeText(DOC)).toContain('Shadow a doctor for a day');
    expect(await homeText(DOC)).not.toContain('Whipple');
    for (const other of [PAT.id, DEE.id, OKAFOR.id, ADMIN.id, STRANGER.id]) expect(await homeText(other), other).not.toContain('ZQX-GOAL');
  });

  it('adds the goals under each mentee’s line of their mentor’s check-in prompt, and to no other mentor’s', async () => {
    // Monday 2 November 2026, 11:00 in Chicago: the first active day of November.
    await w.useCases.sendCheckinPrompts(new Date('2026-11-02T17:00:00Z'));
    const prompt = JSON.stringify(w.slack.dmsTo(PRIYA.id).at(-1)!.blocks);
    expect(prompt).toContain(`:dart: Goals: ${ADA_GOAL}. · ${ADA_OTHER}`);
    expect(JSON.stringify(w.slack.dmsTo(PAT.id))).not.toContain('ZQX-GOAL');
  });

  it('asks each current mentee with goals once per revisit point, never in quiet hours (a minor’s own included)', async () => {
    expect(await w.useCases.sendRevisits(NIGHT)).toMatchObject({ goalRevisitsDue: 3, goalRevisitsSent: 0, goalRevisitsWaitingForMorning: 3 });
    expect(await w.useCases.sendRevisits(EVENING)).toMatchObject({ goalRevisitsDue: 3, goalRevisitsSent: 2, goalRevisitsWaitingForMorning: 1 });
    expect(w.slack.dmsTo(JO)).toEqual([]);
    const runs = await Promise.all([w.useCases.sendRevisits(NOW), w.useCases.sendRevisits(NOW)]);
    expect(runs.reduce((n, r) => n + (r['goalRevisitsSent'] ?? 0), 0)).toBe(1);
    expect(await w.useCases.sendRevisits(new Date(NOW.getTime() + 3_600_000))).toMatchObject({ goalRevisitsDue: 3, goalRevisitsSent: 0 });
    const asks = (user: string) => w.slack.dmsTo(user).filter((m) => m.text.includes('Time to look back at your goals'));
    expect(asks(ADA.id)).toHaveLength(1);
    expect(asks(CLEO)).toHaveLength(1);
    expect(asks(JO)).toHaveLength(1);
    expect(asks(BEN.id)).toHaveLength(0);
    expect(asks(ADA.id)[0]!.text).toContain('halfway through Fall 2026');
    expect(JSON.stringify(asks(ADA.id)[0]!.blocks)).toContain('goals_answer_stuck');
    // Before the midpoint, nothing is due.
    expect(await w.useCases.sendRevisits(new Date('2026-10-12T17:00:00Z'))).toMatchObject({ goalRevisitsDue: 0 });
  });

  it('stores an answer, and on *Stuck* tells the mentors once, without the goal unless the mentee shares it', async () => {
    const [adaGoals] = await createGoalRepository(w.database.connection).findGoals([ADA.id]);
    const goalId = adaGoals!.goals[0]!.id;
    const point = '2026-Fall:mid';
    expect(await w.useCases.tellMentors({ menteeId: ADA.id, pointKey: point, goalId, share: false }, NOW)).toEqual({ kind: 'not_stuck' });
    const answered = await w.useCases.answerRevisit({ menteeId: ADA.id, pointKey: point, goalId, status: 'stuck' }, NOW);
    expect(answered).toMatchObject({ kind: 'answered', notice: { answers: new Map([[goalId, 'stuck']]) } });
    expect(await w.useCases.answerRevisit({ menteeId: BEN.id, pointKey: point, goalId, status: 'done' }, NOW)).toEqual({ kind: 'gone' });
    expect(await w.useCases.tellMentors({ menteeId: ADA.id, pointKey: point, goalId, share: false }, NOW)).toMatchObject({ kind: 'told', mentorIds: [PRIYA.id, OMAR.id, LENA.id] });
    expect(await w.useCases.tellMentors({ menteeId: ADA.id, pointKey: point, goalId, share: true }, NOW)).toMatchObject({ kind: 'already' });
    for (const mentor of [PRIYA.id, OMAR.id, LENA.id]) {
      const told = w.slack.dmsTo(mentor).filter((m) => m.text.includes('would like to talk with you about one of their goals'));
      expect(told, mentor).toHaveLength(1);
      expect(JSON.stringify(told), mentor).not.toContain('ZQX-GOAL');
    }
    // Cleo shares which goal: Carl reads it.
    const [cleoGoals] = await createGoalRepository(w.database.connection).findGoals([CLEO]);
    await w.useCases.answerRevisit({ menteeId: CLEO, pointKey: point, goalId: cleoGoals!.goals[0]!.id, status: 'stuck' }, NOW);
    expect(await w.useCases.tellMentors({ menteeId: CLEO, pointKey: point, goalId: cleoGoals!.goals[0]!.id, share: true }, NOW)).toMatchObject({ kind: 'told', mentorIds: [CARL] });
    expect(JSON.stringify(w.slack.dmsTo(CARL))).toContain(CLEO_GOAL);
    // The job finds them all told: nobody hears twice.
    expect(await w.useCases.sendRevisits(new Date(NOW.getTime() + 7_200_000))).toMatchObject({ goalTellsSent: 0 });
  });

  it('adds a counts line to the Faculty Mentor’s and the admin’s digests, never a goal’s words', async () => {
    // Monday 19 October 2026, 08:05 in Chicago: the digests are due.
    await w.useCases.sendDigests(new Date('2026-10-19T13:05:00Z'));
    const faculty = JSON.stringify(w.slack.dmsTo(OKAFOR.id));
    expect(faculty).toContain(':dart: *Goals:* 1 of 2 mentees have set goals · 1 goal revisited this semester');
    const admin = JSON.stringify(w.slack.dmsTo(ADMIN.id));
    // The program: Ada, Ben, Dee, and Cleo and Jo (paired in their tracks, with goals).
    expect(admin).toContain(':dart: *Goals:* 3 of 5 mentees have set goals · 2 goals revisited this semester');
    for (const digest of [faculty, admin, JSON.stringify(w.slack.dmsTo(CAST.adeyemi.id))]) expect(digest).not.toContain('ZQX-GOAL');
    const goalsExport = await w.useCases.buildExport('cli:test', { kind: 'goals', from: '2026-08', to: '2026-12' }, NOW);
    if (!goalsExport.ok) throw new Error('the goals export failed');
    expect(goalsExport.file.csv).toContain(`${ADA.id},Ada Mentee,2,1,0,0,0,1`);
    expect(goalsExport.file.csv).not.toContain('ZQX-GOAL');
    expect(JSON.stringify(w.logs)).not.toContain('ZQX-GOAL');
  });
});
