import { Writable } from 'node:stream';
import type { App } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log/logger.js';
import { isDatabaseUnavailableError } from '../../src/program/store/database.js';
import { createErrorBoundary, DatabaseDownError, newReference, showFailuresIn } from '../../src/slack/error-boundary.js';
import { guardListeners, type ListenerArgs } from '../../src/slack/listener-guard.js';

type Listener = (args: ListenerArgs) => Promise<void>;

/** A Bolt app that only keeps what is registered on it, and a person's request to run through it. */
function aGuardedApp(options: { databaseUp?: boolean } = {}) {
  const registered = new Map<string, Listener>();
  // Commands, actions and form submissions reach Bolt as one listener of their kind, which routes by id.
  const keep = (kind: string) => (id: string | RegExp, listener: Listener) => void registered.set(id instanceof RegExp ? kind : `${kind} ${id}`, listener);
  const bolt = { command: keep('command'), action: keep('action'), view: keep('view'), event: keep('event'), message: (l: Listener) => void registered.set('message', l) };
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _e, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      done();
    },
  });
  const logger = createLogger({ level: 'info', json: true, secrets: [], stream });
  const app = guardListeners(
    bolt as unknown as App,
    createErrorBoundary({ logger, isDatabaseAvailable: () => options.databaseUp ?? true, isDatabaseUnavailableError }),
  );
  const said: { how: string; what: unknown }[] = [];
  const client = {
    conversations: { open: async () => ({ channel: { id: 'D1' } }) },
    chat: {
      postMessage: async (what: unknown) => void said.push({ how: 'dm', what }),
      postEphemeral: async (what: unknown) => void said.push({ how: 'ephemeral', what }),
    },
    views: {
      open: async (what: unknown) => void said.push({ how: 'views.open', what }),
      update: async (what: unknown) => void said.push({ how: 'views.update', what }),
      publish: async (what: unknown) => void said.push({ how: 'views.publish', what }),
    },
  };
  const run = async (key: string, body: Record<string, unknown>) => {
    await (registered.get(key) ?? registered.get(key.split(' ')[0]!))!({
      body,
      client,
      ack: async (what?: unknown) => void said.push({ how: 'ack', what }),
      ...(typeof body['response_url'] === 'string' || key.startsWith('command') ? { respond: async (what: unknown) => void said.push({ how: 'respond', what }) } : {}),
    });
  };
  return { app, run, said, lines };
}

const textOf = (what: unknown) => JSON.stringify(what);
const REF = /[Rr]eference ([A-HJ-NP-Z2-9]{6})/;

