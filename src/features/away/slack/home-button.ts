import type { App } from '@slack/bolt';
import { parseButtonClick } from '../../../slack/button-click.js';
import { buildNoticeModal, homeButtonIds } from '../../../slack/home-buttons.js';
import type { TimeAway } from '../time-away.js';
import { buildAwayModal, buildNotAMentor } from './away-views.js';
import { awayCopy } from './copy.js';

/** Home's *Time away*: the time-away form, or a small modal saying why not. */
export function registerAwayHomeButton(app: App, services: Pick<TimeAway, 'startAway'>): void {
  app.action(homeButtonIds.timeAway, async ({ ack, body, client }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click === undefined) return;
    const outcome = await services.startAway(click.userId, new Date());
    const view =
      outcome.kind === 'form' ? buildAwayModal(outcome.today) : buildNoticeModal(homeButtonIds.noticeView, awayCopy.modalTitle, buildNotAMentor(outcome.adminIds).text);
    await client.views.open({ trigger_id: click.triggerId, view });
  });
}
