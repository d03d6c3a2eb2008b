import type { App } from '@slack/bolt';
import type { ModalView } from './blocks.js';
import { parseButtonClick, type ButtonClick } from './button-click.js';
import { buildNotAllowedMessage } from './refusals.js';

/**
 * The Home tab's buttons: the Home feature draws them, and the feature each stands for handles its click (opening
 * its own form). Their ids are shared, so they live here, once.
 */
export const homeButtonIds = {
  askForHelp: 'home_ask_for_help',
  switchMentors: 'home_switch_mentors',
  logContact: 'home_log_contact',
  timeAway: 'home_time_away',
  importRoster: 'home_import_roster',
  introduce: 'home_introduce',
  exportCsv: 'home_export_csv',
  noticeView: 'home_notice',
  introduceView: 'home_introduce_result',
} as const;

/** A small modal with one text: Home has no message to answer in, so a refusal or a result comes this way. */
export function buildNoticeModal(callbackId: string, title: string, text: string): ModalView {
  return {
    type: 'modal',
    callback_id: callbackId,
    title: { type: 'plain_text', text: title.slice(0, 24) },
    close: { type: 'plain_text', text: 'Close' },
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
  };
}

/** A notice from a Home button (the shared notice id): why its form does not open, in the form's title. */
export function buildHomeNotice(title: string, text: string): ModalView {
  return buildNoticeModal(homeButtonIds.noticeView, title, text);
}

/** The refusal for a Home button only admins may use. */
export function buildNotAllowedModal(): ModalView {
  return buildHomeNotice('The program', buildNotAllowedMessage().text);
}

/** A Home button that opens a modal at once (the trigger id lasts seconds): the view for whoever clicked it. */
export function registerHomeButtonModal(app: App, actionId: string, viewFor: (click: ButtonClick) => Promise<ModalView>): void {
  app.action(actionId, async ({ ack, body, client }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click === undefined) return;
    await client.views.open({ trigger_id: click.triggerId, view: await viewFor(click) });
  });
}
