import { createHmac } from 'node:crypto';
import type { FakeSlack } from '../../src/demo/slack-simulator/fake-slack.js';
import type { FakeMessage } from '../../src/demo/slack-simulator/fake-workspace.js';

/**
 * The one way tests speak to the running app as a person does: `as(user).command(…)`, `.click(…)`, `.submit(…)`,
 * `.openHome()`, `.say(…)`. Each builds the payload as Slack sends it (SLACK.md §3.2), signs it as Slack does, POSTs it
 * to the app's /slack/events and resolves to the app's HTTP answer (the ack), so that tests can assert on it.
 */

/** The app's signing secret: the app harness gives it to the app, and the actors sign with it as Slack does. */
export const SIGNING_SECRET = 'e2e-signing-secret-0123456789abcdef';

/** The app's answer to a request. */
export interface HttpAnswer {
  readonly status: number;
  readonly text: string;
  /** The body as JSON, when it is JSON. */
  readonly json: Record<string, unknown> | undefined;
  readonly ms: number;
}

/** What the actors need of a running app: where it listens, and the fake Slack it talks to. */
export interface SlackFacingApp {
  readonly baseUrl: string;
  readonly slack: FakeSlack;
}

/** A person, by Slack user id or as an object with one. */
export type UserRef = string | { readonly id: string };

/** Inputs' state as Slack reports it: block id → action id → value. */
export type StateValues = Record<string, Record<string, unknown>>;

/** Where a clicked button is. Neither a message nor Home: on an ephemeral reply (Slack sends no message with those). */
export interface ClickOn {
  /** The message the button is on. */
  readonly message?: Pick<FakeMessage, 'channel' | 'ts'>;
  readonly ephemeral?: boolean;
  /** On the person's Home tab: the container is the view, and there is no message and no response_url. */
  readonly home?: boolean;
  /** What the inputs beside the button hold (e.g. a select in the same message). */
  readonly state?: StateValues;
}

export interface SignOptions {
  /** Sign with another secret (a forged request). */
  readonly secret?: string;
  /** Sign as of another time (a replayed request), in Unix seconds. */
  readonly timestamp?: number;
}

export interface EventOptions {
  /** Slack's id of the delivery: the same id again is a repeated delivery. */
  readonly eventId?: string;
  /** A retry by Slack (x-slack-retry-num). */
  readonly retryNum?: number;
}

export interface Actor {
  readonly id: string;
  /** A slash command, e.g. `command('/mentor-checkin', '<@U0MENTEE01|ada> call 20')`. */
  command(command: string, text?: string, options?: SignOptions & { readonly channel?: string }): Promise<HttpAnswer>;
  /** A click on a button (block_actions). */
  click(actionId: string, value: string, on?: ClickOn): Promise<HttpAnswer>;
  /** A click on a button of the person's Home tab. */
  clickHome(actionId: string, value?: string): Promise<HttpAnswer>;
  /**
   * The submission of a modal (view_submission) with these state values: of the view `viewId`, else of the last
   * `callbackId` modal the app opened for the person. A view the app opened is sent back as it was opened (blocks,
   * private_metadata); any other id is sent as a forged view would be.
   */
  submit(callbackId: string, values: StateValues, options?: { readonly viewId?: string }): Promise<HttpAnswer>;
  /**
   * A choice in an open modal's input whose block dispatches actions (`dispatch_action`): a block_actions of the view
   * `viewId`, sent as the app last drew it, with the inputs' state as `values` says.
   */
  choose(viewId: string, blockId: string, actionId: string, choice: ReturnType<typeof chosen> | ReturnType<typeof pressed>, values?: StateValues): Promise<HttpAnswer>;
  /** The person opens the app's Home tab (app_home_opened). */
  openHome(): Promise<HttpAnswer>;
  /** The person writes in a conversation (a message event), or in a thread of it (`threadTs`). */
  say(channel: string, text: string, options?: EventOptions & { readonly ts?: string; readonly threadTs?: string }): Promise<HttpAnswer>;
  /** The modal the app last opened for the person, with its id. */
  lastModal(): { readonly id: string; readonly view: Record<string, unknown> } | undefined;
}

export type As = (user: UserRef) => Actor;

/** The state value of a select or radio choice, as Slack reports it. */
export const chosen = (type: 'static_select' | 'radio_buttons', value: string) => ({ type, selected_option: { text: { type: 'plain_text', text: value }, value } });
/** A button pressed in a modal (`choose` with it), carrying its value. */
export const pressed = (value: string) => ({ type: 'button' as const, value, text: { type: 'plain_text', text: value } });

