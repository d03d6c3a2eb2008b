import { deliverOnce } from '../../delivery/deliver.js';
import { once } from '../../delivery/once.js';
import type { ClaimStore } from '../../delivery/ports.js';
import type { QuietHours } from '../../delivery/quiet-hours.js';
import type { Logger } from '../../log/logger.js';
import { addDays, dateInZone } from '../../program/calendar-date.js';
import type { AwayStore, EndedMembership, MoveAwaitingRequests, RequestStore, RosterStore } from '../../program/ports.js';
import { zoneOf, type Group, type Membership } from '../../program/roster.js';
import { COHORT_TRACK_NAME, trackRolesOf } from '../../program/tracks.js';
import type { EndingSender } from './ports.js';

export interface EndingSummary {
  /** Endings still to follow when the run began. */
  readonly endings: number;
  /** Followed in full this run (and not looked at again). */
  readonly endingsFollowed: number;
  readonly removedFromChannels: number;
  readonly endingsTold: number;
  readonly requestsMoved: number;
  /** Windows of time away ended, of mentors who no longer mentor. */
  readonly awayEnded: number;
  /** Told later: the person's quiet hours, or another run holds a step now. */
  readonly endingsWaiting: number;
  readonly endingsFailed: number;
}

export interface FollowEndingsDeps {
  readonly roster: RosterStore;
  readonly away: AwayStore;
  readonly requests: Pick<RequestStore, 'findAwaitingResponse'>;
  readonly claims: ClaimStore;
  readonly quietHours: QuietHours;
  readonly programTimezone: string;
  readonly logger: Logger;
  readonly sender: EndingSender;
  readonly moveAwaitingRequests: MoveAwaitingRequests;
}

/** Claim keys of what follows an ending, per membership (its id). */
export const endingKeys = {
  channel: (membershipId: string) => `ending:${membershipId}:channel`,
  requests: (membershipId: string) => `ending:${membershipId}:requests`,
  dm: (membershipId: string) => `ending:${membershipId}:dm`,
} as const;

/**
 * Follows every membership that ended (a re-import, the whole-roster prune, the year's turn) and is not yet followed:
 * the person leaves the group's channel, their requests still waiting for an answer go to the group's remaining mentors
 * (a mentee's, who moved group, to the new group's), their time away ends once they mentor no group, and they get one
 * neutral DM. Someone still in the group in another role stays in its channel and is not told. Each step is claimed
 * by the membership's id, so reruns and two instances do each once; an ending is marked followed only when all its
 * steps are done, so a run that died half-way (or a DM held for the morning) is finished by the next run.
 */
