import type { App } from '@slack/bolt';
import { buildHomeNotice, homeButtonIds, registerHomeButtonModal } from '../../../slack/home-buttons.js';
import type { TimeAway } from '../time-away.js';
import { buildAwayModal, buildNotAMentor } from './away-views.js';
import { awayCopy } from './copy.js';

/** Home's *Time away*: the time-away form, or a small modal saying why not. */
export function registerAwayHomeButton(app: App, services: Pick<TimeAway, 'startAway'>): void {
  registerHomeButtonModal(app, homeButtonIds.timeAway, async (click) => {
    const outcome = await services.startAway(click.userId, new Date());
    return outcome.kind === 'form' ? buildAwayModal(outcome.today) : buildHomeNotice(awayCopy.modalTitle, buildNotAMentor(outcome.adminIds).text);
  });
}
