import type { TestApp } from './test-app.js';

/** Interactivity payloads shaped as Slack sends them (SLACK.md §3.2), for `TestApp.interaction`. */

const team = (app: TestApp) => ({ id: app.slack.bot.teamId, domain: 'peer-med' });
const userOf = (app: TestApp, userId: string) => ({ id: userId, username: userId.toLowerCase(), name: app.slack.users.get(userId)?.name ?? userId, team_id: app.slack.bot.teamId });

/** A modal the app opened (views.open) and the person submitted with `values` (view.state.values). */
export function viewSubmission(app: TestApp, userId: string, viewId: string, values: Record<string, Record<string, unknown>>): Record<string, unknown> {
  const opened = app.slack.views.get(viewId);
  if (opened === undefined) throw new Error(`no view ${viewId} was opened`);
  return {
    type: 'view_submission',
    team: team(app),
    user: userOf(app, userId),
    api_app_id: app.slack.bot.appId,
    token: 'deprecated-verification-token',
    trigger_id: app.slack.newTriggerId(userId),
    is_enterprise_install: false,
    view: {
      ...opened.view,
      id: viewId,
      type: 'modal',
      team_id: app.slack.bot.teamId,
      app_id: app.slack.bot.appId,
      bot_id: app.slack.bot.botId,
      hash: `h-${viewId}`,
      root_view_id: viewId,
      previous_view_id: null,
      private_metadata: (opened.view['private_metadata'] as string | undefined) ?? '',
      state: { values },
    },
  };
}

/** A click on a button of a message the app posted. */
export function buttonClick(app: TestApp, userId: string, message: { channel: string; ts: string }, actionId: string, value: string): Record<string, unknown> {
  return {
    type: 'block_actions',
    team: team(app),
    user: userOf(app, userId),
    api_app_id: app.slack.bot.appId,
    token: 'deprecated-verification-token',
    trigger_id: app.slack.newTriggerId(userId),
    response_url: app.slack.newResponseUrl(),
    container: { type: 'message', message_ts: message.ts, channel_id: message.channel, is_ephemeral: false },
    channel: { id: message.channel, name: 'mpdm' },
    message: { type: 'message', ts: message.ts, text: '', blocks: [] },
    state: { values: {} },
    is_enterprise_install: false,
    enterprise: null,
    actions: [{ type: 'button', action_id: actionId, block_id: 'request_actions', value, text: { type: 'plain_text', text: actionId }, action_ts: '1.3' }],
  };
}

/** The state value of a select or radio choice, as Slack reports it. */
export const chosen = (type: 'static_select' | 'radio_buttons', value: string) => ({ type, selected_option: { text: { type: 'plain_text', text: value }, value } });