/** Headers Slack sends with a request: `v0=` + HMAC-SHA256 of `v0:{timestamp}:{raw body}` with the signing secret. */
export function slackSignatureHeaders(secret: string, rawBody: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
}

/**
 * A slash command's fields as Slack sends them: form fields of the POST in HTTP mode, the payload of a `slash_commands`
 * envelope in Socket Mode. The response URL and trigger id lead back to the fake Slack.
 */
export function commandPayload(slack: FakeSlack, userId: string, command: string, text = '', channel = 'C0GENERAL'): Record<string, string> {
  return {
    token: 'deprecated-verification-token',
    team_id: slack.bot.teamId,
    team_domain: 'peer-med',
    channel_id: channel,
    channel_name: 'general',
    user_id: userId,
    user_name: slack.users.get(userId)?.name ?? userId,
    command,
    text,
    api_app_id: slack.bot.appId,
    is_enterprise_install: 'false',
    response_url: slack.newResponseUrl(),
    trigger_id: slack.newTriggerId(userId),
  };
}

/**
 * A modal's submission (view_submission) as Slack sends it, with these state values: of the view `viewId`, else of the
 * last `callbackId` modal the app opened for the person, sent back as it was opened; any other id as a forged view.
 */
export function submissionPayload(slack: FakeSlack, userId: string, callbackId: string, values: StateValues, viewId?: string): Record<string, unknown> {
  const id = viewId ?? modalsOfUser(slack, userId).filter(([, v]) => v.view['callback_id'] === callbackId).at(-1)?.[0];
  if (id === undefined) throw new Error(`the app opened no ${callbackId} modal for ${userId}`);
  const opened = slack.views.get(id)?.view ?? { title: { type: 'plain_text', text: callbackId }, blocks: [] };
  return {
    type: 'view_submission',
    ...interactionBaseOf(slack, userId),
    view: {
      ...opened,
      id,
      type: 'modal',
      callback_id: callbackId,
      team_id: slack.bot.teamId,
      app_id: slack.bot.appId,
      bot_id: slack.bot.botId,
      hash: `h-${id}`,
      root_view_id: id,
      previous_view_id: null,
      private_metadata: (opened['private_metadata'] as string | undefined) ?? '',
      state: { values },
    },
    response_urls: [],
  };
}

/** What every interaction payload carries: the team, the person, the app, a fresh trigger id. */
function interactionBaseOf(slack: FakeSlack, userId: string): Record<string, unknown> {
  const user = { id: userId, username: userId.toLowerCase(), name: slack.users.get(userId)?.name ?? userId, team_id: slack.bot.teamId };
  return { team: { id: slack.bot.teamId, domain: 'peer-med' }, user, api_app_id: slack.bot.appId, token: 'deprecated-verification-token', trigger_id: slack.newTriggerId(userId), is_enterprise_install: false, enterprise: null };
}

/** The modals the app opened for a person, by view id, in order. */
function modalsOfUser(slack: FakeSlack, userId: string) {
  return [...slack.views.entries()].filter(([, v]) => v.user === userId);
}

