import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log/logger.js';
import { connectDatabase } from '../../src/program/store/database.js';
import { createPulseRepository } from '../../src/program/store/pulse-repository.js';
import { clickButton } from '../support/interactions.js';
import { runJobCli } from '../support/run-cli-process.js';
import { seedProgram } from '../support/seed-roster.js';
import { TestApp } from '../support/test-app.js';

const ZONE = 'America/Chicago';
const P3 = { id: 'U0MENTOR03', name: 'Priya Mentor', tz: ZONE };
const P4 = { id: 'U0MENTOR04', name: 'Quinn Mentor', tz: ZONE };
const F1 = { id: 'U0FACULTY1', name: 'Dr Okafor', tz: ZONE };
const ADA = { id: 'U0MENTEE01', name: 'Ada Mentee', tz: ZONE };
const BO = { id: 'U0MENTEE02', name: 'Bo Mentee', tz: ZONE };
const ENV = { PROGRAM_TIMEZONE: ZONE };

interface ResponseBody {
  text?: string;
  replace_original?: boolean;
  response_type?: string;
  blocks?: { elements?: { action_id?: string; value?: string }[] }[];
}

describe('job pulse end to end: a pulse answered low and shared', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ label: 'pulse', users: [P3, P4, F1, ADA, BO], env: ENV });
    await seedProgram(app.mongoUri, {
      people: [
        { id: P3.id, name: P3.name, roles: ['peer_mentor'] },
        { id: P4.id, name: P4.name, roles: ['peer_mentor'] },
        { id: F1.id, name: F1.name, roles: ['faculty'] },
        { id: ADA.id, name: ADA.name },
        { id: BO.id, name: BO.name },
      ],
      groups: [
        {
          name: 'Blue-Okafor',
          members: [
            { personId: P3.id, role: 'peer_mentor' },
            { personId: P4.id, role: 'peer_mentor' },
            { personId: F1.id, role: 'faculty' },
            { personId: ADA.id, role: 'mentee' },
            { personId: BO.id, role: 'mentee' },
          ],
        },
      ],
      at: new Date('2025-08-01T00:00:00Z'),
    });
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
    await clickButton(app, ADA.id, { actionId: 'pulse_score_2', value: '2025-09' }, { message: pulse });
    const answered = await app.slack.waitFor(() => lastResponse()?.text?.includes('you chose 2') && lastResponse(), 3_000, 'the thanks');
    expect(answered.replace_original).toBe(true);
    const offered = answered.blocks?.flatMap((b) => b.elements ?? []).map((e) => e.action_id);
    expect(offered).toEqual(['pulse_share', 'pulse_talk']);
    expect(app.slack.dmsTo(P3.id)).toEqual([]);
    expect(app.slack.dmsTo(P4.id)).toEqual([]);

    // A second click keeps the first answer.
    await clickButton(app, ADA.id, { actionId: 'pulse_score_5', value: '2025-09' }, { message: pulse });
    await app.slack.waitFor(() => lastResponse()?.text?.includes('already answered'), 3_000, 'the first answer standing');

    // Sharing tells both mentors, once each, that Ada would like to hear from them; never the score.
    await clickButton(app, ADA.id, { actionId: 'pulse_share', value: '2025-09' }, { message: pulse });
    await clickButton(app, ADA.id, { actionId: 'pulse_share', value: '2025-09' }, { message: pulse });
    await app.slack.waitFor(() => app.slack.responses.filter((r) => String(r.body['text']).includes('your mentors know')).length === 2, 3_000, 'the shares');
    for (const mentor of [P3, P4]) {
      const notices = app.slack.dmsTo(mentor.id);
      expect(notices).toHaveLength(1);
      expect(notices[0]!.text).toContain(`<@${ADA.id}> would like to hear from you`);
      const said = `${notices[0]!.text}\n${JSON.stringify(notices[0]!.blocks)}`;
      expect(said).not.toMatch(/score|of 5|chose|\b2\b/);
    }
    expect(app.slack.dmsTo(F1.id)).toEqual([]);

    const db = await connectDatabase({ uri: app.mongoUri, dataDir: '.data', logger: createLogger({ level: 'error', json: true, secrets: [] }) });
    try {
      const answers = await createPulseRepository(db.connection).findAnswers('2025-09');
      expect(answers).toEqual([expect.objectContaining({ menteeId: ADA.id, month: '2025-09', score: 2, sharedAt: expect.any(Date) })]);
    } finally {
      await db.close();
    }
  });

  it('opens the request form for a mentee who would like to talk', async () => {
    const pulse = app.slack.dmsTo(BO.id)[0]!;
    const answer = await clickButton(app, BO.id, { actionId: 'pulse_talk', value: '2025-09' }, { message: pulse });
    expect(answer.status).toBe(200);
    const opened = await app.slack.waitForCall('views.open', (args) => (args['view'] as { callback_id?: string }).callback_id === 'request_submit');
    expect(app.slack.views.get([...app.slack.views.keys()].at(-1)!)!.user).toBe(BO.id);
    expect(JSON.stringify(opened.args['view'])).toContain('request_description');
  });

  it('does not offer sharing after a good answer, and refuses a share that was not offered', async () => {
    const pulse = app.slack.dmsTo(BO.id)[0]!;
    await clickButton(app, BO.id, { actionId: 'pulse_score_4', value: '2025-09' }, { message: pulse });
    const answered = await app.slack.waitFor(() => lastResponse()?.text?.includes('you chose 4') && lastResponse(), 3_000, 'the thanks');
    expect(answered.blocks?.flatMap((b) => b.elements ?? []).map((e) => e.action_id)).toEqual(['pulse_talk']);
    await clickButton(app, BO.id, { actionId: 'pulse_share', value: '2025-09' }, { message: pulse });
    await app.slack.waitFor(() => lastResponse()?.text?.includes('only after a 1 or a 2'), 3_000, 'the refusal');
    expect(app.slack.dmsTo(P3.id)).toHaveLength(1);
  });
});
