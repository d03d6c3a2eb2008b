import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Survey } from '../../src/features/surveys/domain/survey.js';
import type { SurveyStore } from '../../src/features/surveys/ports.js';
import { createSurveyRepository } from '../../src/features/surveys/store/survey-repository.js';
import type { SurveySender } from '../../src/features/surveys/ports.js';
import { createSurveyUseCases } from '../../src/features/surveys/use-cases.js';
import { createAdminPolicy } from '../../src/program/policy.js';
import type { PairTrack } from '../../src/program/pairs.js';
import { startApp, type AppHarness } from '../support/app-harness.js';
import { aPerson } from '../support/program-fixture.js';

const ADA = 'U0MENTEE01';
const BEN = 'U0MENTEE02';
const survey = (id: string, anonymous: boolean, closesOn = '2026-12-18'): Survey => ({
  id,
  template: 'mentee_semester',
  audience: { roles: ['mentee'], tracks: [] },
  anonymous,
  closesOn,
  launchedBy: 'U0ADMIN001',
  launchedAt: new Date('2026-12-01T15:00:00Z'),
});
const answer = (surveyId: string, userId: string | undefined, text?: string) => ({ surveyId, date: '2026-12-02', groupId: 'G1', userId, scores: [5, 4, 3, 2], text });