describe('the error boundary', () => {
  it('answers a command that failed before its ack in the ack, and one that failed after it through respond', async () => {
    const { app, run, said, lines } = aGuardedApp();
    app.command('/before', async () => {
      throw new Error('boom');
    });
    app.command('/after', async ({ ack }) => {
      await ack();
      throw new Error('boom');
    });
    await run('command /before', { command: '/before', user_id: 'U1', text: 'secret words' });
    await run('command /after', { command: '/after', user_id: 'U1', text: 'secret words' });
    expect(said.map((s) => s.how)).toEqual(['ack', 'ack', 'respond']);
    expect(said[0]!.what).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/^Sorry — something went wrong on my side/) });
    expect(said[2]!.what).toMatchObject({ response_type: 'ephemeral' });
    const refs = [said[0], said[2]].map((s) => REF.exec(textOf(s!.what))![1]);
    expect(lines.map((l) => l['ref'])).toEqual(refs);
    expect(lines.map((l) => [l['message'], l['listener'], l['user'], l['acked']])).toEqual([
      ['a Slack listener failed', 'command /before', 'U1', false],
      ['a Slack listener failed', 'command /after', 'U1', true],
    ]);
    expect(JSON.stringify(lines)).not.toContain('secret words');
  });

  it('keeps a form open under a notice when the database is known to be away, without running the listener', async () => {
    const { app, run, said, lines } = aGuardedApp({ databaseUp: false });
    let ran = false;
    app.view('form', async () => {
      ran = true;
    });
    await run('view form', { type: 'view_submission', user: { id: 'U2' }, view: { id: 'V1', callback_id: 'form' } });
    expect(ran).toBe(false);
    expect(said).toEqual([{ how: 'ack', what: { response_action: 'push', view: expect.objectContaining({ type: 'modal', callback_id: 'failure_notice' }) } }]);
    expect(textOf(said[0]!.what)).toMatch(/nothing was saved\. Please try again in a minute/);
    expect(textOf(said[0]!.what)).toContain('what you entered is still there');
    expect(lines[0]).toMatchObject({ level: 'warn', listener: 'view form', user: 'U2', error: { name: 'DatabaseDownError' } });
  });

  it('shows a failure in the view a form turned into, or by DM once the form has closed', async () => {
    const { app, run, said } = aGuardedApp();
    app.view('working', async ({ ack }) => {
      await ack({ response_action: 'update', view: { type: 'modal', title: { type: 'plain_text', text: 'Working' }, blocks: [] } });
      throw Object.assign(new Error('no server'), { name: 'MongoServerSelectionError' });
    });
    app.view('closed', async ({ ack }) => {
      await ack();
      throw new Error('boom');
    });
    await run('view working', { type: 'view_submission', user: { id: 'U3' }, view: { id: 'V2', callback_id: 'working' } });
    await run('view closed', { type: 'view_submission', user: { id: 'U3' }, view: { id: 'V3', callback_id: 'closed' } });
    expect(said.map((s) => s.how)).toEqual(['ack', 'views.update', 'ack', 'dm']);
    expect(said[1]!.what).toMatchObject({ view_id: 'V2', view: { callback_id: 'failure_notice' } });
    expect(textOf(said[1]!.what)).toMatch(/nothing was saved/);
    expect(said[3]!.what).toMatchObject({ channel: 'D1', text: expect.stringMatching(/^Sorry — something went wrong/) });
  });

  it('answers a click on a message there, a click on Home in a modal, and a view the listener named', async () => {
    const { app, run, said } = aGuardedApp();
    const fail = async ({ ack, body }: { ack: () => Promise<void>; body: unknown }) => {
      await ack();
      if ((body as { actions: { action_id: string }[] }).actions[0]!.action_id === 'working') showFailuresIn(body, 'V9');
      throw new Error('boom');
    };
    app.action('on_message', fail);
    app.action('on_home', fail);
    app.action('working', fail);
    await run('action on_message', { user: { id: 'U4' }, response_url: 'https://hooks/1', actions: [{ action_id: 'on_message' }] });
    await run('action on_home', { user: { id: 'U4' }, trigger_id: 'T1', container: { type: 'view' }, actions: [{ action_id: 'on_home' }] });
    await run('action working', { user: { id: 'U4' }, trigger_id: 'T2', actions: [{ action_id: 'working' }] });
    expect(said.filter((s) => s.how !== 'ack').map((s) => s.how)).toEqual(['respond', 'views.open', 'views.update']);
    expect(said.find((s) => s.how === 'respond')!.what).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(said.find((s) => s.how === 'views.update')!.what).toMatchObject({ view_id: 'V9' });
  });

  it('answers an event on the person’s Home tab, or where they wrote (only to them)', async () => {
    const { app, run, said } = aGuardedApp();
    const fail = async () => {
      throw new Error('boom');
    };
    app.event('app_home_opened', fail);
    app.message(fail);
    await run('event app_home_opened', { event: { type: 'app_home_opened', user: 'U5', tab: 'home' } });
    await run('message', { event: { type: 'message', user: 'U5', channel: 'G1', text: 'private' } });
    expect(said.map((s) => s.how)).toEqual(['views.publish', 'ephemeral']);
    expect(said[0]!.what).toMatchObject({ user_id: 'U5', view: { type: 'home' } });
    expect(said[1]!.what).toMatchObject({ channel: 'G1', user: 'U5' });
  });

  it('names failures with short references that are easy to read out', () => {
    const refs = Array.from({ length: 200 }, newReference);
    expect(refs.every((r) => /^[A-HJ-NP-Z2-9]{6}$/.test(r))).toBe(true);
    expect(new Set(refs).size).toBeGreaterThan(190);
  });

  it('tells a database that cannot be reached from one that refused what was asked', () => {
    const named = (name: string) => Object.assign(new Error(name), { name });
    expect(isDatabaseUnavailableError(named('MongoServerSelectionError'))).toBe(true);
    expect(isDatabaseUnavailableError(named('MongoNetworkError'))).toBe(true);
    expect(isDatabaseUnavailableError(new Error('wrapped', { cause: named('MongoNotConnectedError') }))).toBe(true);
    expect(isDatabaseUnavailableError(new DatabaseDownError())).toBe(false);
    expect(isDatabaseUnavailableError(Object.assign(new Error('E11000 duplicate key'), { code: 11000 }))).toBe(false);
    expect(isDatabaseUnavailableError('MongoNetworkError')).toBe(false);
  });
});
