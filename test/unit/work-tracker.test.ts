import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.js';
import type { Feature } from '../../src/features/feature.js';
import { createLogger } from '../../src/log/logger.js';
import { createSlackApp } from '../../src/slack/create-slack-app.js';
import { createWorkTracker } from '../../src/slack/work-tracker.js';

/** A promise and the function that settles it. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('work in flight', () => {
  it('drains at once when nothing runs', async () => {
    expect(await createWorkTracker().drain(1_000)).toBe(0);
  });

  it('waits for work in flight, and resolves as soon as the last piece settles, failed ones included', async () => {
    const work = createWorkTracker();
    const first = deferred();
    const second = deferred();
    const a = work.track(() => first.promise);
    const b = work.track(async () => {
      await second.promise;
      throw new Error('a listener failed');
    });
    expect(work.running).toBe(2);
    let drained: number | undefined;
    const draining = work.drain(5_000).then((n) => (drained = n));
    first.resolve();
    await a;
    await Promise.resolve();
    expect(drained).toBeUndefined();
    const started = Date.now();
    second.resolve();
    await expect(b).rejects.toThrow('a listener failed');
    await draining;
    expect(drained).toBe(0);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('gives up at the bound, saying how many still run', async () => {
    const work = createWorkTracker();
    void work.track(() => new Promise(() => undefined));
    void work.track(() => new Promise(() => undefined));
    const started = Date.now();
    expect(await work.drain(150)).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe('the Slack shell counts what listeners do after ack', () => {
  const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-unit-test', SLACK_SIGNING_SECRET: 'unit-secret', PORT: '0', MONGODB_URI: 'mongodb://127.0.0.1:9/unused' });
  const logger = createLogger({ level: 'error', json: true, secrets: [], stream: new Writable({ write: (_c, _e, done) => done() }) });

  it('drain waits for a listener that acked and is still at work, and gives up at the bound', async () => {
    const release = deferred();
    let acked = false;
    let finished = false;
    const slow: Feature = {
      name: 'slow',
      register(app) {
        app.action('slow_button', async ({ ack }) => {
          await ack();
          await release.promise;
          finished = true;
        });
      },
    };
    const slack = createSlackApp({ config, logger, bot: { botId: 'B1', botUserId: 'U0BOT', teamId: 'T1' }, features: [slow], isHealthy: async () => true });
    const body = {
      type: 'block_actions',
      team: { id: 'T1' },
      user: { id: 'U1', team_id: 'T1' },
      api_app_id: 'A1',
      trigger_id: '1.2.3',
      container: { type: 'message' },
      actions: [{ type: 'button', action_id: 'slow_button', block_id: 'b', value: 'v', action_ts: '1' }],
    };
    const processing = slack.app.processEvent({ body, ack: async () => void (acked = true) });
    await expect.poll(() => acked).toBe(true);
    expect(await slack.drain(100)).toBe(1);
    expect(finished).toBe(false);
    const draining = slack.drain(5_000);
    release.resolve();
    expect(await draining).toBe(0);
    expect(finished).toBe(true);
    await processing;
  });
});
