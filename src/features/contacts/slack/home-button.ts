import type { App } from '@slack/bolt';
import { buildHomeNotice, homeButtonIds, registerHomeButtonModal } from '../../../slack/home-buttons.js';
import type { ContactUseCases } from '../use-cases.js';
import { encodeCheckinMetadata, withAsked } from './checkin-metadata.js';
import { buildCheckinModal, describeCheckinUnavailable } from './checkin-views.js';
import { checkinCopy } from './copy.js';

/** Home's *Log a contact*: the check-in form, or a small modal saying why not. */
export function registerCheckinHomeButton(app: App, services: Pick<ContactUseCases, 'prepareCheckin'>): void {
  registerHomeButtonModal(app, homeButtonIds.logContact, async (click) => {
    const form = await services.prepareCheckin(click.userId, new Date());
    return form.ok
      ? buildCheckinModal(form, encodeCheckinMetadata({ source: 'logged', home: true, today: form.today, ...withAsked(form) }))
      : buildHomeNotice(checkinCopy.modalTitle, describeCheckinUnavailable(form));
  });
}
