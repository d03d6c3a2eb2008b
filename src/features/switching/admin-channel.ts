import { once } from '../../delivery/once.js';
import { adminChannelChange, judgeAdminChannel, verdictKey, type AdminChannelVerdict } from './domain/admin-channel.js';
import type { SwitchContext } from './switch-context.js';

/** What a check of the admin channel did, in counts. */
export type AdminChannelSummary = { readonly checked: number; readonly usable: number; readonly changed: number; readonly told: number };

const NOTHING: AdminChannelSummary = { checked: 0, usable: 0, changed: 0, told: 0 };

/**
 * Job `admin-channel` (at start and daily): checks SWITCH_ADMIN_CHANNEL in Slack (private, only admins and the app),
 * records its verdict where every instance sees it when it changed, and tells each admin once per change: why it is
 * refused (switch requests then come by DM), or that it is used again. Nothing to check when it is unset.
 */
export async function checkAdminChannel(ctx: SwitchContext, now: Date): Promise<AdminChannelSummary> {
  const channelId = ctx.settings.adminChannelId;
  if (channelId === undefined) return NOTHING;
  const { facts, botUserId } = await ctx.channelInspector.inspect(channelId);
  const adminIds = await ctx.admins.adminIds();
  const verdict = judgeAdminChannel(facts, adminIds, botUserId);
  const previous = await ctx.adminChannels.findLatest(channelId);
  const summary = { checked: 1, usable: verdict.usable ? 1 : 0, changed: 0, told: 0 };
  if (previous !== undefined && verdictKey(previous.verdict) === verdictKey(verdict)) return summary;
  const seq = (previous?.seq ?? 0) + 1;
  // Of two instances checking at once, the one that records the change tells the admins.
  if (!(await ctx.adminChannels.saveChange({ channelId, seq, at: now, verdict }))) return summary;
  logChange(ctx, channelId, verdict);
  const change = adminChannelChange(previous?.verdict, verdict);
  if (change === 'none') return { ...summary, changed: 1 };
  let told = 0;
  for (const adminId of adminIds) {
    try {
      const sent = await once(ctx.claims, `switch:admin-channel:${channelId}:${seq}:${adminId}`, async () => {
        await ctx.switchNotifier.tellAdminChannel(adminId, { channelId, change, verdict });
        return {};
      });
      if (sent.status === 'done-now') told += 1;
    } catch (error) {
      ctx.logger.warn('an admin could not be told about the switch admin channel', { user: adminId, error });
    }
  }
  return { ...summary, changed: 1, told };
}

/**
 * Whether switch requests may go to SWITCH_ADMIN_CHANNEL now: as last checked; never checked (this channel), checked
 * now. A failure to reach Slack sends this request by DM, and leaves the verdict to the next check.
 */
export async function isAdminChannelUsable(ctx: SwitchContext, channelId: string, now: Date): Promise<boolean> {
  const latest = await ctx.adminChannels.findLatest(channelId);
  if (latest !== undefined) return latest.verdict.usable;
  try {
    return (await checkAdminChannel(ctx, now)).usable === 1;
  } catch (error) {
    ctx.logger.warn('the switch admin channel could not be checked; this request goes to the admins by DM', { channel: channelId, error });
    return false;
  }
}

function logChange(ctx: SwitchContext, channelId: string, verdict: AdminChannelVerdict): void {
  if (verdict.usable) ctx.logger.info('switch admin channel in use', { channel: channelId });
  else ctx.logger.warn('switch admin channel refused: switch requests go to the admins by DM', { channel: channelId, problem: verdict.problem, outsiders: verdict.outsiderIds.length, ...(verdict.error === undefined ? {} : { slackError: verdict.error }) });
}
