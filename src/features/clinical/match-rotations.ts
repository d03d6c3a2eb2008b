import { deliverOnce, type Delivery } from '../../delivery/deliver.js';
import { zoneOf } from '../../program/roster.js';
import type { Assignment } from './domain/match.js';
import { assignmentDeadline, planMatching, type RankedMentor } from './domain/matching.js';
import type { Rotation } from './domain/rotation.js';
import { introduceAssignments, type IntroductionsSummary } from './introduce-assignments.js';
import { loadMatching, matchKeys, type MatchingDeps } from './load-matching.js';

export type MatchRunSummary = Readonly<
  {
    /** Offer DMs sent now, already sent, waiting for the mentee's morning, held by another run, failed. */
    offersSent: number;
    offersAlreadySent: number;
    offersWaitingForMorning: number;
    offersInProgress: number;
    offersFailed: number;
    /** Mentors assigned at the deadline (the mentee had not chosen). */
    autoAssigned: number;
    /** Rotations in the window with no mentor, and no eligible mentor to offer or assign. */
    unmatched: number;
  } & IntroductionsSummary
>;

interface OfferDelivery extends Delivery {
  readonly rotation: Rotation;
  readonly suggestions: readonly RankedMentor[];
}

/**
 * Job `rotations`: matches mentors to mentees' upcoming rotations (see domain/matching.ts). Rotations past their
 * deadline get the best-ranked eligible mentor (each rotation's first step is written once, so a mentee's choice and
 * this cannot both win), and their offer DM shows it; rotations not yet offered get one offer DM, sent once through
 * the shared send path, never in the mentee's quiet hours; then every assignment not yet introduced is introduced.
 */
export async function matchRotations(deps: MatchingDeps, now: Date): Promise<MatchRunSummary> {
  const loaded = await loadMatching(deps);
  const zone = deps.programTimezone;
  const plan = planMatching(loaded.state, now, { zone, matchDays: deps.settings.matchDays, capacity: deps.settings.mentorCapacity });

  let autoAssigned = 0;
  for (const { rotation, mentor, offered } of plan.assign) {
    const { assignment, created } = await deps.matches.assign({
      rotationId: rotation.id,
      menteeId: rotation.personId,
      mentorId: mentor.mentorId,
      assignedAt: now,
      chosenBy: 'auto',
      step: 1,
    });
    if (!created) continue;
    autoAssigned += 1;
    if (offered) await showOnOffer(deps, rotation, assignment);
  }

  const deliveries: OfferDelivery[] = plan.offers.map(({ rotation, suggestions }) => ({
    key: matchKeys.offer(rotation.id),
    recipientId: rotation.personId,
    zone: zoneOf(loaded.people.get(rotation.personId), zone),
    rotation,
    suggestions,
  }));
  const offers = await deliverOnce({ claims: deps.claims, quietHours: deps.quietHours, logger: deps.logger }, deliveries, now, async (d) => {
    const posted = await deps.matchSender.sendOffer({
      menteeId: d.recipientId,
      rotation: d.rotation,
      suggestions: d.suggestions,
      deadline: assignmentDeadline(now, d.rotation.start, zone),
      zone: d.zone,
    });
    await deps.matches.recordOffer({ rotationId: d.rotation.id, menteeId: d.recipientId, suggestedIds: d.suggestions.map((s) => s.mentorId), offeredAt: now });
    return { channel: posted.channel, ts: posted.ts };
  });
  if (plan.unmatched.length > 0) deps.logger.info('clinical rotations with no eligible mentor', { unmatched: plan.unmatched.length });

  const introductions = await introduceAssignments(deps, now);
  return {
    offersSent: offers.sent,
    offersAlreadySent: offers.alreadySent,
    offersWaitingForMorning: offers.waitingForMorning,
    offersInProgress: offers.inProgress,
    offersFailed: offers.failed,
    autoAssigned,
    unmatched: plan.unmatched.length,
    ...introductions,
  };
}

/** The offer DM redrawn with the mentor assigned at the deadline (no buttons left). Best effort: the introduction tells them too. */
async function showOnOffer(deps: MatchingDeps, rotation: Rotation, assignment: Assignment): Promise<void> {
  const sent = await deps.claims.find(matchKeys.offer(rotation.id));
  const channel = sent?.result['channel'];
  const ts = sent?.result['ts'];
  if (channel === undefined || ts === undefined) return;
  try {
    await deps.matchSender.showAssigned({ channel, ts }, { rotation, mentorId: assignment.mentorId, chosenBy: assignment.chosenBy });
  } catch (error) {
    deps.logger.warn('the offer DM could not show the assigned mentor', { rotation: rotation.id, error });
  }
}
