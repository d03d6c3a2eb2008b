import type { App } from '@slack/bolt';
import type { AppServices } from '../../../services/app-services.js';
import { ids } from '../../../slack/ids.js';
import { buildImportModal, buildIntroduceReport, buildNotAllowedMessage } from '../../roster/slack/admin-views.js';
import { buildAwayModal, buildNotAMentor } from '../../away/slack/away-views.js';
import { buildCheckinModal } from '../../contacts/slack/checkin-views.js';
import { copy } from '../../../slack/copy.js';
import { buildExportModal } from '../../exports/slack/export-views.js';
import { buildNoticeModal } from './home-view.js';
import { buildOpenRequest, buildSwitchModal, buildSwitchRefused } from '../../switching/slack/switch-views.js';
import { encodeCheckinMetadata } from '../../contacts/slack/checkin-metadata.js';
import type { RequestFormOpener } from '../../pulse/slack/register-pulse-actions.js';
import { parseButtonClick } from '../../../slack/button-click.js';

export interface HomeActionDeps {
  readonly services: Pick<AppServices, 'prepareCheckin' | 'startAway' | 'startSwitch' | 'isAdmin' | 'introduceNow'>;
  /** `/mentor-request`'s form (issue 4). */
  readonly openRequestForm: RequestFormOpener;
}

/**
 * The Home tab's buttons. Each opens the form of the feature it stands for (the trigger id lasts seconds, so the
 * modal opens straight away); a person who may not use it gets a modal saying why, since Home has no message to
 * answer in.
 */
export function registerHomeActions(app: App, deps: HomeActionDeps): void {
  const { services } = deps;
  const h = ids.homeTab;

  app.action(h.askForHelp, async ({ ack, body, client }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click === undefined) return;
    await deps.openRequestForm({ client, triggerId: click.triggerId, userId: click.userId });
  });

  app.action(h.switchMentors, async ({ ack, body, client }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click === undefined) return;
    const outcome = await services.startSwitch(click.userId, undefined, new Date());
    // Home has no message to answer in: a refusal, or the request already open, comes as a small modal.
    const view =
      outcome.kind === 'form'
        ? buildSwitchModal(outcome)
        : buildNoticeModal(
            h.noticeView,
            copy.switch.modalTitle,
            (outcome.kind === 'refused' ? buildSwitchRefused(outcome.reason, outcome.adminIds) : buildOpenRequest(outcome.request, outcome.mine, click.userId, outcome.zone)).text,
          );
    await client.views.open({ trigger_id: click.triggerId, view });
  });

  app.action(h.logContact, async ({ ack, body, client }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click === undefined) return;
    const form = await services.prepareCheckin(click.userId, new Date());
    const view = form.ok
      ? buildCheckinModal(form, encodeCheckinMetadata({ source: 'logged' }))
      : buildNoticeModal(h.noticeView, copy.checkin.modalTitle, form.problem === 'not_a_mentor' ? copy.checkin.notAMentor : copy.checkin.noMentees);
    await client.views.open({ trigger_id: click.triggerId, view });
  });

  app.action(h.timeAway, async ({ ack, body, client }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click === undefined) return;
    const outcome = await services.startAway(click.userId, new Date());
    const view = outcome.kind === 'form' ? buildAwayModal(outcome.today) : buildNoticeModal(h.noticeView, copy.away.modalTitle, buildNotAMentor(outcome.adminIds).text);
    await client.views.open({ trigger_id: click.triggerId, view });
  });

  const notAllowed = () => buildNoticeModal(h.noticeView, copy.homeTab.adminTitle, buildNotAllowedMessage().text);

  app.action(h.importRoster, async ({ ack, body, client }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click === undefined) return;
    const view = (await services.isAdmin(click.userId)) ? buildImportModal() : notAllowed();
    await client.views.open({ trigger_id: click.triggerId, view });
  });

  app.action(h.exportCsv, async ({ ack, body, client }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click === undefined) return;
    const view = (await services.isAdmin(click.userId)) ? buildExportModal() : notAllowed();
    await client.views.open({ trigger_id: click.triggerId, view });
  });

  app.action(h.introduce, async ({ ack, body, client }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click === undefined) return;
    const opened = await client.views.open({
      trigger_id: click.triggerId,
      view: buildNoticeModal(h.introduceView, copy.homeTab.introduceWorkingTitle, copy.homeTab.introduceWorking),
    });
    const outcome = await services.introduceNow(click.userId, new Date());
    const view = outcome.allowed ? buildNoticeModal(h.introduceView, copy.homeTab.introduceDoneTitle, buildIntroduceReport(outcome.result).text) : notAllowed();
    if (opened.view?.id !== undefined) await client.views.update({ view_id: opened.view.id, view });
  });
}
