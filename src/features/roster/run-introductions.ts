import { createHash } from 'node:crypto';
import { channelNameFor, groupsToIntroduce, introductionKeys as keys, type GroupToIntroduce } from './domain/introductions.js';
import type { Logger } from '../../log/logger.js';
import { once, recordDone } from '../../delivery/once.js';
import { mayHaveTakenEffect, type ClaimStore, type Lease } from '../../delivery/ports.js';
import { retryingUnclearWork, underLease } from '../../delivery/send-context.js';
import type { IntroductionSender, Newcomer } from './ports.js';
import type { RosterStore } from '../../program/ports.js';

export interface IntroductionSummary {
  /** Groups with members that were looked at. */
  readonly groups: number;
  readonly channelsCreated: number;
  /** People invited (in calls made this run; those already in a channel included). */
  readonly invited: number;
  readonly introductionsPosted: number;
  /** People welcomed in a channel after its introduction. */
  readonly newcomersWelcomed: number;
  /** Groups whose new Pair was re-introduced (a peer mentor joined after the introduction). */
  readonly pairsReintroduced: number;
  /** Personal welcome DMs sent. */
  readonly welcomesSent: number;
  /** Steps that failed this run; each is released and tried again by the next run. */
  readonly failed: number;
  /** Steps another run or app instance holds right now. */
  readonly busy: number;
}

export interface RunIntroductionsDeps {
  readonly roster: RosterStore;
  readonly claims: ClaimStore;
  readonly sender: IntroductionSender;
  readonly logger: Logger;
}

/** `name_taken` is tried with -2, -3, … up to this many names. */
const MAX_NAME_ATTEMPTS = 20;

/**
 * Introduces every group not yet introduced, and welcomes people who joined since: a private channel per group,
 * its purpose, everyone invited, one full introduction, one personal welcome DM per person per group, and a short
 * welcome in the channel for people who joined after the introduction. Every step is claimed with a unique key
 * first, so a rerun (or a second app instance) repeats nothing, and a run that died half-way is finished by the next.
 */
