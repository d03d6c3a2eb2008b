import type { FakeMessage } from './fake-slack/fake-slack.js';
import type { HttpAnswer, TestApp } from './test-app.js';

/** A button click (block_actions) as Slack sends it; on a message when `message` is given. */
export function clickButton(
  app: TestApp,
  user: string,
  action: { readonly actionId: string; readonly value: string },
  options: { readonly message?: Pick<FakeMessage, 'channel' | 'ts'>; readonly ephemeral?: boolean } = {},
): Promise<HttpAnswer> {
  const { message } = options;
  return app.interaction({
    type: 'block_actions',
    team: { id: app.slack.bot.teamId, domain: 'peer-med' },
    user: { id: user, username: user, name: user, team_id: app.slack.bot.teamId },
    api_app_id: app.slack.bot.appId,
    token: 'deprecated-verification-token',
    trigger_id: app.slack.newTriggerId(user),
    response_url: app.slack.newResponseUrl(),
    ...(message
      ? {
          container: { type: 'message', message_ts: message.ts, channel_id: message.channel, is_ephemeral: options.ephemeral ?? false },
          channel: { id: message.channel, name: 'directmessage' },
          message: { type: 'message', ts: message.ts, text: '' },
        }
      : { container: { type: 'message', message_ts: '1.1', channel_id: 'C0EPHEMERAL', is_ephemeral: true } }),
    state: { values: {} },
    is_enterprise_install: false,
    enterprise: null,
    actions: [{ type: 'button', action_id: action.actionId, block_id: 'b1', value: action.value, text: { type: 'plain_text', text: 'x' }, action_ts: `${Date.now() / 1000}` }],
  });
}

/** A modal's submission (view_submission) with the given state values. */
export function submitView(
  app: TestApp,
  user: string,
  view: { readonly id: string; readonly callbackId: string; readonly privateMetadata?: string },
  values: Record<string, Record<string, Record<string, unknown>>>,
): Promise<HttpAnswer> {
  return app.interaction({
    type: 'view_submission',
    team: { id: app.slack.bot.teamId, domain: 'peer-med' },
    user: { id: user, name: user, team_id: app.slack.bot.teamId },
    api_app_id: app.slack.bot.appId,
    token: 'deprecated-verification-token',
    trigger_id: app.slack.newTriggerId(user),
    is_enterprise_install: false,
    view: {
      id: view.id,
      type: 'modal',
      callback_id: view.callbackId,
      private_metadata: view.privateMetadata ?? '',
      team_id: app.slack.bot.teamId,
      app_id: app.slack.bot.appId,
      bot_id: app.slack.bot.botId,
      hash: 'h1',
      root_view_id: view.id,
      previous_view_id: null,
      title: { type: 'plain_text', text: 'x' },
      blocks: [],
      state: { values },
    },
  });
}

/** The modal last opened for a user, with its id. */
export function lastViewOpenedFor(app: TestApp, user: string): { id: string; view: Record<string, unknown> } | undefined {
  const entries = [...app.slack.views.entries()].filter(([, v]) => v.user === user);
  const last = entries.at(-1);
  return last === undefined ? undefined : { id: last[0], view: last[1].view };
}

/** A click on a button of the person's Home tab: the container is the view, and there is no message or response_url. */
export function clickHomeButton(app: TestApp, user: string, actionId: string, value = actionId): Promise<HttpAnswer> {
  const viewId = `VH${user}`;
  return app.interaction({
    type: 'block_actions',
    team: { id: app.slack.bot.teamId, domain: 'peer-med' },
    user: { id: user, username: user, name: user, team_id: app.slack.bot.teamId },
    api_app_id: app.slack.bot.appId,
    token: 'deprecated-verification-token',
    trigger_id: app.slack.newTriggerId(user),
    container: { type: 'view', view_id: viewId },
    view: { id: viewId, type: 'home', callback_id: 'home_view', blocks: [], state: { values: {} }, hash: 'h', private_metadata: '' },
    is_enterprise_install: false,
    enterprise: null,
    actions: [{ type: 'button', action_id: actionId, block_id: 'home_actions', value, text: { type: 'plain_text', text: 'x' }, action_ts: `${Date.now() / 1000}` }],
  });
}
