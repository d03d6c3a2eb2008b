import { zoneOf, type Group } from '../../program/roster.js';
import { authorizeSwitchAsk, type AskRefusal, type SwitchCircle } from './domain/switch.js';
import { once } from '../../delivery/once.js';
import type { StartSwitchOutcome, SubmitSwitchOutcome, SwitchSubmission } from './outcomes.js';
import { cardFor, deliverToAdmins, loadTargets } from './admin-card.js';
import type { SwitchContext } from './switch-context.js';
import type { NewSwitchRequest } from '../../program/records/switch-request.js';
import { findPairToChange } from './find-pair.js';

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

/**
 * `/mentor-switch` (or its Home button): the form, the request already open, or why the person may not ask. A mentee of
 * a cohort group asks to change group (as before tracks, also when they are in a pair track too); otherwise, given
 * `now`, a mentee of a pair track (or that pair's mentor) asks its office to change the pair's mentor.
 */
export async function startSwitch(ctx: SwitchContext, actorId: string, menteeId: string | undefined, now?: Date): Promise<StartSwitchOutcome> {
  const { circle, groups, from, name } = await loadCircle(ctx, menteeId ?? actorId);
  const asked = authorizeSwitchAsk(actorId, circle);
  const paired = asked.ok || now === undefined ? undefined : await findPairToChange(ctx, actorId, circle.menteeId, now);
  if (!asked.ok && (paired === undefined || 'refusal' in paired)) {
    const waiting = paired !== undefined && 'refusal' in paired && paired.refusal === 'waiting_for_pair' ? paired.waiting : undefined;
    return { kind: 'refused', reason: waiting === undefined ? asked.reason : 'waiting_for_pair', adminIds: await ctx.admins.adminIds(), ...(waiting === undefined ? {} : { waiting }) };
  }
  const open = await ctx.switches.findOpenFor(circle.menteeId);
  if (open !== undefined) {
    const mine = open.requestedBy === actorId;
    // Asking again is also how a request that could not reach every admin gets there.
    if (mine && now !== undefined) await deliverToAdmins(ctx, open, now);
    const [actor] = await ctx.roster.findPeople([actorId]);
    return { kind: 'already_open', request: open, mine, zone: zoneOf(actor, ctx.config.programTimezone) };
  }
  if (paired !== undefined && 'pair' in paired) {
    const { pair, track } = paired;
    return { kind: 'pair_form', menteeId: circle.menteeId, menteeName: name, asMentor: actorId !== circle.menteeId, pair, office: track.words.office, mentorWord: track.words.mentor };
  }
  return {
    kind: 'form',
    menteeId: circle.menteeId,
    menteeName: name,
    asMentor: asked.ok && asked.as === 'mentor',
    fromGroupName: from!.name,
    targets: await loadTargets(ctx, from, groups),
  };
}

/** The form submitted: stores the request once per form, sends it to the admins and confirms it to the person who asked. */
export async function submitSwitch(ctx: SwitchContext, input: SwitchSubmission, now: Date): Promise<SubmitSwitchOutcome> {
  const { claims, logger, switchNotifier: notifier } = ctx;
  const notSent = async (reason: 'already_open' | AskRefusal): Promise<SubmitSwitchOutcome> => {
    await notifier.tellNotSent(input.actorId, { reason, adminIds: await ctx.admins.adminIds() });
    logger.info('switch request not stored', { user: input.actorId, reason });
    return { kind: 'not_sent', reason };
  };
  const base = { menteeId: input.menteeId, requestedBy: input.actorId, reason: input.reason, details: input.details, createdAt: now, sourceKey: `view:${input.viewId}` };
  let fields: NewSwitchRequest;
  if (input.pair !== undefined) {
    // The pair the form was opened for, authorized again: the mentee, or that pair's mentor.
    const found = await findPairToChange(ctx, input.actorId, input.menteeId, now, input.pair);
    if ('refusal' in found) return notSent(found.refusal);
    const { pair } = found;
    const requesterRole = input.actorId === input.menteeId ? 'mentee' : 'mentor';
    fields = { ...base, requesterRole, subject: 'mentor', fromGroupId: undefined, preferredGroupId: undefined, pair: { track: pair.track, pairKey: pair.pairKey, version: pair.version, fromMentorId: pair.mentorId, label: pair.label } };
  } else {
    const { circle, groups } = await loadCircle(ctx, input.menteeId);
    const asked = authorizeSwitchAsk(input.actorId, circle);
    if (!asked.ok) return notSent(asked.reason);
    const preferred = groups.find((g) => g.id === input.preferredGroupId && g.active && g.kind === 'cohort' && g.id !== circle.groupId);
    fields = { ...base, menteeId: circle.menteeId, requesterRole: asked.as, subject: 'group', fromGroupId: circle.groupId!, preferredGroupId: preferred?.id };
  }
  const stored = await ctx.switches.create(fields);
  if (stored.kind === 'open_exists') return notSent('already_open');
  const { request } = stored;
  // Never the reason or the details: they are for admins alone.
  logger.info(stored.kind === 'created' ? 'switch request stored' : 'switch request submitted again', { switch: request.id, requesterRole: request.requesterRole, subject: request.subject });
  await deliverToAdmins(ctx, request, now);
  await once(claims, `switch:${request.id}:confirmed`, async () => {
    await notifier.confirmToRequester(await cardFor(ctx, request));
    return {};
  });
  return { kind: 'sent', request, created: stored.kind === 'created' };
}
