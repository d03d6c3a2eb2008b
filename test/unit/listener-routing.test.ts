import { App, LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { guardListeners, type ListenerGuard } from '../../src/slack/listener-guard.js';

/** A Bolt app (never started) with listeners registered through the guard, and what ran for each request. */
function aRoutedApp() {
  const bolt = new App({ token: 'xoxb-test', signingSecret: 'test-secret', botId: 'B1', botUserId: 'UBOT', tokenVerificationEnabled: false, logLevel: LogLevel.ERROR });
  const failures: unknown[] = [];
  const guard: ListenerGuard = { before: () => undefined, fail: async (_run, error) => void failures.push(error) };
  const app = guardListeners(bolt, guard);
  const ran: string[] = [];
  const acks: unknown[] = [];
  const send = (body: Record<string, unknown>) => bolt.processEvent({ body: { team: { id: 'T1' }, ...body }, ack: async (what?: unknown) => void acks.push(what) });
  return { bolt, app, ran, acks, failures, send };
}

const click = (actionId: string) => ({ type: 'block_actions', user: { id: 'U1' }, actions: [{ action_id: actionId, block_id: 'b', type: 'button' }], trigger_id: 'T' });
const submit = (callbackId: string, type = 'view_submission') => ({ type, user: { id: 'U1' }, view: { id: 'V1', callback_id: callbackId, state: { values: {} } } });
const command = (name: string) => ({ command: name, text: '', user_id: 'U1', team_id: 'T1', channel_id: 'C1', trigger_id: 'T', response_url: 'https://hooks.example/1' });

describe('listeners routed by id', () => {
  it('registers one Bolt listener per kind however many ids are listened for', () => {
    const { bolt, app } = aRoutedApp();
    for (const id of ['a', 'b', 'c']) {
      app.action(id, async () => undefined);
      app.view(id, async () => undefined);
      app.command(`/${id}`, async () => undefined);
    }
    expect((bolt as unknown as { listeners: unknown[] }).listeners).toHaveLength(3);
  });

  it('runs every listener of the id clicked, submitted or typed, as Bolt would, and no other', async () => {
    const { app, ran, acks, send } = aRoutedApp();
    app.action('open', async ({ ack }) => {
      ran.push('open 1');
      await ack!();
    });
    app.action('open', async () => void ran.push('open 2'));
    app.action(/^pick_\d+$/, async () => void ran.push('pick'));
    app.action('other', async () => void ran.push('other'));
    app.view('form', async ({ ack }) => {
      await ack!();
      ran.push('form');
    });
    app.command('/mentor-help', async ({ ack }) => {
      await ack!();
      ran.push('command');
    });

    await send(click('open'));
    await send(click('pick_12'));
    await send(click('pick_x'));
    await send(submit('form'));
    await send(command('/mentor-help'));
    expect(ran).toEqual(['open 1', 'open 2', 'pick', 'form', 'command']);
    expect(acks).toHaveLength(3);
  });

  it('leaves a request no listener is for unanswered, and a closed form to listeners of view_closed', async () => {
    const { app, ran, acks, send } = aRoutedApp();
    app.view('form', async ({ ack }) => {
      await ack!();
      ran.push('form');
    });
    app.action('open', async () => void ran.push('open'));
    await send(click('nobody'));
    await send(submit('form', 'view_closed'));
    await send(command('/nobody'));
    expect(ran).toEqual([]);
    expect(acks).toEqual([]);
  });

  it('runs each routed listener inside the guard: one that throws does not stop the others', async () => {
    const { app, ran, failures, send } = aRoutedApp();
    app.action('open', async () => {
      throw new Error('boom');
    });
    app.action('open', async () => void ran.push('second'));
    await send(click('open'));
    expect(ran).toEqual(['second']);
    expect(failures).toEqual([new Error('boom')]);
  });

  it('refuses to register a listener by constraints or with listener middleware', () => {
    const { app } = aRoutedApp();
    expect(() => app.action({ block_id: 'b' }, async () => undefined)).toThrow(/register one listener by id/);
    expect(() => app.view('form', async ({ next }) => next(), async () => undefined)).toThrow(/register one listener by id/);
  });
});
