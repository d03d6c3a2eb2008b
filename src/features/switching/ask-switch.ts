import { zoneOf, type Group } from '../../program/roster.js';
import { authorizeSwitchAsk, type AskRefusal, type SwitchCircle } from './domain/switch.js';
import { once } from '../../delivery/once.js';
import type { StartSwitchOutcome, SubmitSwitchOutcome, SwitchSubmission } from './outcomes.js';
import { cardFor, deliverToAdmins, loadTargets } from './admin-card.js';
import type { SwitchContext } from './switch-context.js';

/** The mentee's cohort group (the first, if several) and its peer mentors: four bulk queries. */
async function loadCircle(ctx: SwitchContext, menteeId: string): Promise<{ circle: SwitchCircle; groups: Group[]; from: Group | undefined; name: string }> {
  const { roster } = ctx;
  const own = (await roster.findMemberships({ current: true, personIds: [menteeId] })).filter((m) => m.role === 'mentee');
  const groups = await roster.findGroups();
  const from = own.map((m) => groups.find((g) => g.id === m.groupId)).find((g) => g !== undefined && g.active && g.kind === 'cohort');
  const [person] = await roster.findPeople([menteeId]);
  const name = person?.name ?? menteeId;
  if (from === undefined || person?.active === false) return { circle: { menteeId, groupId: undefined, mentorIds: [] }, groups, from: undefined, name };
  const mentorIds = (await roster.findMemberships({ current: true, groupIds: [from.id] })).filter((m) => m.role === 'peer_mentor').map((m) => m.personId);
  return { circle: { menteeId, groupId: from.id, mentorIds }, groups, from, name };
}

/** `/mentor-switch` (or its Home button): the form, the request already open, or why the person may not ask. */
export async function startSwitch(ctx: SwitchContext, actorId: string, menteeId: string | undefined): Promise<StartSwitchOutcome> {
  const { circle, groups, from, name } = await loadCircle(ctx, menteeId ?? actorId);
  const asked = authorizeSwitchAsk(actorId, circle);
  if (!asked.ok) return { kind: 'refused', reason: asked.reason, adminIds: await ctx.admins.adminIds() };
  const open = await ctx.switches.findOpenFor(circle.menteeId);
  if (open !== undefined) {
    const mine = open.requestedBy === actorId;
    // Asking again is also how a request that could not reach every admin gets there.
    if (mine) await deliverToAdmins(ctx, open);
    const [actor] = await ctx.roster.findPeople([actorId]);
    return { kind: 'already_open', request: open, mine, zone: zoneOf(actor, ctx.config.programTimezone) };
  }
  return {
    kind: 'form',
    menteeId: circle.menteeId,
    menteeName: name,
    asMentor: asked.as === 'mentor',
    fromGroupName: from!.name,
    targets: await loadTargets(ctx, from, groups),
  };
}

/** The form submitted: stores the request once per form, sends it to the admins and confirms it to the person who asked. */
export async function submitSwitch(ctx: SwitchContext, input: SwitchSubmission, now: Date): Promise<SubmitSwitchOutcome> {
  const { claims, logger, switchNotifier: notifier } = ctx;
  const { circle, groups } = await loadCircle(ctx, input.menteeId);
  const asked = authorizeSwitchAsk(input.actorId, circle);
  const notSent = async (reason: 'already_open' | AskRefusal): Promise<SubmitSwitchOutcome> => {
    await notifier.tellNotSent(input.actorId, { reason, adminIds: await ctx.admins.adminIds() });
    logger.info('switch request not stored', { user: input.actorId, reason });
    return { kind: 'not_sent', reason };
  };
  if (!asked.ok) return notSent(asked.reason);
  const preferred = groups.find((g) => g.id === input.preferredGroupId && g.active && g.kind === 'cohort' && g.id !== circle.groupId);
  const stored = await ctx.switches.create({
    menteeId: circle.menteeId,
    requestedBy: input.actorId,
    requesterRole: asked.as,
    subject: 'group',
    fromGroupId: circle.groupId!,
    reason: input.reason,
    details: input.details,
    preferredGroupId: preferred?.id,
    createdAt: now,
    sourceKey: `view:${input.viewId}`,
  });
  if (stored.kind === 'open_exists') return notSent('already_open');
  const { request } = stored;
  // Never the reason or the details: they are for admins alone.
  logger.info(stored.kind === 'created' ? 'switch request stored' : 'switch request submitted again', { switch: request.id, requesterRole: request.requesterRole });
  await deliverToAdmins(ctx, request);
  await once(claims, `switch:${request.id}:confirmed`, async () => {
    await notifier.confirmToRequester(await cardFor(ctx, request));
    return {};
  });
  return { kind: 'sent', request, created: stored.kind === 'created' };
}