export async function followEndings(deps: FollowEndingsDeps, now: Date): Promise<EndingSummary> {
  const endings = await deps.roster.findEndingsToFollow();
  const count = { endings: endings.length, endingsFollowed: 0, removedFromChannels: 0, endingsTold: 0, requestsMoved: 0, awayEnded: 0, endingsWaiting: 0, endingsFailed: 0 };
  if (endings.length === 0) return count;

  const groupIds = [...new Set(endings.map((e) => e.groupId))];
  const personIds = [...new Set(endings.map((e) => e.personId))];
  const [groups, inGroups, ofPeople] = await Promise.all([
    deps.roster.findGroups(),
    deps.roster.findMemberships({ current: true, groupIds }),
    deps.roster.findMemberships({ current: true, personIds }),
  ]);
  const current = [...inGroups, ...ofPeople];
  const people = new Map((await deps.roster.findPeople([...new Set(current.map((m) => m.personId).concat(personIds))])).map((p) => [p.id, p]));
  const groupById = new Map(groups.map((g) => [g.id, g]));
  const awaiting = endings.some((e) => e.role !== 'mentee') ? await deps.requests.findAwaitingResponse() : [];
  const stillIn = (e: EndedMembership) => current.some((m) => m.personId === e.personId && m.groupId === e.groupId);

  const stepsDone = new Set<string>();
  for (const ending of endings) {
    const group = groupById.get(ending.groupId);
    try {
      if (await followSteps(ending, group)) stepsDone.add(ending.id);
    } catch (error) {
      count.endingsFailed += 1;
      deps.logger.warn('following an ended membership failed; the next run tries it again', { membership: ending.id, group: ending.groupId, error });
    }
  }

  // One neutral DM per ending, through the shared send path (quiet hours, retries).
  const toTell = endings.filter((e) => stepsDone.has(e.id) && !stillIn(e) && groupById.has(e.groupId));
  const deliveries = toTell.map((e) => ({ key: endingKeys.dm(e.id), recipientId: e.personId, zone: zoneOf(people.get(e.personId), deps.programTimezone), group: groupById.get(e.groupId)!.name }));
  const sent = await deliverOnce({ claims: deps.claims, quietHours: deps.quietHours, logger: deps.logger.child({ step: 'endings' }) }, deliveries, now, (d) => deps.sender.tellEnded(d.recipientId, d.group));
  count.endingsTold = sent.sent;
  count.endingsWaiting += sent.waitingForMorning + sent.inProgress;
  count.endingsFailed += sent.failed;
  const told = await deps.claims.findDoneKeys(deliveries.map((d) => d.key));
  const followed = endings.filter((e) => stepsDone.has(e.id) && (!toTell.includes(e) || told.has(endingKeys.dm(e.id)))).map((e) => e.id);
  await deps.roster.markEndingsFollowed(followed);
  count.endingsFollowed = followed.length;
  deps.logger.info('ended memberships followed', count);
  return count;

  /** The steps before the DM; false when another run holds one of them now. */
  async function followSteps(ending: EndedMembership, group: Group | undefined): Promise<boolean> {
    if (group === undefined) return true;
    if (group.channelId !== undefined && !stillIn(ending)) {
      const channel = group.channelId;
      const left = await once(deps.claims, endingKeys.channel(ending.id), async () => ({ left: await deps.sender.removeFromChannel(channel, ending.personId) }));
      if (left.status === 'in-progress') {
        count.endingsWaiting += 1;
        return false;
      }
      if (left.status === 'done-now' && left.result.left === 'removed') count.removedFromChannels += 1;
    }
    count.requestsMoved += await moveRequests(ending, group);
    count.awayEnded += await endTimeAway(ending);
    return true;
  }

  /** A mentor's waiting requests from this group's mentees go to its remaining mentors; a mentee's, to their new group's. */
  async function moveRequests(ending: EndedMembership, group: Group): Promise<number> {
    const stepKey = endingKeys.requests(ending.id);
    if (ending.role === 'mentee') {
      const movedGroup = group.kind === 'cohort' && ofPeople.some((m) => m.personId === ending.personId && m.role === 'mentee' && m.groupId !== group.id && groupById.get(m.groupId)?.kind === 'cohort');
      return movedGroup ? deps.moveAwaitingRequests({ menteeId: ending.personId, movedBy: ending.personId, stepKey }, now) : 0;
    }
    const audience = group.kind === 'mdphd' ? 'mdphd' : 'cohort';
    const members = (role: Membership['role']) =>
      inGroups.filter((m) => m.groupId === group.id && m.role === role && m.personId !== ending.personId && people.get(m.personId)?.active !== false).map((m) => m.personId);
    const mentees = new Set(members('mentee'));
    const held = awaiting.filter((r) => r.audience === audience && r.mentorIds.includes(ending.personId) && mentees.has(r.menteeId));
    const pair = { audience, mentorIds: members('peer_mentor'), standInIds: group.kind === 'cohort' ? members('faculty') : [] };
    let moved = 0;
    for (const menteeId of new Set(held.map((r) => r.menteeId))) {
      moved += await deps.moveAwaitingRequests({ menteeId, movedBy: ending.personId, stepKey, heldBy: ending.personId, pair }, now);
    }
    return moved;
  }

  /** A peer mentor who mentors no group any more (nor a track's pairs) is no longer away: their windows end now. */
  async function endTimeAway(ending: EndedMembership): Promise<number> {
    if (ending.role !== 'peer_mentor') return 0;
    if (ofPeople.some((m) => m.personId === ending.personId && m.role === 'peer_mentor')) return 0;
    const person = people.get(ending.personId);
    if (person?.active === true && trackRolesOf(person).some((t) => t.role === 'peer_mentor' && t.track !== COHORT_TRACK_NAME)) return 0;
    const windows = await deps.away.findNotEnded([ending.personId], addDays(dateInZone(now, 'UTC'), -1));
    if (windows.length > 0) await deps.away.cancel(windows.map((w) => w.id), now);
    return windows.length;
  }
}
