import type { App } from '@slack/bolt';
import { parseButtonClick } from './button-click.js';
import { formatInZone } from './format-time.js';
import type { SlackMessage } from './help-message.js';
import { buildPlainMessage } from './refusals.js';

/** An *I agree* recorded: now, or (`already`) before, with the first acceptance's time and the person's zone. */
export interface AgreementAccepted {
  readonly status: 'recorded' | 'already';
  readonly agreedAt: Date;
  readonly zone: string;
}

/** What a track's *I agree* button needs: its action, the use case, and the track's words. */
export interface AgreementAction {
  readonly actionId: string;
  /** Records the click once; undefined when the person may not accept this agreement (nothing stored). */
  accept(userId: string, now: Date): Promise<AgreementAccepted | undefined>;
  /** To someone whose click does not count. */
  readonly notAllowed: string;
  /** To a second click: when it was recorded. */
  already(when: string): string;
  /** The welcome DM redrawn once accepted. */
  agreed(userId: string, when: string): SlackMessage;
}

/** *I agree* on a track's welcome DM: recorded once; the message then shows when, and a second click is told so. */
export function registerAgreementAction(app: App, action: AgreementAction): void {
  app.action(action.actionId, async ({ ack, body, respond }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click === undefined) return;
    const outcome = await action.accept(click.userId, new Date());
    if (outcome === undefined) {
      await respond({ response_type: 'ephemeral', replace_original: false, ...buildPlainMessage(action.notAllowed) });
      return;
    }
    const when = formatInZone(outcome.agreedAt, outcome.zone);
    if (outcome.status === 'recorded') await respond({ replace_original: true, ...action.agreed(click.userId, when) });
    else await respond({ response_type: 'ephemeral', replace_original: false, ...buildPlainMessage(action.already(when)) });
  });
}
