import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/slack/commands.js';
import { actorsOf, type As } from '../support/actor.js';
import { uniqueDatabaseUri } from '../support/database.js';
import { TcpProxy } from '../support/tcp-proxy.js';
import { startApp, type ServedApp } from '../support/app-harness.js';

const MENTEE = { id: 'U0MENTEE01', name: 'Ada Mentee', email: 'ada@med.example', tz: 'America/Chicago' };

describe('the running app over HTTP', () => {
  let app: ServedApp;
  let as: As;
  beforeAll(async () => {
    app = await startApp({ label: 'foundation', served: true, users: [MENTEE], env: { ADMIN_USER_IDS: 'U0ADMIN001' } });
    as = actorsOf(app);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it.each(COMMANDS)('%s help answers, only to the person, with how to use it, within 3 s', async (command) => {
    const answer = await as(MENTEE).command(command, 'help');
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeLessThan(3_000);
    expect(answer.json?.['response_type']).toBe('ephemeral');
    expect(String(answer.json?.['text'])).toContain(`${command} — `);
    expect(String(answer.json?.['text'])).toContain(`\`${command} help\``);
    expect(answer.json?.['blocks']).toBeInstanceOf(Array);
  });

  it('answers unknown text with the help and says what it did not understand', async () => {
    const answer = await as(MENTEE).command('/mentor-admin', 'frobnicate');
    expect(answer.status).toBe(200);
    expect(String(answer.json?.['text'])).toMatch(/I don’t know `\/mentor-admin frobnicate`/);
    expect(String(answer.json?.['text'])).toContain('/mentor-admin status');
  });

  it('refuses a request with a wrong signature (401) and runs nothing', async () => {
    const before = app.slack.calls.length;
    const answer = await as(MENTEE).command('/mentor-request', 'help', { secret: 'not-the-signing-secret' });
    expect(answer.status).toBe(401);
    expect(answer.text).not.toContain('/mentor-request');
    expect(app.slack.calls.length).toBe(before);
  });

  it('refuses a replayed request signed more than five minutes ago (401)', async () => {
    const answer = await as(MENTEE).command('/mentor-request', 'help', { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(answer.status).toBe(401);
  });

  it('publishes a Home tab that says what the app is and whom to contact to someone outside the program', async () => {
    const answer = await as(MENTEE).openHome();
    expect(answer.status).toBe(200);
    const call = await app.slack.waitForCall('views.publish', (args) => args['user_id'] === MENTEE.id);
    const view = call.args['view'] as { type: string; blocks: { text?: { text: string } }[] };
    expect(view.type).toBe('home');
    const text = view.blocks.map((b) => b.text?.text ?? '').join('\n');
    expect(text).toContain('peer-mentoring program');
    expect(text).toContain('<@U0ADMIN001>');
  });

  it('writes JSON log lines in production, Bolt’s own included, with no secrets', async () => {
    await as(MENTEE).command('/mentor-request', 'help', { secret: 'wrong-secret-for-a-log-line' });
    await expect.poll(() => app.logs.some((l) => l['component'] === 'bolt')).toBe(true);
    const all = JSON.stringify(app.logs);
    expect(all).not.toContain(app.slack.token);
    expect(all).not.toContain('e2e-signing-secret');
    expect(app.logs.every((l) => typeof l.level === 'string' && typeof l.message === 'string' && typeof l['timestamp'] === 'string')).toBe(true);
  });
});

describe('GET /healthz', () => {
  let proxy: TcpProxy;
  let app: ServedApp;
  beforeAll(async () => {
    const direct = uniqueDatabaseUri('health');
    proxy = await TcpProxy.start(direct);
    app = await startApp({ label: 'health', served: true, mongoUri: proxy.uriFor(direct) });
  });
  afterAll(async () => {
    await app?.stop();
    await proxy?.stop();
  });

  it('answers 200 while the database answers, and 503 when it does not', async () => {
    const up = await app.get('/healthz');
    expect(up.status).toBe(200);
    expect(up.json).toEqual({ status: 'ok', database: 'up' });

    proxy.cutOff();
    const down = await app.get('/healthz');
    expect(down.status).toBe(503);
    expect(down.json).toEqual({ status: 'unavailable', database: 'down' });
    expect(down.ms).toBeLessThan(5_000);
  });
});
