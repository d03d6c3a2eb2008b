import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorsOf, type As } from '../support/actor.js';
import { CAST, aCohort, seedProgram, slackUsersOf } from '../support/program-fixture.js';
import { runJobCli } from '../support/run-cli-process.js';
import { startApp, type ServedApp } from '../support/app-harness.js';

const ZONE = 'America/Chicago';
const { priya: P3, omar: P4, okafor: F1, ada: ADA, ben: BO } = CAST;
/** The standard cohort. */
const PROGRAM = aCohort();
const ENV = { PROGRAM_TIMEZONE: ZONE };

interface ResponseBody {
  text?: string;
  replace_original?: boolean;
  response_type?: string;
  blocks?: { elements?: { action_id?: string; value?: string }[] }[];
}

describe('job pulse end to end: a pulse answered low and shared', () => {
  let app: ServedApp;
  let as: As;
  beforeAll(async () => {
    app = await startApp({ label: 'pulse', served: true, users: slackUsersOf(PROGRAM), env: ENV });
    as = actorsOf(app);
    await seedProgram(app.stores.roster, PROGRAM);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const lastResponse = () => app.slack.responses.at(-1)?.body as ResponseBody | undefined;

  it('asks each mentee once a month, stores a low answer, and tells the mentors only after the mentee chooses to share', async () => {
    // 15:05Z on 15 September 2025 is 10:05 in Chicago: the pulse day and hour.
    const run = await runJobCli(app, 'pulse', '2025-09-15T15:05:00Z', ENV);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('pulse as of 2025-09-15T15:05:00.000Z: mentees 2, due 2, sent 2');
    expect((await runJobCli(app, 'pulse', '2025-09-20T15:05:00Z', ENV)).stdout).toContain('sent 0, alreadySent 2');
    expect(app.slack.dmsTo(ADA.id)).toHaveLength(1);
    expect(app.slack.dmsTo(BO.id)).toHaveLength(1);
    expect(app.slack.dmsTo(P3.id)).toEqual([]);
    expect(app.slack.dmsTo(F1.id)).toEqual([]);
    const pulse = app.slack.dmsTo(ADA.id)[0]!;
    expect(pulse.text).toBe('How are things going?');
    const actions = JSON.stringify(pulse.blocks);
    for (const id of ['pulse_score_1', 'pulse_score_2', 'pulse_score_3', 'pulse_score_4', 'pulse_score_5', 'pulse_talk']) expect(actions).toContain(`"action_id":"${id}"`);

    // A 2: thanked, and offered to let the mentors know. Nobody is told anything yet.
    await as(ADA).click('pulse_score_2', '2025-09', { message: pulse });
    const answered = await app.slack.waitFor(() => lastResponse()?.text?.includes('you chose 2') && lastResponse(), 3_000, 'the thanks');
    expect(answered.replace_original).toBe(true);
    const offered = answered.blocks?.flatMap((b) => b.elements ?? []).map((e) => e.action_id);
    expect(offered).toEqual(['pulse_share', 'pulse_talk']);
    expect(app.slack.dmsTo(P3.id)).toEqual([]);
    expect(app.slack.dmsTo(P4.id)).toEqual([]);

    // A second click keeps the first answer.
    await as(ADA).click('pulse_score_5', '2025-09', { message: pulse });
    await app.slack.waitFor(() => lastResponse()?.text?.includes('already answered'), 3_000, 'the first answer standing');

    // Sharing tells both mentors, once each, that Ada would like to hear from them; never the score.
    await as(ADA).click('pulse_share', '2025-09', { message: pulse });
    await as(ADA).click('pulse_share', '2025-09', { message: pulse });
    await app.slack.waitFor(() => app.slack.responses.filter((r) => String(r.body['text']).includes('your mentors know')).length === 2, 3_000, 'the shares');
    for (const mentor of [P3, P4]) {
      const notices = app.slack.dmsTo(mentor.id);
      expect(notices).toHaveLength(1);
      expect(notices[0]!.text).toContain(`<@${ADA.id}> would like to hear from you`);
      const said = `${notices[0]!.text}\n${JSON.stringify(notices[0]!.blocks)}`;
      expect(said).not.toMatch(/score|of 5|chose|\b2\b/);
    }
    expect(app.slack.dmsTo(F1.id)).toEqual([]);

    const answers = await app.stores.pulses.findAnswers('2025-09');
    expect(answers).toEqual([expect.objectContaining({ menteeId: ADA.id, month: '2025-09', score: 2, sharedAt: expect.any(Date) })]);
  });

  it('opens the request form for a mentee who would like to talk', async () => {
    const pulse = app.slack.dmsTo(BO.id)[0]!;
    const answer = await as(BO).click('pulse_talk', '2025-09', { message: pulse });
    expect(answer.status).toBe(200);
    const opened = await app.slack.waitForCall('views.open', (args) => (args['view'] as { callback_id?: string }).callback_id === 'request_submit');
    expect(app.slack.views.get([...app.slack.views.keys()].at(-1)!)!.user).toBe(BO.id);
    expect(JSON.stringify(opened.args['view'])).toContain('request_description');
  });

  it('does not offer sharing after a good answer, and refuses a share that was not offered', async () => {
    const pulse = app.slack.dmsTo(BO.id)[0]!;
    await as(BO).click('pulse_score_4', '2025-09', { message: pulse });
    const answered = await app.slack.waitFor(() => lastResponse()?.text?.includes('you chose 4') && lastResponse(), 3_000, 'the thanks');
    expect(answered.blocks?.flatMap((b) => b.elements ?? []).map((e) => e.action_id)).toEqual(['pulse_talk']);
    await as(BO).click('pulse_share', '2025-09', { message: pulse });
    await app.slack.waitFor(() => lastResponse()?.text?.includes('only after a 1 or a 2'), 3_000, 'the refusal');
    expect(app.slack.dmsTo(P3.id)).toHaveLength(1);
  });
});