/** POSTs a raw body to the app's /slack/events, signed as Slack signs it. */
export function postToSlackEvents(
  app: SlackFacingApp,
  body: string,
  contentType: string,
  options: SignOptions & { readonly headers?: Record<string, string> } = {},
): Promise<HttpAnswer> {
  return fetchAnswer(`${app.baseUrl}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...slackSignatureHeaders(options.secret ?? SIGNING_SECRET, body, options.timestamp), ...options.headers },
    body,
  });
}

/** Fetches from the app: its answer, with the body as JSON when it is JSON, and how long it took. */
export async function fetchAnswer(url: string, init?: RequestInit): Promise<HttpAnswer> {
  const started = Date.now();
  const res = await fetch(url, init);
  const text = await res.text();
  return { status: res.status, text, json: parseJson(text), ms: Date.now() - started };
}

/** The people of a running app: `const as = actorsOf(app)`, then `as(ADA).command('/mentor-request')`. */
export function actorsOf(app: SlackFacingApp): As {
  return (user) => actor(app, typeof user === 'string' ? user : user.id);
}

function actor(app: SlackFacingApp, id: string): Actor {
  const { slack } = app;
  const interaction = (payload: Record<string, unknown>) =>
    postToSlackEvents(app, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
  const interactionBase = () => interactionBaseOf(slack, id);
  const modalsOf = () => modalsOfUser(slack, id);

  const self: Actor = {
    id,
    command(command, text = '', options = {}) {
      const body = new URLSearchParams(commandPayload(slack, id, command, text, options.channel)).toString();
      return postToSlackEvents(app, body, 'application/x-www-form-urlencoded', options);
    },

    click(actionId, value, on = {}) {
      const action = { type: 'button', action_id: actionId, block_id: on.home ? 'home_actions' : 'actions', value, text: { type: 'plain_text', text: actionId }, action_ts: `${Date.now() / 1000}` };
      return interaction({ type: 'block_actions', ...interactionBase(), ...where(on), state: { values: on.state ?? {} }, actions: [action] });
    },

    clickHome(actionId, value = actionId) {
      return self.click(actionId, value, { home: true });
    },

    submit(callbackId, values, options = {}) {
      return interaction(submissionPayload(slack, id, callbackId, values, options.viewId));
    },

    choose(viewId, blockId, actionId, choice, values = {}) {
      const drawn = slack.views.get(viewId)?.view;
      if (drawn === undefined) throw new Error(`the app drew no view ${viewId}`);
      const view = { ...drawn, id: viewId, type: 'modal', team_id: slack.bot.teamId, app_id: slack.bot.appId, bot_id: slack.bot.botId, hash: `h-${viewId}`, state: { values } };
      const action = { ...choice, action_id: actionId, block_id: blockId, action_ts: `${Date.now() / 1000}` };
      return interaction({ type: 'block_actions', ...interactionBase(), container: { type: 'view', view_id: viewId }, view, actions: [action] });
    },

    openHome() {
      return sendEvent(app, { type: 'app_home_opened', user: id, channel: `D${id}`, tab: 'home', event_ts: `${Date.now() / 1000}` });
    },

    say(channel, text, options = {}) {
      const ts = options.ts ?? `${Math.floor(Date.now() / 1000)}.${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
      const thread = options.threadTs === undefined ? {} : { thread_ts: options.threadTs };
      return sendEvent(app, { type: 'message', channel, channel_type: channelTypeOf(slack, channel), user: id, text, ts, event_ts: ts, ...thread }, options);
    },

    lastModal() {
      const last = modalsOf().at(-1);
      return last === undefined ? undefined : { id: last[0], view: last[1].view };
    },
  };

  /** The container (and message, or view) of a click, as Slack gives it. */
  function where(on: ClickOn): Record<string, unknown> {
    if (on.home) {
      const viewId = `VH${id}`;
      return {
        container: { type: 'view', view_id: viewId },
        view: { id: viewId, type: 'home', callback_id: 'home_view', blocks: [], state: { values: {} }, hash: 'h', private_metadata: '' },
      };
    }
    const response_url = slack.newResponseUrl();
    if (on.message === undefined) return { response_url, container: { type: 'message', message_ts: '1.1', channel_id: 'C0EPHEMERAL', is_ephemeral: true } };
    const { channel, ts } = on.message;
    const posted = slack.messages.find((m) => m.channel === channel && m.ts === ts);
    return {
      response_url,
      container: { type: 'message', message_ts: ts, channel_id: channel, is_ephemeral: on.ephemeral ?? false },
      channel: { id: channel, name: slack.channels.get(channel)?.name ?? 'directmessage' },
      message: { type: 'message', ts, text: posted?.text ?? '', blocks: posted?.blocks ?? [] },
    };
  }

  return self;
}

/** An Events API callback's body (an `events_api` envelope's payload in Socket Mode). */
export function eventCallback(slack: FakeSlack, event: Record<string, unknown>, eventId?: string): Record<string, unknown> {
  return {
    token: 'deprecated-verification-token',
    team_id: slack.bot.teamId,
    api_app_id: slack.bot.appId,
    type: 'event_callback',
    event_id: eventId ?? `Ev${Math.random().toString(36).slice(2, 12).toUpperCase()}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: slack.bot.teamId, user_id: slack.bot.userId, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
    event,
  };
}

/** An Events API callback, as Slack delivers it. */
function sendEvent(app: SlackFacingApp, event: Record<string, unknown>, options: EventOptions = {}): Promise<HttpAnswer> {
  const body = JSON.stringify(eventCallback(app.slack, event, options.eventId));
  const headers: Record<string, string> = options.retryNum === undefined ? {} : { 'x-slack-retry-num': String(options.retryNum), 'x-slack-retry-reason': 'http_timeout' };
  return postToSlackEvents(app, body, 'application/json', { headers });
}

/** The channel_type of a message event in this conversation. */
function channelTypeOf(slack: FakeSlack, channelId: string): string {
  const channel = slack.channels.get(channelId);
  if (channel?.isIm) return 'im';
  if (channel?.isMpim) return 'mpim';
  return channel?.isPrivate ? 'group' : 'channel';
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
