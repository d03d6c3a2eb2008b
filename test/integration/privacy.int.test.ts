import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMatchRepository } from '../../src/features/clinical/store/match-repository.js';
import { createRotationRepository } from '../../src/features/clinical/store/rotation-repository.js';
import { seesNothing } from '../../src/features/dashboard/domain/scope.js';
import { renderDashboardPage } from '../../src/features/dashboard/web/dashboard-page.js';
import { buildHomeView } from '../../src/features/home/slack/home-view.js';
import { formatCsv } from '../../src/program/csv.js';
import { createGoalHomeSections } from '../../src/features/goals/slack/home-sections.js';
import { createFirstSessionRepository } from '../../src/features/premed/store/first-session-repository.js';
import { createPremedRepository } from '../../src/features/premed/store/premed-repository.js';
import { createTrainingRepository } from '../../src/features/trainings/store/training-repository.js';
import { createSurveyRepository } from '../../src/features/surveys/store/survey-repository.js';
import { createMatchingRepository } from '../../src/features/matching/store/matching-repository.js';
import { createAgreementRepository } from '../../src/program/store/agreement-repository.js';
import { CAST, aCohort, aPerson, seedProgram, slackUsersOf } from '../support/program-fixture.js';
import { startApp, type AppHarness } from '../support/app-harness.js';

/**
 * Privacy by construction (SPEC §5): notes (of contacts and concerns), request descriptions, reasons, goals and survey
 * free text are stored with unique markers, then every digest (faculty and admin), every Home tab (each role) and every
 * export is walked; no marker may appear in any. The one exception the issue makes: a survey's free-text answers are in
 * that survey's export (admins' only).
 */
const MARKERS = {
  contactNote: 'ZQX-CONTACT-NOTE-7741',
  description: 'ZQX-REQUEST-DESCRIPTION-5520',
  urgentDescription: 'ZQX-URGENT-DESCRIPTION-0913',
  awayNote: 'ZQX-AWAY-NOTE-3306',
  switchAdminMessage: 'ZQX-SWITCH-ADMIN-MESSAGE-8187',
  switchDetails: 'ZQX-SWITCH-DETAILS-2264',
  concernNote: 'ZQX-CONCERN-NOTE-4471',
  goalWords: 'ZQX-GOAL-WORDS-6158',
  surveyFreeText: 'ZQX-SURVEY-FREE-TEXT-6630',
  matchingFreeText: 'ZQX-MATCHING-FREE-TEXT-2917',
} as const;

const CHICAGO = 'America/Chicago';
const ADMIN = CAST.admin.id;
// Monday 5 October 2026, 08:05 in Chicago.
const NOW = new Date('2026-10-05T13:05:00Z');

/** The standard cohort: Okafor's Blue-Okafor, everyone in Chicago. */
const program = aCohort();
/** A clinical pair besides: a rotation mentor and the MS3 they mentor through surgery. */
const CLINICAL_MENTOR = 'U0CLP00001';
const CLINICAL_MENTEE = 'U0CLM00001';
const CLINICAL_USERS = [
  { id: CLINICAL_MENTOR, name: 'Carl Mentor', tz: CHICAGO },
  { id: CLINICAL_MENTEE, name: 'Cleo Mentee', tz: CHICAGO },
];

/** A pre-med pair besides: a physician and the high-school student (a minor) they mentor, and an outreach coordinator. */
const PREMED_MENTOR = 'U0PMP00001';
const PREMED_MENTEE = 'U0PMM00001';
const PREMED_COORDINATOR = 'U0PMC00001';
const PREMED_USERS = [
  { id: PREMED_MENTOR, name: 'Pat Physician', tz: CHICAGO },
  { id: PREMED_MENTEE, name: 'Jo Student', tz: CHICAGO },
  { id: PREMED_COORDINATOR, name: 'Casey Outreach', tz: CHICAGO },
];

/** A goals' Home section (the mentee's own, or a mentor's mentees'): goals shown to whom they are for. */
const isGoalSection = (source: unknown) => createGoalHomeSections({ ownGoals: async () => undefined, mentorGoals: async () => ({ goals: [] }) }).some((s) => s.draw === (source as { draw?: unknown }).draw);