export async function runIntroductions(deps: RunIntroductionsDeps, now: Date): Promise<IntroductionSummary> {
  const { roster, claims, sender, logger } = deps;
  const [groups, memberships] = await Promise.all([roster.findGroups(), roster.findMemberships({ current: true })]);
  const people = await roster.findPeople([...new Set(memberships.map((m) => m.personId))]);
  const done = await claims.findDone(keys.prefix);
  const targets = groupsToIntroduce(groups, memberships, people);
  const count = { groups: targets.length, channelsCreated: 0, invited: 0, introductionsPosted: 0, pairsReintroduced: 0, newcomersWelcomed: 0, welcomesSent: 0, failed: 0, busy: 0 };

  for (const target of targets) {
    try {
      await introduceGroup(target);
    } catch (error) {
      count.failed += 1;
      logger.warn('an introduction step failed; the next run tries it again', { group: target.group.id, error });
    }
  }
  return count;

  async function introduceGroup({ group, members, everyone }: GroupToIntroduce): Promise<void> {
    let channelId = group.channelId;
    if (channelId === undefined) {
      const made = await once(claims, keys.channel(group.id), async () => ({ channel: await createChannel(group.name, members) }));
      if (made.status === 'in-progress') {
        count.busy += 1;
        return;
      }
      channelId = made.result['channel']!;
      if (made.status === 'done-now') count.channelsCreated += 1;
      await roster.setGroupChannel(group.id, channelId);
    }
    const channel = channelId;

    if (!done.has(keys.purpose(group.id))) {
      const set = await once(claims, keys.purpose(group.id), async () => {
        await sender.setPurpose(channel, members);
        return {};
      });
      if (set.status === 'in-progress') count.busy += 1;
    }

    const ids = everyone.map((m) => m.id);
    const inviteKey = keys.invite(group.id, digest(ids));
    if (!done.has(inviteKey)) {
      const invited = await once(claims, inviteKey, async () => {
        const { refused } = await sender.invite(channel, ids);
        if (refused.length > 0) logger.warn('Slack would not add some people to their group’s channel', { group: group.id, users: refused });
        return { people: String(ids.length - refused.length), refused: refused.join(',') };
      });
      if (invited.status === 'in-progress') {
        count.busy += 1;
        return;
      }
      if (invited.status === 'done-now') count.invited += ids.length;
    }

    const introduced = new Set(group.introducedMemberIds ?? []);
    let introductionKnown = group.introducedAt !== undefined;
    if (!introductionKnown) {
      const posted = await once(claims, keys.message(group.id), async () => ({
        ts: await sender.postIntroduction(channel, members),
        members: ids.join(','),
      }));
      if (posted.status === 'in-progress') {
        count.busy += 1;
      } else {
        if (posted.status === 'done-now') count.introductionsPosted += 1;
        const covered = (posted.result['members'] ?? '').split(',').filter((id) => id !== '');
        await roster.markGroupIntroduced(group.id, now);
        await roster.addIntroducedMembers(group.id, covered);
        for (const id of covered) introduced.add(id);
        introductionKnown = true;
      }
    }

    if (introductionKnown) {
      const newcomers = everyone.filter((m) => !introduced.has(m.id));
      // Before the welcome (which marks them introduced), so that a failure here is retried with it.
      if (newcomers.some((n) => n.role === 'peer_mentor')) await reintroducePair(group.id, channel, members);
      await welcomeNewcomers(group.id, channel, members, newcomers);
    }

    for (const member of everyone) {
      const key = keys.dm(group.id, member.id);
      if (done.has(key)) continue;
      try {
        const sent = await once(claims, key, async () => ({ ts: await sender.sendWelcome(member.id, member.role, members, channel) }));
        if (sent.status === 'done-now') count.welcomesSent += 1;
        if (sent.status === 'in-progress') count.busy += 1;
      } catch (error) {
        count.failed += 1;
        logger.warn('a welcome DM failed; the next run tries it again', { group: group.id, user: member.id, error });
      }
    }
  }

  /** A short re-introduction of the group's peer mentors, once per set of them (however many joined at once). */
  async function reintroducePair(groupId: string, channel: string, members: GroupToIntroduce['members']): Promise<void> {
    const key = keys.pair(groupId, digest(members.peerMentors.map((m) => m.id)));
    if (done.has(key)) return;
    const posted = await once(claims, key, async () => ({ ts: await sender.postNewPair(channel, members) }));
    if (posted.status === 'done-now') count.pairsReintroduced += 1;
    if (posted.status === 'in-progress') count.busy += 1;
  }

  /** One short welcome in the channel for everyone who joined after the introduction, each claimed once. */
  async function welcomeNewcomers(groupId: string, channel: string, members: GroupToIntroduce['members'], newcomers: readonly Newcomer[]): Promise<void> {
    if (newcomers.length === 0) return;
    const won: { readonly newcomer: Newcomer; readonly lease: Lease }[] = [];
    const before: string[] = [];
    for (const n of newcomers) {
      const key = keys.joined(groupId, n.id);
      const lease = done.has(key) ? undefined : await claims.claim(key);
      if (lease !== undefined) won.push({ newcomer: n, lease });
      else if (done.has(key) || (await claims.find(key))?.state === 'done') before.push(n.id);
      else count.busy += 1;
    }
    const [first] = won;
    if (first !== undefined) {
      // One post for them all, tagged with the first one's claim (looked for if any of them may have been posted).
      const lookFirst = won.some((w) => w.lease.lookFirst);
      let ts: string;
      try {
        ts = await underLease({ ...first.lease, lookFirst }, () => sender.postNewcomers(channel, members, won.map((w) => w.newcomer)));
      } catch (error) {
        await Promise.all(won.map((w) => claims.release(w.lease, { uncertain: mayHaveTakenEffect(error) })));
        throw error;
      }
      await Promise.all(won.map((w) => recordDone(claims, w.lease, { ts })));
      count.newcomersWelcomed += won.length;
    }
    await roster.addIntroducedMembers(groupId, [...before, ...won.map((w) => w.newcomer.id)]);
  }

  /**
   * A new private channel, named after the group (-2, -3, … when taken). After an attempt that may have created
   * one without recording it, a taken name is first checked: the channel an earlier attempt made is used, not
   * made again.
   */
  async function createChannel(groupName: string, members: GroupToIntroduce['members']): Promise<string> {
    const recorded = new Set(groups.flatMap((g) => (g.channelId === undefined ? [] : [g.channelId])));
    for (let attempt = 1; attempt <= MAX_NAME_ATTEMPTS; attempt += 1) {
      const name = channelNameFor(groupName, attempt);
      const created = await sender.createPrivateChannel(name);
      if (created.status === 'created') return created.channelId;
      if (retryingUnclearWork()) {
        const earlier = await sender.findChannelMadeFor(name, members);
        if (earlier !== undefined && !recorded.has(earlier)) return earlier;
      }
    }
    throw new Error(`every channel name tried for the group was taken (${MAX_NAME_ATTEMPTS} attempts)`);
  }
}

/** A short, stable fingerprint of a set of member ids (the invitation step's key changes when the set does). */
function digest(ids: readonly string[]): string {
  return createHash('sha256').update([...ids].sort().join(',')).digest('hex').slice(0, 16);
}
