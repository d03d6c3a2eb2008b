import { checkTarget, decideSwitchAction, decisionKey, defaultTarget, type SwitchAction } from './domain/switch.js';
import type { SwitchPair, SwitchRequest } from '../../program/records/switch-request.js';
import { pairOfRequest, trackOf } from './pair-card.js';
import { once } from '../../delivery/once.js';
import type { SwitchDecisionRecord } from '../../program/ports.js';
import type { SwitchActionInput, SwitchActionOutcome, SwitchActionRefusal } from './outcomes.js';
import { cardFor, loadTargets, showEverywhere } from './admin-card.js';
import { carryOutMove } from './carry-out-move.js';
import type { SwitchContext } from './switch-context.js';

async function refuse(ctx: SwitchContext, reason: SwitchActionRefusal, request: SwitchRequest | undefined): Promise<SwitchActionOutcome> {
  return { kind: 'refused', reason, card: request === undefined ? undefined : await cardFor(ctx, request) };
}

/** Finds the request and checks the actor may take the action on it. */
async function authorize(ctx: SwitchContext, input: SwitchActionInput, action: SwitchAction): Promise<{ request: SwitchRequest } | { refused: SwitchActionOutcome }> {
  const request = await ctx.switches.find(input.requestId);
  if (request === undefined) return { refused: await refuse(ctx, 'not_found', undefined) };
  const decision = decideSwitchAction(request, action, { id: input.actorId, isAdmin: action === 'cancel' ? false : await ctx.admins.isAdmin(input.actorId) });
  if (!decision.ok) return { refused: await refuse(ctx, decision.reason, request) };
  return { request };
}

/** The first decision wins: a unique claim, since a conditional update is not an atomic compare-and-set everywhere. */
async function decide(ctx: SwitchContext, request: SwitchRequest, record: SwitchDecisionRecord): Promise<SwitchRequest | undefined> {
  const won = await once(ctx.claims, decisionKey(request.id), async () => {
    await ctx.switches.markDecided(request.id, record);
    return { status: record.status };
  });
  if (won.status !== 'done-now') return undefined;
  ctx.logger.info('switch request decided', { switch: request.id, status: record.status, user: record.by });
  await ctx.audit.record({ at: record.at, actor: record.by, action: 'switch-decision', subject: request.id, detail: record.status });
  return (await ctx.switches.find(request.id)) ?? request;
}

async function alreadyDecided(ctx: SwitchContext, request: SwitchRequest): Promise<SwitchActionOutcome> {
  return refuse(ctx, 'already_decided', (await ctx.switches.find(request.id)) ?? request);
}

/** An admin approves, to the chosen group (or the suggested one), and the move is carried out. */
export async function approveSwitch(
  ctx: SwitchContext,
  input: SwitchActionInput & { readonly targetGroupId: string | undefined },
  now: Date,
): Promise<SwitchActionOutcome> {
  const found = await authorize(ctx, input, 'approve');
  if ('refused' in found) {
    const { refused } = found;
    // A second click on an approved request (or one whose first approver died half-way) carries the move on.
    if (refused.kind === 'refused' && refused.reason === 'already_decided' && refused.card?.request.status === 'approved') {
      return { kind: 'refused', reason: 'already_decided', card: await carryOutMove(ctx, refused.card.request, now) };
    }
    return refused;
  }
  const { request } = found;
  if (request.pair !== undefined) return approvePairChange(ctx, { ...request, pair: request.pair }, input, now);
  const groups = await ctx.roster.findGroups();
  const targets = await loadTargets(ctx, groups.find((g) => g.id === request.fromGroupId), groups);
  const chosen = checkTarget(request.fromGroupId ?? '', input.targetGroupId ?? defaultTarget(request.preferredGroupId, targets)?.group.id, targets);
  if (!chosen.ok) return refuse(ctx, chosen.reason, request);
  const decided = await decide(ctx, request, { status: 'approved', by: input.actorId, at: now, targetGroupId: chosen.target.group.id });
  if (decided === undefined) return alreadyDecided(ctx, request);
  return { kind: 'done', card: await carryOutMove(ctx, decided, now) };
}

/**
 * The Office approves a change of a pair's mentor, to the mentor chosen in its select (`targetGroupId` carries the
 * select's value) or the best ranked; the choice must be among those who could take the pair now.
 */
async function approvePairChange(
  ctx: SwitchContext,
  request: SwitchRequest & { readonly pair: SwitchPair },
  input: SwitchActionInput & { readonly targetGroupId: string | undefined },
  now: Date,
): Promise<SwitchActionOutcome> {
  const alternatives = await trackOf(ctx, request).rankAlternatives(pairOfRequest(request), now);
  const mentorId = input.targetGroupId ?? alternatives[0]?.mentorId;
  if (mentorId === undefined) return refuse(ctx, 'no_target', request);
  if (!alternatives.some((a) => a.mentorId === mentorId)) return refuse(ctx, 'not_eligible', request);
  const decided = await decide(ctx, request, { status: 'approved', by: input.actorId, at: now, targetMentorId: mentorId });
  if (decided === undefined) return alreadyDecided(ctx, request);
  return { kind: 'done', card: await carryOutMove(ctx, decided, now) };
}

/** An admin clicked Decline: the card for the decline form, if they may decline. */
export async function startDeclineSwitch(ctx: SwitchContext, input: SwitchActionInput): Promise<SwitchActionOutcome> {
  const found = await authorize(ctx, input, 'decline');
  if ('refused' in found) return found.refused;
  return { kind: 'done', card: await cardFor(ctx, found.request) };
}

/** An admin declines with a message for the person who asked; a refusal is told by DM (a form has no reply of its own). */
export async function declineSwitch(ctx: SwitchContext, input: SwitchActionInput & { readonly message: string }, now: Date): Promise<SwitchActionOutcome> {
  const notifier = ctx.switchNotifier;
  const found = await authorize(ctx, input, 'decline');
  if ('refused' in found) {
    await notifier.tellActionRefused(input.actorId, found.refused);
    return found.refused;
  }
  const decided = await decide(ctx, found.request, { status: 'declined', by: input.actorId, at: now, adminMessage: input.message });
  if (decided === undefined) {
    const refused = await alreadyDecided(ctx, found.request);
    await notifier.tellActionRefused(input.actorId, refused);
    return refused;
  }
  const card = await cardFor(ctx, decided);
  await once(ctx.claims, `switch:${decided.id}:declined`, async () => {
    await notifier.tellDeclined(card);
    return {};
  });
  await showEverywhere(ctx, card);
  return { kind: 'done', card };
}

/** The person who asked withdraws an open request. */
export async function cancelSwitch(ctx: SwitchContext, input: SwitchActionInput, now: Date): Promise<SwitchActionOutcome> {
  const found = await authorize(ctx, input, 'cancel');
  if ('refused' in found) return found.refused;
  const decided = await decide(ctx, found.request, { status: 'cancelled', by: input.actorId, at: now });
  if (decided === undefined) return alreadyDecided(ctx, found.request);
  const card = await cardFor(ctx, decided);
  await showEverywhere(ctx, card);
  return { kind: 'done', card };
}

/** An admin's Finish the move: carries an approved move on from the step that failed. */
export async function finishSwitch(ctx: SwitchContext, input: SwitchActionInput, now: Date): Promise<SwitchActionOutcome> {
  const found = await authorize(ctx, input, 'finish');
  if ('refused' in found) return found.refused;
  return { kind: 'done', card: await carryOutMove(ctx, found.request, now) };
}