function expectNoMarker(what: string, text: string, except?: keyof typeof MARKERS): void {
  for (const [kind, marker] of Object.entries(MARKERS)) if (kind !== except) expect(text.includes(marker), `${what} shows the ${kind}`).toBe(false);
}

describe('privacy by construction: no note (contacts’, concerns’), description or reason in any digest, Home tab or export', () => {
  let w: AppHarness;
  beforeAll(async () => {
    w = await startApp({ label: 'privacy', users: [...slackUsersOf(program), CAST.admin, ...CLINICAL_USERS, ...PREMED_USERS], env: { PROGRAM_TIMEZONE: CHICAGO, ADMIN_USER_IDS: ADMIN } });
    const { stores } = w;
    const groups = await seedProgram(stores.roster, program);
    const clinical = (id: string, role: 'mentee' | 'peer_mentor') => aPerson({ id, roles: [role], tracks: [{ track: 'clinical', role }], year: 4, timezone: CHICAGO });
    await stores.roster.savePeople([clinical(CLINICAL_MENTOR, 'peer_mentor'), clinical(CLINICAL_MENTEE, 'mentee')]);
    const rotation = { personId: CLINICAL_MENTEE, kind: 'upcoming' as const, subject: 'surgery' as const, site: 'General Hospital', preceptor: undefined, start: '2026-10-12', end: '2026-12-04' };
    await createRotationRepository(w.database.connection).saveRotations([rotation]);
    await createMatchRepository(w.database.connection).assign({
      rotationId: `${CLINICAL_MENTEE}|upcoming|surgery|2026-10-12`,
      menteeId: CLINICAL_MENTEE,
      mentorId: CLINICAL_MENTOR,
      assignedAt: new Date('2026-09-28T15:00:00Z'),
      chosenBy: 'mentee',
      step: 1,
    });
    await stores.contacts.record({
      mentorId: CLINICAL_MENTOR,
      menteeIds: [CLINICAL_MENTEE],
      at: new Date('2026-10-01T15:00:00Z'),
      date: '2026-10-01',
      kind: 'video',
      group: false,
      minutes: 45,
      note: `${MARKERS.contactNote} (clinical)`,
      source: 'logged',
      sourceKey: 'privacy:contact:clinical',
      createdAt: new Date('2026-10-01T15:00:00Z'),
    });
    // A required training held last week: Priya attended, Omar did not (admins' Home names him; the export has both).
    const trainings = createTrainingRepository(w.database.connection);
    const { training } = await trainings.createTraining({
      sourceKey: 'privacy:training',
      title: 'Limits of peer mentoring',
      startsAt: new Date('2026-09-29T15:00:00Z'),
      place: 'Room 4',
      audience: { roles: ['peer_mentor'], tracks: ['cohort'] },
      required: true,
      createdBy: ADMIN,
      createdAt: new Date('2026-09-15T15:00:00Z'),
      zone: CHICAGO,
    });
    await trainings.addInvitees(training.id, ['U0MENTOR03', 'U0MENTOR04'], new Date('2026-09-15T15:00:00Z'));
    await trainings.setAttendance(training.id, ['U0MENTOR03'], ADMIN, new Date('2026-09-30T15:00:00Z'));
    // The pre-med pair, as an import and both agreements leave it, with a first session that no parent attended.
    const premed = (id: string, role: 'mentee' | 'peer_mentor' | 'admin') => aPerson({ id, name: PREMED_USERS.find((u) => u.id === id)!.name, roles: [role], tracks: [{ track: 'premed', role }], timezone: CHICAGO });
    await stores.roster.savePeople([premed(PREMED_MENTOR, 'peer_mentor'), premed(PREMED_MENTEE, 'mentee'), premed(PREMED_COORDINATOR, 'admin')]);
    const premedStore = createPremedRepository(w.database.connection);
    await premedStore.saveProfiles([
      { personId: PREMED_MENTOR, role: 'peer_mentor', mentorType: 'physician' },
      { personId: PREMED_MENTEE, role: 'mentee', level: 'high_school', birthDate: '2011-03-02', parent: { name: 'Sam Student', email: 'sam@example.com', phone: undefined, consent: true } },
    ]);
    await premedStore.savePairs([{ key: 'pair-1', name: 'Pair-1', mentorId: PREMED_MENTOR, menteeId: PREMED_MENTEE, version: 1, active: true, formedAt: new Date('2026-09-01T15:00:00Z') }]);
    const premedAgreements = createAgreementRepository(w.database.connection, 'premed_agreements');
    for (const id of [PREMED_MENTOR, PREMED_MENTEE]) await premedAgreements.recordAgreement(id, new Date('2026-09-02T15:00:00Z'));
    const premedContact = await stores.contacts.record({
      mentorId: PREMED_MENTOR,
      menteeIds: [PREMED_MENTEE],
      at: new Date('2026-10-03T15:00:00Z'),
      date: '2026-10-03',
      kind: 'video',
      group: false,
      minutes: 50,
      note: `${MARKERS.contactNote} (pre-med)`,
      source: 'logged',
      sourceKey: 'privacy:contact:premed',
      createdAt: new Date('2026-10-03T15:00:00Z'),
    });
    await createFirstSessionRepository(w.database.connection).recordFirstSession({
      contactId: premedContact.contact.id,
      mentorId: PREMED_MENTOR,
      menteeId: PREMED_MENTEE,
      date: '2026-10-03',
      parentPresent: false,
      recordedAt: new Date('2026-10-03T15:00:00Z'),
    });
    const blue = groups.get('Blue-Okafor')!;
    for (const [i, date] of ['2026-09-20', '2026-10-02'].entries()) {
      await stores.contacts.record({
        mentorId: 'U0MENTOR03',
        menteeIds: ['U0MENTEE01'],
        at: new Date(`${date}T15:00:00Z`),
        date,
        kind: i === 0 ? 'video' : 'call',
        group: false,
        minutes: 20,
        note: `${MARKERS.contactNote} (${date})`,
        source: 'logged',
        sourceKey: `privacy:contact:${i}`,
        createdAt: new Date(`${date}T15:00:00Z`),
      });
    }
    const request = (menteeId: string, description: string, createdAt: string, urgent: boolean) =>
      stores.requests.create({
        menteeId,
        topic: urgent ? 'balance_wellbeing' : 'study_tips',
        urgency: urgent ? 'urgent' : 'routine',
        reach: 'slack',
        description,
        audience: 'cohort',
        mentorIds: ['U0MENTOR03', 'U0MENTOR04'],
        routedTo: 'mentors',
        coveringFor: [],
        deadline: new Date(new Date(createdAt).getTime() + 24 * 3_600_000),
        createdAt: new Date(createdAt),
        sourceKey: `privacy:${description}:${createdAt}`,
      });
    const overdue = await request('U0MENTEE02', MARKERS.description, '2026-10-02T12:00:00Z', false);
    await stores.requests.markClaimed(overdue.request.id, 'U0MENTOR04', new Date('2026-10-02T13:00:00Z'));
    const answered = await request('U0MENTEE01', MARKERS.description, '2026-10-01T12:00:00Z', false);
    await stores.requests.markResponded(answered.request.id, 'U0MENTOR03', new Date('2026-10-01T16:00:00Z'));
    await request('U0MENTEE01', MARKERS.urgentDescription, '2026-10-05T12:00:00Z', true);
    await stores.away.create({
      mentorId: 'U0MENTOR04',
      start: '2026-10-07',
      end: '2026-10-09',
      timezone: CHICAGO,
      note: MARKERS.awayNote,
      tellMentees: false,
      createdAt: new Date('2026-10-01T12:00:00Z'),
      sourceKey: 'privacy:away',
    });
    await stores.pulses.recordAnswer({ menteeId: 'U0MENTEE02', month: '2026-10', score: 1, answeredAt: new Date('2026-10-01T17:00:00Z') });
    await stores.pulses.markShared('U0MENTEE02', '2026-10', new Date('2026-10-01T17:01:00Z'));
    // Switch requests as /mentor-switch stores them: private details only admins may see, and an admin's message
    // to the mentee on a decline (an earlier request); one still open.
    const ask = (menteeId: string, at: string) =>
      stores.switches.create({
        menteeId,
        requestedBy: menteeId,
        requesterRole: 'mentee',
        subject: 'group',
        fromGroupId: blue.id,
        reason: 'personal',
        details: MARKERS.switchDetails,
        preferredGroupId: undefined,
        createdAt: new Date(at),
        sourceKey: `privacy:${menteeId}:${at}`,
      });
    const declined = await ask('U0MENTEE02', '2026-10-02T12:00:00Z');
    if (declined.kind !== 'created') throw new Error('expected a new switch request');
    await stores.switches.markDecided(declined.request.id, { status: 'declined', by: ADMIN, at: new Date('2026-10-02T13:00:00Z'), adminMessage: MARKERS.switchAdminMessage });
    await ask('U0MENTEE01', '2026-10-03T12:00:00Z');
    // Goals of a cohort mentee and of the clinical mentee, one answered *Stuck* with the mentors told (not which goal).
    const saved = await w.useCases.saveGoals('U0MENTEE01', [{ id: undefined, words: `${MARKERS.goalWords} (cohort)`, category: 'research', targetMonth: '2027-03' }], NOW);
    await w.useCases.saveGoals(CLINICAL_MENTEE, [{ id: undefined, words: `${MARKERS.goalWords} (clinical)`, category: 'clinical', targetMonth: '2026-12' }], NOW);
    if (saved.kind !== 'saved') throw new Error('expected the goals saved');
    const goal = { menteeId: 'U0MENTEE01', pointKey: '2026-Fall:mid', goalId: saved.goals[0]!.id };
    await w.useCases.answerRevisit({ ...goal, status: 'stuck' }, NOW);
    await w.useCases.tellMentors({ ...goal, share: false }, NOW);
    // Two surveys of the mentees, anonymous and named, each with 5 answers of Blue-Okafor (enough to show by group), free text in each.
    const surveys = createSurveyRepository(w.database.connection);
    for (const anonymous of [true, false]) {
      const id = anonymous ? 'privacy1' : 'privacy2';
      await surveys.createSurvey({ id, template: 'mentee_semester', audience: { roles: ['mentee'], tracks: [] }, anonymous, closesOn: '2026-10-20', launchedBy: ADMIN, launchedAt: new Date('2026-10-01T12:00:00Z') }, `privacy:${id}`);
      for (const [i, who] of ['U0MENTEE01', 'U0MENTEE02', 'U0SURVEY03', 'U0SURVEY04', 'U0SURVEY05'].entries()) {
        await surveys.recordAnswer(who, { surveyId: id, date: '2026-10-02', groupId: blue.id, userId: anonymous ? undefined : who, scores: [5, 4, 3, i + 1], text: `${MARKERS.surveyFreeText} (${i})` });
      }
    }
    // A matching questionnaire answered with private free text (background, hobbies in their own words).
    const matching = createMatchingRepository(w.database.connection);
    const { round } = await matching.openRound({ number: 1, startedAt: new Date('2026-10-01T12:00:00Z'), startedBy: ADMIN });
    const words = { specialties: ['Pediatrics'], region: undefined, hobbies: ['Running'], contact: 'E-mail', learningCommunity: 'blue', mdphd: false, mentors: [] };
    for (const who of ['U0MENTOR03', 'U0MENTEE01']) {
      await matching.saveAnswers({ roundId: round.id, userId: who, updatedAt: NOW, answers: { ...words, background: `${MARKERS.matchingFreeText} (background)`, hobbiesText: `${MARKERS.matchingFreeText} (hobbies)` } });
    }
    // A mentor's well-being concern with a private note, from a check-in prompt; and Ben tried twice, not reached.
    const concern = await w.useCases.raiseConcern({ actorId: 'U0MENTOR03', menteeId: 'U0MENTEE02', category: 'wellbeing', note: MARKERS.concernNote, sourceKey: 'privacy:concern', now: NOW });
    if (!concern.ok || concern.facultyTold !== 1) throw new Error('expected the concern to reach the faculty mentor');
    for (const mentor of ['U0MENTOR03', 'U0MENTOR04']) await w.useCases.recordAttempt({ actorId: mentor, menteeId: 'U0MENTEE02', prompt: undefined, now: NOW });
  });
  afterAll(async () => {
    await w?.stop();
  });

  it('stores the marked text (so the walks below could find it)', async () => {
    const { stores, database } = w;
    const contacts = await stores.contacts.findForMentees(['U0MENTEE01'], '2026-09-01', '2026-10-31');
    expect(contacts.map((c) => c.note).join(' ')).toContain(MARKERS.contactNote);
    const away = await stores.away.findNotEnded(['U0MENTOR04'], '2026-10-01');
    expect(away[0]?.note).toBe(MARKERS.awayNote);
    expect(await database.connection.collection('switch_requests').countDocuments({ details: MARKERS.switchDetails })).toBe(2);
    expect(await database.connection.collection('switch_requests').countDocuments({ adminMessage: MARKERS.switchAdminMessage })).toBe(1);
    expect(JSON.stringify(await database.connection.collection('goals').find({}).toArray())).toContain(MARKERS.goalWords);
    expect(await database.connection.collection('survey_answers').countDocuments({ text: { $regex: MARKERS.surveyFreeText } })).toBe(10);
    expect(await database.connection.collection('concerns').countDocuments({ note: MARKERS.concernNote })).toBe(1);
    expect(JSON.stringify(await database.connection.collection('matching_answers').find({}).toArray())).toContain(MARKERS.matchingFreeText);
    expect(await database.connection.collection('contact_attempts').countDocuments({ menteeId: 'U0MENTEE02' })).toBe(2);
    // The Faculty Mentor was told of the concern (who, by whom, the category) and that Ben was not reached: no note.
    const alerts = w.slack.dmsTo('U0FACULTY1').map((m) => m.text);
    expect(alerts).toEqual([expect.stringContaining('has a concern about <@U0MENTEE02>') as unknown as string, '*Ben Mentee* (<@U0MENTEE02>): not reached this month.']);
  });

  it('walks every digest: the faculty mentor’s, the admin’s and the outreach coordinator’s', async () => {
    const summary = await w.useCases.sendDigests(NOW);
    // The faculty mentor's, the admins' (the coordinator is a pre-med admin) and the pre-med coordinator's own.
    expect(summary).toMatchObject({ due: 4, sent: 4 });
    const faculty = w.slack.dmsTo('U0FACULTY1');
    const admin = w.slack.dmsTo(ADMIN);
    const coordinator = w.slack.dmsTo(PREMED_COORDINATOR);
    expect(faculty.length).toBeGreaterThan(0);
    expect(admin.length).toBeGreaterThan(0);
    expect(coordinator.length).toBeGreaterThan(0);
    for (const message of [...faculty, ...admin, ...coordinator]) expectNoMarker(`the digest to ${message.channel}`, JSON.stringify(message));
    // What the coordinator's digest does say: names, minutes and the date of a first session without a parent; no parent contact.
    expect(JSON.stringify(coordinator)).toContain('Jo Student with Pat Physician: 50 min');
    expect(JSON.stringify(coordinator)).not.toContain('sam@example.com');
    const digest = faculty.map((m) => JSON.stringify(m)).join('\n');
    // What the digest does say: counts, statuses and only the names of those who chose to share.
    expect(digest).toContain('Switch requests waiting for the program coordinators:* 1');
    expect(digest).toContain('Urgent well-being request: <@U0MENTEE01> (waiting for a mentor)');
    expect(digest).toContain('Asked to hear from their mentors: <@U0MENTEE02>');
    // The prompts' answers, as counts.
    expect(digest).toContain('Concerns raised by mentors this month: 1 (well-being 1)');
    expect(digest).toContain('Mentees tried twice this month and not reached: 1');
    expect(JSON.stringify(admin)).toContain('Concerns raised by mentors this month: 1 (well-being 1)');
    expect(JSON.stringify(admin)).toContain('1 switch request');
    // The goals' line: counts only.
    expect(digest).toContain(':dart: *Goals:* 1 of 2 mentees have set goals');
    // The surveys' results are there (rates and averages), their free text not.
    expect(JSON.stringify(admin)).toContain('*Mentee end-of-semester survey* (closes Tue, Oct 20): 2 of 4 answered (50%); averages 5.0 · 4.0 · 3.0 · 3.0');
    expect(digest).toContain('*Mentee end-of-semester survey*, your group (5 answers): averages 5.0 · 4.0 · 3.0 · 3.0');
  });

  it('walks every Home tab: mentee, mentor, faculty mentor, admin, clinical mentee and mentor', async () => {
    // Goals are for their mentee and mentors' Homes (a section each): only the faculty mentor's and the admin's are walked for them.
    const goalsShown = ['U0MENTEE01', 'U0MENTOR03', 'U0MENTOR04', CLINICAL_MENTEE, CLINICAL_MENTOR];
    for (const user of ['U0MENTEE01', 'U0MENTEE02', 'U0MENTOR03', 'U0MENTOR04', 'U0FACULTY1', ADMIN, CLINICAL_MENTEE, CLINICAL_MENTOR]) {
      const home = await w.useCases.readHome(user, NOW);
      const own = home.sections.filter((s) => !isGoalSection(s.source));
      // The admin's: the program, who missed a required training, surveys and the dashboard's button; the Faculty
      // Mentor's: the cohort, surveys and the dashboard's button.
      expect(own.length, user).toBe(user === ADMIN ? 4 : user === 'U0FACULTY1' ? 3 : 1);
      const view = JSON.stringify(buildHomeView(home));
      expect(view.includes(MARKERS.goalWords), `${user}'s Home shows goals`).toBe(goalsShown.includes(user));
      const withoutGoals = { ...home, sections: own };
      expectNoMarker(`${user}'s Home (what it is built from)`, JSON.stringify(withoutGoals));
      expectNoMarker(`${user}'s Home (as published)`, JSON.stringify(buildHomeView(withoutGoals)));
      if (!goalsShown.includes(user)) expectNoMarker(`${user}'s Home with its goals' sections`, view);
    }
  });

  it('walks every export kind', async () => {
    // Every kind the features contribute, whichever feature's record it is.
    const kinds = w.useCases.exportKinds();
    expect(kinds).toEqual(['contacts', 'requests', 'compliance', 'concerns', 'switches', 'memberships', 'rotations', 'hours', 'parents', 'goals', 'trainings', 'survey', 'audit']);
    for (const kind of kinds) {
      for (const id of kind === 'survey' ? ['privacy1', 'privacy2'] : [undefined]) {
        const outcome = await w.useCases.buildExport('cli:test', { kind, from: '2026-08', to: '2026-12', ...(id === undefined ? {} : { id }) }, NOW);
        if (!outcome.ok) throw new Error(`the ${kind} export failed`);
        expect(outcome.file.rows, kind).toBeGreaterThan(0);
        // A survey's export is the one place its free text goes (admins' only): nothing else of the marked text.
        expectNoMarker(`the ${kind} export`, outcome.file.csv, kind === 'survey' ? 'surveyFreeText' : undefined);
        if (kind === 'survey') expect(outcome.file.csv).toContain(MARKERS.surveyFreeText);
      }
    }
  });

  it('walks every dashboard page and CSV: the admin’s, the Faculty Mentor’s and the outreach coordinator’s', async () => {
    for (const user of [ADMIN, 'U0FACULTY1', PREMED_COORDINATOR]) {
      const scope = await w.useCases.dashboardScope(user);
      expect(seesNothing(scope), user).toBe(false);
      const content = await w.useCases.readDashboard(user, scope, NOW);
      expect(content.charts.length, user).toBeGreaterThanOrEqual(8);
      expectNoMarker(`${user}'s dashboard`, renderDashboardPage(content));
      for (const chart of content.charts) expectNoMarker(`${user}'s ${chart.id} CSV`, formatCsv(chart.table.columns, chart.table.rows));
    }
    // The admin's page does show the program: the cohort by name, the away mentor's dates, the switch requests' statuses.
    const admin = renderDashboardPage(await w.useCases.readDashboard(ADMIN, { all: true }, NOW));
    expect(admin).toContain('Blue-Okafor');
    expect(admin).toContain('Omar Fourth');
    expect(seesNothing(await w.useCases.dashboardScope('U0MENTEE01'))).toBe(true);
  });

  it('keeps the marked text out of everything sent to Slack and everything logged', () => {
    // Goals reach Slack only in their mentee's and mentors' Home tabs (and revisit DMs and prompts): every other call is walked.
    const calls = w.slack.calls.filter((c) => !(c.method === 'views.publish' && ['U0MENTEE01', 'U0MENTOR03', 'U0MENTOR04', 'U0MDPHDP01', CLINICAL_MENTEE, CLINICAL_MENTOR].includes(String(c.args['user_id']))));
    expectNoMarker('the Slack calls', JSON.stringify(calls));
    expectNoMarker('the log', JSON.stringify(w.logs));
  });
});
