import { deliverOnce } from '../../delivery/deliver.js';
import { zoneOf } from '../../program/roster.js';
import { isVerdictChange, judgeAdminChannel, noticeOf, type AdminChannelVerdict } from './domain/admin-channel.js';
import type { AdminChannelState } from './ports.js';
import type { SwitchContext } from './switch-context.js';

/** What a check of the admin channel did, in counts. */
export type AdminChannelSummary = {
  readonly checked: number;
  readonly usable: number;
  readonly changed: number;
  /** Admins told of the latest change now; waiting for the end of their quiet hours; whose notice failed this time. */
  readonly told: number;
  readonly toldLater: number;
  readonly tellFailed: number;
};

const NOTHING: AdminChannelSummary = { checked: 0, usable: 0, changed: 0, told: 0, toldLater: 0, tellFailed: 0 };

/**
 * Job `admin-channel` (at start and hourly): checks SWITCH_ADMIN_CHANNEL in Slack (private, only admins and the app),
 * records its verdict where every instance sees it when it changed, and tells each admin once per change, outside
 * their quiet hours: why it is refused (switch requests then come by DM), or that it is used again. Nothing to check
 * when it is unset.
 */
export async function checkAdminChannel(ctx: SwitchContext, now: Date): Promise<AdminChannelSummary> {
  const channelId = ctx.settings.adminChannelId;
  if (channelId === undefined) return NOTHING;
  const { facts, botUserId } = await ctx.channelInspector.inspect(channelId);
  const adminIds = await ctx.admins.adminIds();
  const verdict = judgeAdminChannel(facts, adminIds, botUserId);
  let latest = await ctx.adminChannels.findLatest(channelId);
  let changed = 0;
  if (isVerdictChange(latest?.verdict, verdict)) {
    const state: AdminChannelState = { channelId, seq: (latest?.seq ?? 0) + 1, at: now, verdict };
    // Of two instances checking at once, one records the change; the other goes on from what it recorded.
    if (await ctx.adminChannels.saveChange(state)) {
      logChange(ctx, channelId, verdict);
      changed = 1;
      latest = state;
    } else {
      latest = await ctx.adminChannels.findLatest(channelId);
    }
  }
  const told = latest === undefined ? undefined : await tellAdmins(ctx, latest, adminIds, now);
  return { checked: 1, usable: verdict.usable ? 1 : 0, changed, told: told?.sent ?? 0, toldLater: told?.waitingForMorning ?? 0, tellFailed: told?.failed ?? 0 };
}

/** Each admin's notice of the latest change, once (`switch:admin-channel:<channel>:<seq>:<admin>`), outside their quiet hours. */
async function tellAdmins(ctx: SwitchContext, latest: AdminChannelState, adminIds: readonly string[], now: Date) {
  const change = noticeOf(latest, now);
  if (change === 'none') return undefined;
  const people = new Map((await ctx.roster.findPeople(adminIds)).map((p) => [p.id, p]));
  const deliveries = adminIds.map((adminId) => ({
    key: `switch:admin-channel:${latest.channelId}:${latest.seq}:${adminId}`,
    recipientId: adminId,
    zone: zoneOf(people.get(adminId), ctx.config.programTimezone),
  }));
  return deliverOnce({ claims: ctx.claims, quietHours: ctx.config.quietHours, logger: ctx.logger }, deliveries, now, async (delivery) => {
    await ctx.switchNotifier.tellAdminChannel(delivery.recipientId, { channelId: latest.channelId, change, verdict: latest.verdict });
    return {};
  });
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
