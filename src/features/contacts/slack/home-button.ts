import type { App } from '@slack/bolt';
import { parseButtonClick } from '../../../slack/button-click.js';
import { buildNoticeModal, homeButtonIds } from '../../../slack/home-buttons.js';
import type { ContactUseCases } from '../use-cases.js';
import { encodeCheckinMetadata } from './checkin-metadata.js';
import { buildCheckinModal } from './checkin-views.js';
import { checkinCopy } from './copy.js';

/** Home's *Log a contact*: the check-in form, or a small modal saying why not. */
export function registerCheckinHomeButton(app: App, services: Pick<ContactUseCases, 'prepareCheckin'>): void {
  app.action(homeButtonIds.logContact, async ({ ack, body, client }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click === undefined) return;
    const form = await services.prepareCheckin(click.userId, new Date());
    const view = form.ok
      ? buildCheckinModal(form, encodeCheckinMetadata({ source: 'logged' }))
      : buildNoticeModal(homeButtonIds.noticeView, checkinCopy.modalTitle, form.problem === 'not_a_mentor' ? checkinCopy.notAMentor : checkinCopy.noMentees);
    await client.views.open({ trigger_id: click.triggerId, view });
  });
}
