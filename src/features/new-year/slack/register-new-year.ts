import type { App } from '@slack/bolt';
import { parseButtonClick } from '../../../slack/button-click.js';
import type { CommandRoutes } from '../../../slack/contributions.js';
import { buildNotAllowedMessage } from '../../../slack/refusals.js';
import type { NewYearUseCases } from '../use-cases.js';
import type { NewYearOutcome } from '../apply-new-year.js';
import type { NewYearPreview } from '../preview-new-year.js';
import { newYearCopy as words } from './copy.js';
import { newYearIds as ids } from './ids.js';
import { buildAppliedMessage, buildPlainText, buildPreviewMessage, describeAlreadyApplied } from './new-year-views.js';

type Respond = (message: Record<string, unknown>) => Promise<unknown>;

/** What the admin reads: the preview, the result, the kind word that it was done already, or the refusal. */
function answerOf(outcome: NewYearPreview | NewYearOutcome) {
  switch (outcome.status) {
    case 'not_allowed':
      return buildNotAllowedMessage();
    case 'already_applied':
      return buildPlainText(describeAlreadyApplied(outcome.rollover, outcome.byName, outcome.zone));
    case 'preview':
      return buildPreviewMessage(outcome.summary, outcome.resuming);
    case 'applied':
      return buildAppliedMessage(outcome.summary, outcome.resumed, outcome.thanks);
    case 'in_progress':
      return buildPlainText(words.inProgress);
  }
}

/**
 * `/mentor-admin new-year`, for admins: acks at once (the preview reads the whole roster), then answers with the
 * preview and its *Apply* / *Back* buttons through the command's response URL; anyone else is refused kindly.
 */
export function createNewYearRoutes(services: Pick<NewYearUseCases, 'preview'>): CommandRoutes {
  return {
    async 'new-year'({ ack, command, respond }) {
      await ack();
      const outcome = await services.preview({ slackUserId: command.user_id }, new Date());
      await respond({ response_type: 'ephemeral', ...answerOf(outcome) });
    },
  };
}

/** *Apply*: the message says it is applying, then shows what was done. *Back*: nothing changes. */
export function registerNewYearActions(app: App, services: Pick<NewYearUseCases, 'apply'>): void {
  app.action(ids.apply, async ({ ack, body, respond }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click === undefined) return;
    const say = respond as Respond;
    await say({ replace_original: true, ...buildPlainText(words.applying) });
    const outcome = await services.apply({ slackUserId: click.userId }, new Date());
    await say({ replace_original: true, ...answerOf(outcome) });
  });

  app.action(ids.back, async ({ ack, respond }) => {
    await ack();
    await (respond as Respond)({ replace_original: true, ...buildPlainText(words.backDone) });
  });
}
