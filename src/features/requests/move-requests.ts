import type { RequestHelpSettings } from './settings.js';
import { zoneOf } from '../../program/roster.js';
import type { Config } from '../../config/env.js';
import { mentorsAwayAt, routeRequest } from '../../program/records/away.js';
import { addDays, dateInZone } from '../../program/calendar-date.js';
import { responseDeadline, transitionKey, type HelpRequest } from '../../program/records/request.js';
import type { Logger } from '../../log/logger.js';
import { loadMenteeCircle } from '../../program/snapshot/mentoring-circle.js';
import { once } from '../../delivery/once.js';
import type { AwayStore, MoveRequestsInput, RequestStore, RosterStore } from '../../program/ports.js';
import type { ClaimStore } from '../../delivery/ports.js';
import type { RequestCard, RequestNotifier } from './ports.js';

export interface MoveRequestsDeps {
  readonly config: Config;
  readonly settings: RequestHelpSettings;
  readonly logger: Logger;
  readonly claims: ClaimStore;
  readonly roster: RosterStore;
  readonly requests: RequestStore;
  readonly away: AwayStore;
  readonly requestNotifier: RequestNotifier;
}

/**
 * After a mentee changed cohort group: each of their requests still waiting for an answer (open or claimed) goes to
 * the new group's mentors, routed around time away as a new request would be. The old request ends as `moved` (its
 * message says so, never why), and a copy with a fresh reply window is posted in a group DM with the new mentors.
 * Requests to the MD/PhD mentors stay where they are. Each move is claimed, so a rerun finishes without doubling.
 * Resolves to how many requests went to the new mentors.
 */
export async function moveAwaitingRequests(deps: MoveRequestsDeps, input: MoveRequestsInput, now: Date): Promise<number> {
  const { claims, requests, requestNotifier: notifier, config } = deps;
  const awaiting = (await requests.findAwaitingFor(input.menteeId)).filter(
    (r) => r.audience === (input.pair?.audience ?? 'cohort') && (input.heldBy === undefined || r.mentorIds.includes(input.heldBy)),
  );
  if (awaiting.length === 0) return 0;
  // A change of group: the new group's mentors and faculty mentor; a change of a pair's mentor: those the caller names.
  const { mentors, standIns } = input.pair !== undefined ? { mentors: input.pair.mentorIds, standIns: input.pair.standInIds } : await newGroupOf(deps, input.menteeId);
  const windows = await deps.away.findNotEnded([...mentors, ...standIns], addDays(dateInZone(now, 'UTC'), -1));
  const route = routeRequest(mentors, mentorsAwayAt(windows, now), standIns);
  if (route === undefined) {
    // Nobody in the new group can take them: they stay with the mentors who have them.
    deps.logger.warn('open requests not moved: the new group has no mentor or faculty mentor to take them', { user: input.menteeId, requests: awaiting.length });
    return 0;
  }
  const everyone = [...new Set([input.menteeId, ...route.responders, ...awaiting.flatMap((r) => r.mentorIds)])];
  const people = new Map((await deps.roster.findPeople(everyone)).map((p) => [p.id, p]));
  const cardOf = (request: HelpRequest): RequestCard => ({
    request,
    zones: new Map([request.menteeId, ...request.mentorIds].map((id) => [id, zoneOf(people.get(id), config.programTimezone)])),
  });

  let moved = 0;
  for (const old of awaiting) {
    const outcome = await once(claims, `${input.stepKey}:request:${old.id}`, async () => {
      // Ending the old request is the request's own `ended` step: a close by the mentee at the same moment wins or loses it cleanly.
      await once(claims, transitionKey(old.id, 'end'), async () => {
        await requests.markClosed(old.id, { as: 'moved', by: input.movedBy, at: now, helped: undefined });
        return {};
      });
      const ended = await requests.find(old.id);
      if (ended?.closedAs !== 'moved') return { moved: 'no' };
      const { request } = await requests.create({
        menteeId: old.menteeId,
        topic: old.topic,
        urgency: old.urgency,
        reach: old.reach,
        description: old.description,
        audience: old.audience,
        mentorIds: route.responders,
        routedTo: route.routedTo,
        coveringFor: route.coveringFor,
        deadline: responseDeadline(now, old.reach, deps.settings),
        createdAt: now,
        sourceKey: `moved:${old.id}`,
      });
      const posted = await once(claims, `request:${request.id}:posted`, async () => {
        const where = await notifier.postRequest(cardOf(request));
        return { channelId: where.channelId, messageTs: where.messageTs };
      });
      // Recorded from the claim once it holds the post: a failed write is made good by the next attempt, not re-posted.
      if (posted.status !== 'in-progress') await requests.setMessage(request.id, posted.result['channelId']!, posted.result['messageTs']!);
      await notifier.updateRequest(cardOf(ended));
      deps.logger.info('request moved to the new mentors', { request: old.id, to: request.id, responders: request.mentorIds.length });
      return { moved: 'yes' };
    });
    if (outcome.status !== 'in-progress' && outcome.result['moved'] === 'yes') moved += 1;
  }
  return moved;
}

async function newGroupOf(deps: MoveRequestsDeps, menteeId: string): Promise<{ mentors: readonly string[]; standIns: readonly string[] }> {
  const circle = await loadMenteeCircle(deps.roster, menteeId);
  return { mentors: circle.cohortMentors, standIns: circle.faculty };
}
