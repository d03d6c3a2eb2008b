import type { App } from '@slack/bolt';
import { parseButtonClick } from '../../../slack/button-click.js';
import { buildNoticeModal, homeButtonIds } from '../../../slack/home-buttons.js';
import type { SwitchMentors } from '../switch-mentors.js';
import { switchCopy } from './copy.js';
import { buildOpenRequest, buildSwitchModal, buildSwitchRefused } from './switch-views.js';

/** Home's *Switch mentors*: the switch form, or (Home has no message to answer in) a small modal saying why not. */
export function registerSwitchHomeButton(app: App, services: Pick<SwitchMentors, 'startSwitch'>): void {
  app.action(homeButtonIds.switchMentors, async ({ ack, body, client }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click === undefined) return;
    const outcome = await services.startSwitch(click.userId, undefined, new Date());
    const view =
      outcome.kind === 'form'
        ? buildSwitchModal(outcome)
        : buildNoticeModal(
            homeButtonIds.noticeView,
            switchCopy.modalTitle,
            (outcome.kind === 'refused' ? buildSwitchRefused(outcome.reason, outcome.adminIds) : buildOpenRequest(outcome.request, outcome.mine, click.userId, outcome.zone)).text,
          );
    await client.views.open({ trigger_id: click.triggerId, view });
  });
}
