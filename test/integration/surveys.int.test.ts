import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Survey } from '../../src/features/surveys/domain/survey.js';
import type { SurveyStore } from '../../src/features/surveys/ports.js';
import { createSurveyRepository } from '../../src/features/surveys/store/survey-repository.js';
import { startApp, type AppHarness } from '../support/app-harness.js';

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
