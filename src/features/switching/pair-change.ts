import { once } from '../../delivery/once.js';
import { officeOf } from '../../program/pairs.js';
import type { SwitchPair, SwitchRequest } from '../../program/records/switch-request.js';
import { cardFor, showEverywhere } from './admin-card.js';
import { PAIR_STEPS, type PairStep } from './domain/switch.js';
import type { SwitchCard } from './outcomes.js';
import { pairOfRequest, trackOf } from './pair-card.js';
import type { SwitchContext } from './switch-context.js';

type PairRequest = SwitchRequest & { readonly pair: SwitchPair };

/**
 * Carries out an approved change of a pair's mentor, step by step, each claimed once (see PAIR_STEPS): the pair's next
 * version with the chosen mentor (chosen by the office), the mentee's waiting requests to that track moved to the new
 * mentor, the track's introduction of the new pair, and neutral notices (never the reason) to the former mentor, the
 * new one and the mentee. Stops at the first step that fails or that another caller holds now (`busy`).
 */
async function completePairChange(ctx: SwitchContext, request: PairRequest, now: Date): Promise<{ left: PairStep[]; busy: boolean }> {
  const { claims, logger, switchNotifier: notifier } = ctx;
  const track = trackOf(ctx, request);
  const pair = pairOfRequest(request);
  const mentorId = request.targetMentorId;
  if (mentorId === undefined) throw new Error(`switch ${request.id}: approved without a mentor`);
  const at = request.decidedAt ?? now;
  const key = (step: string) => `switch:${request.id}:${step}`;
  let movedRequests = 0;
  const step = async (claimKey: string, work: () => Promise<unknown>): Promise<boolean> => {
    const outcome = await once(claims, claimKey, async () => {
      await work();
      return {};
    });
    return outcome.status !== 'in-progress';
  };
  const notice = { menteeId: request.menteeId, mentorId, label: pair.label, mentorWord: track.words.mentor };

  const steps: Record<PairStep, () => Promise<boolean>> = {
    assignment: () =>
      step(key('assignment'), async () => {
        const { created } = await track.reassign(pair, mentorId, at);
        if (created) return;
        // Its next version is written already: by this change (a step that died after writing it), or by something else.
        const current = (await track.findCurrentPairs({ menteeIds: [request.menteeId] }, now)).find((p) => p.pairKey === pair.pairKey);
        if (current?.mentorId !== mentorId) throw new Error(`switch ${request.id}: the pair changed since it was asked for`);
      }),
    async requests() {
      const outcome = await once(claims, key('requests'), async () => {
        const office = officeOf(await ctx.roster.findPeopleWithRole('admin'), track.track);
        const moved = await ctx.moveAwaitingRequests(
          { menteeId: request.menteeId, movedBy: request.decidedBy ?? request.menteeId, stepKey: key('requests'), pair: { audience: track.track, mentorIds: [mentorId], standInIds: office } },
          now,
        );
        return { moved: String(moved) };
      });
      if (outcome.status === 'in-progress') return false;
      movedRequests = Number(outcome.result['moved'] ?? 0);
      return true;
    },
    introduction: () => step(key('introduction'), () => track.introduceNewPairs(now)),
    former_mentor: () => step(key(`former:${pair.mentorId}`), () => notifier.tellFormerPairMentor(pair.mentorId, request.menteeId)),
    new_mentor: () => step(key(`new:${mentorId}`), () => notifier.tellNewPairMentor(notice)),
    mentee: () => step(key('mentee'), () => notifier.tellMenteeNewPairMentor({ ...notice, movedRequests })),
  };

  for (const [i, name] of PAIR_STEPS.entries()) {
    let finished: boolean;
    try {
      finished = await steps[name]();
    } catch (error) {
      logger.warn('a step of a change of mentor failed; Finish the move carries on from it', { switch: request.id, step: name, error });
      return { left: PAIR_STEPS.slice(i), busy: false };
    }
    if (!finished) return { left: PAIR_STEPS.slice(i), busy: true };
  }
  logger.info('change of mentor completed', { switch: request.id, track: track.track, movedRequests });
  return { left: [], busy: false };
}

/** Completes the change as far as it can and, unless another caller is at it, shows the outcome on every copy. */
export async function carryOutPairChange(ctx: SwitchContext, request: PairRequest, now: Date): Promise<SwitchCard> {
  const { left, busy } = await completePairChange(ctx, request, now);
  const card = await cardFor(ctx, request, left, now);
  if (!busy) await showEverywhere(ctx, card);
  return card;
}
