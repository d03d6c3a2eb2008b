import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNING_SECRET } from '../support/actor.js';
import { uniqueDatabaseUri } from '../support/database.js';
import { freePort } from '../support/loopback-ports.js';
import { FakeSlack } from '../../src/demo/slack-simulator/fake-slack.js';
import { spawnTsx } from '../support/run-cli-process.js';

/** `npm start` without the build step: the same entry point, run as its own process. */
const startProcess = (env: Record<string, string>) => spawnTsx('src/main.ts', [], env);

describe('the app as a process', () => {
  it('exits non-zero with one clear message, and no stack trace, on a bad environment', async () => {
    const run = startProcess({ SLACK_BOT_TOKEN: 'not-a-token', PORT: '99999', PROGRAM_TIMEZONE: 'Nowhere/Special' });
    const code = await run.exited;
    const { stderr } = run.output();
    expect(code).toBe(1);
    expect(stderr).toContain('Peer Mentor cannot start: the configuration has 4 problems.');
    expect(stderr).toMatch(/SLACK_BOT_TOKEN is not valid: expected the bot token/);
    expect(stderr).toMatch(/SLACK_SIGNING_SECRET is missing/);
    expect(stderr).toMatch(/PORT is not valid: expected a port number from 0 to 65535/);
    expect(stderr).toMatch(/PROGRAM_TIMEZONE is not valid: expected an IANA time zone/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  describe('with a good environment', () => {
    let slack: FakeSlack;
    beforeAll(async () => {
      slack = await new FakeSlack().start();
    });
    afterAll(async () => {
      await slack?.stop();
    });

    it('says so clearly when the database cannot be reached', async () => {
      const run = startProcess({
        SLACK_BOT_TOKEN: slack.token,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.apiUrl,
        MONGODB_URI: `mongodb://127.0.0.1:${await freePort()}/nothing-here`,
        PORT: '0',
      });
      expect(await run.exited).toBe(1);
      expect(run.output().stderr).toMatch(/Peer Mentor cannot reach MongoDB at mongodb:\/\/127\.0\.0\.1:\d+\/nothing-here: .*Check MONGODB_URI/);
      expect(run.output().stderr).not.toMatch(/\n\s+at /);
    });

    it('serves /healthz, then stops cleanly within 10 s on SIGTERM', async () => {
      const port = await freePort();
      const run = startProcess({
        SLACK_BOT_TOKEN: slack.token,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.apiUrl,
        MONGODB_URI: uniqueDatabaseUri('process'),
        PORT: String(port),
        NODE_ENV: 'production',
      });
      await expect
        .poll(async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined))?.status, { timeout: 60_000, interval: 200 })
        .toBe(200);
      const signalled = Date.now();
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
      expect(Date.now() - signalled).toBeLessThan(10_000);
      const lines = run.output().stderr.trim().split('\n').map((l) => JSON.parse(l) as { message: string });
      expect(lines.map((l) => l.message)).toEqual(expect.arrayContaining(['Peer Mentor is running', 'stopping', 'Peer Mentor stopped']));
      await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    });
  });
});
