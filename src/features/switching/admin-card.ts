import type { Group } from '../../program/roster.js';
import { defaultTarget, rankTargetGroups, type MoveStep, type PairStep, type TargetGroup } from './domain/switch.js';
import { officeAudiences, pairCardFor, trackOf } from './pair-card.js';
import type { SwitchRequest } from '../../program/records/switch-request.js';
import type { AuditEntry } from '../../program/records/audit.js';
import { once } from '../../delivery/once.js';
import { isAdminChannelUsable } from './admin-channel.js';
import type { AdminAudience } from './ports.js';
import type { SwitchCard } from './outcomes.js';
import type { SwitchContext } from './switch-context.js';

/** Cohort groups with room for the mentee, best first, from the current member counts. */
export async function loadTargets(ctx: SwitchContext, from: Group | undefined, groups: readonly Group[]): Promise<TargetGroup[]> {
  const counts = new Map((await ctx.roster.countCurrentMembers()).map((c) => [`${c.groupId}|${c.role}`, c.count]));
  const count = (groupId: string, role: string) => counts.get(`${groupId}|${role}`) ?? 0;
  return rankTargetGroups(
    from,
    groups.map((group) => ({ group, mentees: count(group.id, 'mentee'), mentors: count(group.id, 'peer_mentor') })),
    ctx.settings.groupCapacity,
  );
}

/**
 * The admins' card for a request as it stands; `unfinished` lists the steps of an approved move still to finish. A
 * change of a pair's mentor has the Office's card (its ranked mentors read as of `now`, when given).
 */
export async function cardFor(ctx: SwitchContext, request: SwitchRequest, unfinished: readonly (MoveStep | PairStep)[] = [], now?: Date): Promise<SwitchCard> {
  if (request.pair !== undefined) return pairCardFor(ctx, { ...request, pair: request.pair }, unfinished as PairStep[], now);
  const { roster } = ctx;
  const groups = await roster.findGroups();
  const byId = (id: string | undefined) => (id === undefined ? undefined : groups.find((g) => g.id === id));
  const fromGroup = byId(request.fromGroupId);
  const [mentee] = await roster.findPeople([request.menteeId]);
  const fromMentorIds = (await roster.findMemberships({ current: true, groupIds: request.fromGroupId === undefined ? [] : [request.fromGroupId] }))
    .filter((m) => m.role === 'peer_mentor')
    .map((m) => m.personId);
  const targets = request.status === 'open' ? await loadTargets(ctx, fromGroup, groups) : [];
  return {
    request,
    menteeName: mentee?.name ?? request.menteeId,
    fromGroup,
    fromMentorIds,
    preferredGroup: byId(request.preferredGroupId),
    targetGroup: byId(request.targetGroupId),
    targets,
    suggestedGroupId: defaultTarget(request.preferredGroupId, targets)?.group.id,
    unfinished: unfinished as MoveStep[],
    zone: ctx.config.programTimezone,
  };
}

/**
 * Posts the request to each admin audience once: SWITCH_ADMIN_CHANNEL while it is private and holds only admins and
 * the app (admin-channel.ts), else each admin by DM; a failed post is left for the next attempt. A change of a pair's
 * mentor goes to the track's office (CLINICAL_OFFICE_CHANNEL, else its admins by DM), its card ranked as of `now`.
 */
export async function deliverToAdmins(ctx: SwitchContext, request: SwitchRequest, now: Date): Promise<void> {
  const { claims, switches, logger, audit, switchNotifier: notifier } = ctx;
  const channelId = ctx.settings.adminChannelId;
  const audiences: AdminAudience[] =
    request.pair !== undefined
      ? await officeAudiences(ctx, trackOf(ctx, { ...request, pair: request.pair }))
      : channelId !== undefined && (await isAdminChannelUsable(ctx, channelId, now))
        ? [{ channelId }]
        : (await ctx.admins.adminIds()).map((adminId) => ({ adminId }));
  if (audiences.length === 0) {
    logger.warn('no admin to decide a switch request: set ADMIN_USER_IDS or SWITCH_ADMIN_CHANNEL', { switch: request.id });
    return;
  }
  const card = await cardFor(ctx, request, [], now);
  for (const audience of audiences) {
    const key = `switch:${request.id}:admins:${'channelId' in audience ? audience.channelId : audience.adminId}`;
    try {
      const posted = await once(claims, key, async () => {
        const at = await notifier.postToAdmins(audience, card);
        return { channelId: at.channelId, ts: at.ts };
      });
      // Recorded after the claim holds the post: a failed write is made good by the next attempt, from the claim.
      if (posted.status !== 'in-progress') await switches.addAdminMessage(request.id, { channelId: posted.result['channelId']!, ts: posted.result['ts']! });
      // The card shows the private details: its post is a view of them, by the channel's members or the admin DM'd.
      if (posted.status === 'done-now') {
        await audit
          .record(detailsShown(request, audience, now))
          .catch((error: unknown) => logger.error('a view of a switch request’s details could not be recorded in the audit trail', { switch: request.id, error }));
      }
    } catch (error) {
      logger.warn('a switch request could not be posted to an admin; the next attempt retries it', { switch: request.id, error });
    }
  }
}

/** The audit entry for the request's card (with its private details) posted to an audience. */
function detailsShown(request: SwitchRequest, audience: AdminAudience, now: Date): AuditEntry {
  return 'channelId' in audience
    ? { at: now, actor: audience.channelId, action: 'switch-details-view', subject: request.id, detail: 'posted in the channel' }
    : { at: now, actor: audience.adminId, action: 'switch-details-view', subject: request.id, detail: 'sent by DM' };
}

/** Shows the request's state on every copy of the admins' message. */
export async function showEverywhere(ctx: SwitchContext, card: SwitchCard): Promise<void> {
  for (const location of card.request.adminMessages) {
    try {
      await ctx.switchNotifier.updateAdminMessage(location, card);
    } catch (error) {
      ctx.logger.warn('a copy of a switch request could not be updated', { switch: card.request.id, channel: location.channelId, error });
    }
  }
}
