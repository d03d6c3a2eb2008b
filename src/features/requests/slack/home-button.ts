import type { App } from '@slack/bolt';
import { parseButtonClick } from '../../../slack/button-click.js';
import type { RequestFormOpener } from '../../../slack/contributions.js';
import { homeButtonIds } from '../../../slack/home-buttons.js';

/** Home's *Ask for help*: the request form, straight away (the trigger id lasts seconds). */
export function registerRequestHomeButton(app: App, openRequestForm: RequestFormOpener): void {
  app.action(homeButtonIds.askForHelp, async ({ ack, body, client }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click === undefined) return;
    await openRequestForm({ client, triggerId: click.triggerId, userId: click.userId });
  });
}
