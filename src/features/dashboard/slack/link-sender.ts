import { deliverOnce, type DeliverDeps } from '../../../delivery/deliver.js';
import { parseQuietHours } from '../../../delivery/quiet-hours.js';
import type { Messenger } from '../../../delivery/slack/messenger.js';
import { sendOrExplain } from '../../../delivery/slack/send-errors.js';
import type { LinkSender } from '../ports.js';
import { dashboardCopy as words } from './copy.js';

/**
 * The sign-in link's DM, through the shared send path (claimed once by its key). Quiet hours do not hold it back:
 * the person has just asked for it.
 */
export function createLinkSender(deps: Omit<DeliverDeps, 'quietHours'>, messenger: Pick<Messenger, 'dm'>, programTimezone: string): LinkSender {
  const always = parseQuietHours('off')!;
  return async ({ key, userId, url }, now) => {
    const summary = await deliverOnce({ ...deps, quietHours: always }, [{ key, recipientId: userId, zone: programTimezone }], now, async () => {
      const posted = await sendOrExplain(() =>
        messenger.dm(userId, { text: words.linkText(url), blocks: [{ type: 'section', text: { type: 'mrkdwn', text: words.linkBlocksText(url) } }] }),
      );
      return { channel: posted.channel, ts: posted.ts };
    });
    return summary.sent + summary.alreadySent > 0;
  };
}
