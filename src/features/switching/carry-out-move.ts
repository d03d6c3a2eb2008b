import { MOVE_STEPS, type MoveStep } from './domain/switch.js';
import type { SwitchRequest } from '../../program/records/switch-request.js';
import { once } from '../../delivery/once.js';
import type { MoveNotice } from './ports.js';
import type { SwitchCard } from './outcomes.js';
import { cardFor, showEverywhere } from './admin-card.js';
import type { SwitchContext } from './switch-context.js';
import { carryOutPairChange } from './pair-change.js';

/**
 * Carries out an approved move, step by step, each claimed once. Stops at the first step that fails, or that
 * another caller holds right now (`busy`: that caller carries on and shows the outcome); `left` is what remains.
 */
export async function completeMove(ctx: SwitchContext, request: SwitchRequest, now: Date): Promise<{ left: MoveStep[]; busy: boolean }> {
  const { claims, roster, logger, switchNotifier: notifier } = ctx;
  const targetId = request.targetGroupId!;
  const fromGroupId = request.fromGroupId;
  if (fromGroupId === undefined) throw new Error(`switch ${request.id}: a change of group without the group it is from`);
  const at = request.decidedAt ?? now;
  const groups = await roster.findGroups();
  const from = groups.find((g) => g.id === fromGroupId);
  const target = groups.find((g) => g.id === targetId);
  if (target === undefined) throw new Error(`switch ${request.id}: its target group no longer exists`);
  const members = await roster.findMemberships({ current: true, groupIds: [fromGroupId, targetId] });
  const mentorsOf = (groupId: string) => members.filter((m) => m.groupId === groupId && m.role === 'peer_mentor').map((m) => m.personId);
  const formerMentors = mentorsOf(fromGroupId);
  const newMentors = mentorsOf(targetId);
  const key = (step: string) => `switch:${request.id}:${step}`;
  let movedRequests = 0;
  const notice = (): MoveNotice => ({ menteeId: request.menteeId, group: target, mentorIds: newMentors, movedRequests });
  /** Runs `work` once under `claimKey`; false when another caller holds it now. */
  const step = async (claimKey: string, work: () => Promise<Record<string, string> | void>): Promise<boolean> => {
    const outcome = await once(claims, claimKey, async () => (await work()) ?? {});
    return outcome.status !== 'in-progress';
  };

  const steps: Record<MoveStep, () => Promise<boolean>> = {
    membership: () =>
      step(key('membership'), async () => {
        // History is kept: the old membership is closed and a new one opened, at the same instant.
        const current = await roster.findMemberships({ current: true, personIds: [request.menteeId] });
        const isIn = (groupId: string) => current.some((m) => m.groupId === groupId && m.role === 'mentee');
        // The move's own steps below are what follows this ending (channel, requests, notices): not the roster's.
        if (isIn(fromGroupId)) await roster.closeMemberships([{ groupId: fromGroupId, personId: request.menteeId, role: 'mentee' }], at, { followUp: false });
        if (!isIn(targetId)) await roster.openMemberships([{ groupId: targetId, personId: request.menteeId, role: 'mentee' }], at);
      }),
    async requests() {
      const outcome = await once(claims, key('requests'), async () => {
        const moved = await ctx.moveAwaitingRequests({ menteeId: request.menteeId, movedBy: request.decidedBy ?? request.menteeId, stepKey: key('requests') }, now);
        return { moved: String(moved) };
      });
      if (outcome.status === 'in-progress') return false;
      movedRequests = Number(outcome.result['moved'] ?? 0);
      return true;
    },
    leave_channel: async () => {
      const channelId = from?.channelId;
      return channelId === undefined || step(key('leave_channel'), () => notifier.removeFromChannel(channelId, request.menteeId));
    },
    join_channel: async () => {
      const channelId = target.channelId;
      return channelId === undefined || step(key('join_channel'), () => notifier.addToChannel(channelId, request.menteeId));
    },
    // The introductions job (roster issue) welcomes people who joined a group under this same key: one welcome, whoever comes first.
    introduction: async () =>
      newMentors.length === 0 || step(`intro:${targetId}:joined:${request.menteeId}`, () => notifier.introduceToGroup(notice(), target.channelId)),
    async former_mentors() {
      for (const mentorId of formerMentors) {
        if (!(await step(key(`former:${mentorId}`), () => notifier.tellFormerMentor(mentorId, request.menteeId)))) return false;
      }
      return true;
    },
    mentee: () => step(key('mentee'), () => notifier.tellMenteeMoved(notice())),
  };

  for (const [i, name] of MOVE_STEPS.entries()) {
    let finished: boolean;
    try {
      finished = await steps[name]();
    } catch (error) {
      logger.warn('a step of a switch failed; Finish the move carries on from it', { switch: request.id, step: name, error });
      return { left: MOVE_STEPS.slice(i), busy: false };
    }
    if (!finished) return { left: MOVE_STEPS.slice(i), busy: true };
  }
  logger.info('switch completed', { switch: request.id, movedRequests });
  return { left: [], busy: false };
}

/**
 * Completes the move (or, for a pair's request, the change of mentor) as far as it can and, unless another caller is
 * at it, shows the outcome on every copy.
 */
export async function carryOutMove(ctx: SwitchContext, request: SwitchRequest, now: Date): Promise<SwitchCard> {
  if (request.pair !== undefined) return carryOutPairChange(ctx, { ...request, pair: request.pair }, now);
  const { left, busy } = await completeMove(ctx, request, now);
  const card = await cardFor(ctx, request, left);
  if (!busy) await showEverywhere(ctx, card);
  return card;
}