describe('the survey store on a real database', () => {
  let app: AppHarness<{ served?: false; recording?: false }>;
  let store: SurveyStore;
  const raw = (collection: string) => app.database.connection.db!.collection(collection).find({}).toArray();

  beforeAll(async () => {
    app = await startApp({ label: 'surveys', env: { PROGRAM_TIMEZONE: 'America/Chicago' } });
    store = createSurveyRepository(app.database.connection);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('stores a launched survey once per form submission', async () => {
    const first = await store.createSurvey(survey('anon0001', true), 'view:V1');
    const again = await store.createSurvey(survey('other001', true), 'view:V1');
    expect(first.created).toBe(true);
    expect(again).toEqual({ survey: first.survey, created: false });
    expect(await store.createSurvey(survey('named001', false), 'view:V2')).toMatchObject({ created: true });
    expect((await store.findClosingFrom('2026-12-18')).map((s) => s.id).sort()).toEqual(['anon0001', 'named001']);
    expect(await store.findClosingFrom('2026-12-19')).toEqual([]);
  });

  it('keeps an anonymous answer without any user id, time or ObjectId; who answered is apart, without the answer', async () => {
    expect(await store.recordAnswer(ADA, answer('anon0001', undefined, 'more evening sessions'))).toEqual({ recorded: true });
    const [stored] = (await raw('survey_answers')).filter((d) => d['surveyId'] === 'anon0001');
    expect(JSON.stringify(stored)).not.toContain(ADA);
    expect(Object.keys(stored!).sort()).toEqual(['_id', 'date', 'groupId', 'scores', 'surveyId', 'text']);
    expect(typeof stored!['_id']).toBe('string');
    expect(stored!['date']).toBe('2026-12-02');
    const respondents = await raw('survey_respondents');
    expect(respondents).toEqual([{ _id: `anon0001:${ADA}`, surveyId: 'anon0001', userId: ADA }]);
    expect((await store.findRespondents(['anon0001'])).get('anon0001')).toEqual(new Set([ADA]));
    expect(await store.hasAnswered('anon0001', ADA)).toBe(true);
    expect(await store.hasAnswered('anon0001', BEN)).toBe(false);
  });

  it('keeps the first answer: a second one, even at the same moment, is not written', async () => {
    expect(await store.recordAnswer(ADA, answer('anon0001', undefined, 'changed my mind'))).toEqual({ recorded: false });
    const both = await Promise.all([store.recordAnswer(BEN, answer('anon0001', undefined)), store.recordAnswer(BEN, answer('anon0001', undefined))]);
    expect(both.map((b) => b.recorded).sort()).toEqual([false, true]);
    const answers = await store.findAnswers(['anon0001']);
    expect(answers).toHaveLength(2);
    expect(answers.map((a) => a.text)).not.toContain('changed my mind');
  });

  it('keeps a named survey’s answer with who gave it', async () => {
    await store.recordAnswer(BEN, answer('named001', BEN));
    expect(await store.findAnswers(['named001'])).toEqual([{ surveyId: 'named001', date: '2026-12-02', groupId: 'G1', userId: BEN, scores: [5, 4, 3, 2], text: undefined }]);
  });
});

describe('the surveys job on a real database: each DM once, never in anyone’s quiet hours', () => {
  let app: AppHarness<{ served?: false; recording?: false }>;
  const sent: string[] = [];
  const JO = 'U0PMJO0001';
  const sender: SurveySender = {
    sendInvitation: (userId) => (sent.push(`invite:${userId}`), Promise.resolve({ channel: `D${userId}`, ts: String(sent.length) })),
    sendReminder: (userId) => (sent.push(`remind:${userId}`), Promise.resolve({ channel: `D${userId}`, ts: String(sent.length) })),
  };
  /** A pair track whose own quiet hours (a pre-med minor's) keep Jo's DMs back until `until`. */
  const holdingJoUntil = (until: string) =>
    ({ track: 'premed', conversationOpensAt: (ids: readonly string[], now: Date) => Promise.resolve(ids.includes(JO) && now < new Date(until) ? new Date(until) : undefined) }) as unknown as PairTrack;
  const useCases = (track: PairTrack) =>
    createSurveyUseCases({
      surveys: createSurveyRepository(app.database.connection),
      roster: app.stores.roster,
      claims: app.stores.claims,
      logger: app.logger,
      sender,
      quietHours: app.config.quietHours,
      programTimezone: 'America/Chicago',
      admins: createAdminPolicy([], app.stores.roster),
      trackNames: () => ['cohort', 'premed'],
      resultsChanged: () => Promise.resolve(),
      pairTracks: () => [track],
    });

  beforeAll(async () => {
    app = await startApp({ label: 'surveysjob', env: { PROGRAM_TIMEZONE: 'America/Chicago' } });
    await app.stores.roster.savePeople([
      aPerson({ id: ADA, roles: ['mentee'], timezone: 'America/Chicago' }),
      aPerson({ id: JO, roles: ['mentee'], tracks: [{ track: 'premed', role: 'mentee' }], timezone: 'America/Chicago' }),
      aPerson({ id: BEN, roles: ['mentee'], timezone: 'America/Chicago', active: false }),
    ]);
    await createSurveyRepository(app.database.connection).createSurvey(survey('job00001', true, '2026-12-10'), 'view:job');
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('invites each active person once across runs, outside QUIET_HOURS and a pair track’s own quiet hours', async () => {
    const track = holdingJoUntil('2026-12-02T16:00:00Z');
    // 07:05 in Chicago: QUIET_HOURS (21:00–08:00) for both.
    expect(await useCases(track).sendInvitations(new Date('2026-12-02T13:05:00Z'))).toMatchObject({ surveyInvitationsSent: 0, surveyInvitationsWaitingForMorning: 2 });
    // 08:05: Ada's goes; Jo's track still holds his.
    expect(await useCases(track).sendInvitations(new Date('2026-12-02T14:05:00Z'))).toMatchObject({ surveyInvitationsSent: 1, surveyInvitationsWaitingForMorning: 1 });
    expect(sent).toEqual([`invite:${ADA}`]);
    expect(await useCases(track).sendInvitations(new Date('2026-12-02T16:05:00Z'))).toMatchObject({ surveyInvitationsSent: 1, surveyInvitationsAlreadySent: 1 });
    await useCases(track).sendInvitations(new Date('2026-12-02T17:05:00Z'));
    expect(sent).toEqual([`invite:${ADA}`, `invite:${JO}`]);
  });

  it('reminds from 3 days before closing those invited who have not answered, once; the track’s hours hold a reminder too', async () => {
    await createSurveyRepository(app.database.connection).recordAnswer(ADA, { surveyId: 'job00001', date: '2026-12-03', groupId: undefined, userId: undefined, scores: [3, 3, 3, 3], text: undefined });
    const track = holdingJoUntil('2026-12-07T18:00:00Z');
    expect(await useCases(track).sendInvitations(new Date('2026-12-06T15:05:00Z'))).toMatchObject({ surveyRemindersSent: 0 });
    expect(await useCases(track).sendInvitations(new Date('2026-12-07T15:05:00Z'))).toMatchObject({ surveyRemindersSent: 0, surveyRemindersWaitingForMorning: 1 });
    await useCases(track).sendInvitations(new Date('2026-12-07T18:05:00Z'));
    await useCases(track).sendInvitations(new Date('2026-12-08T15:05:00Z'));
    expect(sent.filter((s) => s.startsWith('remind'))).toEqual([`remind:${JO}`]);
  });
});
