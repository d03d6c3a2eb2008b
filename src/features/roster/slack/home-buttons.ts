import type { App } from '@slack/bolt';
import type { AdminPolicy } from '../../../program/policy.js';
import { parseButtonClick } from '../../../slack/button-click.js';
import { buildNotAllowedModal, buildNoticeModal, homeButtonIds, registerHomeButtonModal } from '../../../slack/home-buttons.js';
import { showFailuresIn } from '../../../slack/error-boundary.js';
import type { RosterUseCases } from '../use-cases.js';
import { buildImportModal, buildIntroduceReport } from './admin-views.js';

const INTRODUCE_WORKING_TITLE = 'Introducing…';
const INTRODUCE_WORKING = 'Introducing every group not yet introduced, and welcoming new members… This window shows the result when it is done.';
const INTRODUCE_DONE_TITLE = 'Introductions';

/** Home's *Import roster* and *Introduce groups*, for admins; anyone else gets a small modal saying why not. */
export function registerRosterHomeButtons(app: App, services: Pick<RosterUseCases, 'introduceNow'>, admins: AdminPolicy): void {
  registerHomeButtonModal(app, homeButtonIds.importRoster, async (click) => ((await admins.isAdmin(click.userId)) ? buildImportModal() : buildNotAllowedModal()));

  app.action(homeButtonIds.introduce, async ({ ack, body, client }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click === undefined) return;
    const opened = await client.views.open({
      trigger_id: click.triggerId,
      view: buildNoticeModal(homeButtonIds.introduceView, INTRODUCE_WORKING_TITLE, INTRODUCE_WORKING),
    });
    // The modal says "Introducing…": a failure from here on is shown in it, so that it never hangs.
    showFailuresIn(body, opened.view?.id);
    const outcome = await services.introduceNow(click.userId, new Date());
    const view = outcome.allowed ? buildNoticeModal(homeButtonIds.introduceView, INTRODUCE_DONE_TITLE, buildIntroduceReport(outcome.result).text) : buildNotAllowedModal();
    if (opened.view?.id !== undefined) await client.views.update({ view_id: opened.view.id, view });
  });
}
