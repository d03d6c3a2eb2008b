import type { AdminPolicy } from '../../program/policy.js';
import { zoneOf } from '../../program/roster.js';
import type { Config } from '../../config/env.js';
import { checkAwayWindow, daysWithoutCover, isCurrentOrUpcoming, toRanges } from '../../program/records/away.js';
import { addDays, dateInZone } from '../../program/calendar-date.js';
import type { Logger } from '../../log/logger.js';
import { loadMentorCircle } from '../../program/snapshot/mentoring-circle.js';
import { once } from '../../delivery/once.js';
import type { AwayNotice, AwayNotifier } from './ports.js';
import type { AwayInput, CancelAwayOutcome, MarkAwayOutcome, StartAwayOutcome } from './outcomes.js';
import type { AwayStore, RequestStore, RosterStore } from '../../program/ports.js';
import type { ClaimStore } from '../../delivery/ports.js';

export interface TimeAwayDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly claims: ClaimStore;
  readonly roster: RosterStore;
  readonly requests: RequestStore;
  readonly away: AwayStore;
  readonly awayNotifier: AwayNotifier;
  readonly admins: AdminPolicy;
}

export interface TimeAway {
  startAway(userId: string, now: Date): Promise<StartAwayOutcome>;
  markAway(input: AwayInput, now: Date): Promise<MarkAwayOutcome>;
  cancelAway(mentorId: string, now: Date): Promise<CancelAwayOutcome>;
}

/** Time away (SPEC §3.4): the partner is told at once, the mentees if the mentor chooses; routing reads the stored windows. */
export function createTimeAway(deps: TimeAwayDeps): TimeAway {
  const { config, claims, awayNotifier: notifier } = deps;
  const logger = deps.logger.child({ feature: 'away' });

  async function mark(input: AwayInput, now: Date): Promise<MarkAwayOutcome> {
    const circle = await loadMentorCircle(deps.roster, input.mentorId);
    if (!circle.isMentor) return { kind: 'not_a_mentor', adminIds: await deps.admins.adminIds() };
    const zone = zoneOf(circle.people.get(input.mentorId), config.programTimezone);
    const today = dateInZone(now, zone);
    const problem = checkAwayWindow(input.start, input.end, today);
    if (problem !== undefined) return { kind: 'invalid', problem, today };
    const windows = await deps.away.findNotEnded([input.mentorId, ...circle.partners], addDays(today, -1));
    const same = windows.find((w) => w.mentorId === input.mentorId && w.start === input.start && w.end === input.end);
    if (same !== undefined) return { kind: 'already', away: same };
    const { away, created } = await deps.away.create({
      mentorId: input.mentorId,
      start: input.start,
      end: input.end,
      timezone: zone,
      note: input.note,
      tellMentees: input.tellMentees,
      createdAt: now,
      sourceKey: input.sourceKey,
    });
    if (!created) return { kind: 'already', away };
    logger.info('time away marked', { user: input.mentorId, away: away.id, start: away.start, end: away.end });

    const uncovered = toRanges(daysWithoutCover(away.start, away.end, circle.partners, windows.filter((w) => w.mentorId !== input.mentorId)));
    const notice: AwayNotice = {
      mentorId: input.mentorId,
      start: away.start,
      end: away.end,
      coverIds: circle.partners.length > 0 ? circle.partners : circle.faculty,
    };
    const takenOver = (await deps.requests.findAwaitingClaimedBy([input.mentorId])).length;
    for (const partnerId of circle.partners) {
      await once(claims, `away:${away.id}:partner:${partnerId}`, async () => {
        await notifier.tellPartner(partnerId, notice, takenOver);
        return {};
      });
    }
    let mentees: 'told' | 'no_channel' | 'not_asked' = 'not_asked';
    if (away.tellMentees) {
      const channels = circle.groups.filter((g) => g.channelId !== undefined);
      mentees = channels.length > 0 ? 'told' : 'no_channel';
      for (const group of channels) {
        await once(claims, `away:${away.id}:mentees:${group.id}`, async () => {
          await notifier.tellMentees(group.channelId!, notice);
          return {};
        });
      }
    }
    return { kind: 'marked', away, partnerIds: circle.partners, facultyIds: circle.faculty, uncovered, mentees };
  }

  return {
    async startAway(userId, now) {
      const circle = await loadMentorCircle(deps.roster, userId);
      if (!circle.isMentor) return { kind: 'not_a_mentor', adminIds: await deps.admins.adminIds() };
      return { kind: 'form', today: dateInZone(now, zoneOf(circle.people.get(userId), config.programTimezone)) };
    },

    async markAway(input, now) {
      const outcome = await mark(input, now);
      if (input.replyByDm) await notifier.tellMentor(input.mentorId, outcome);
      return outcome;
    },

    async cancelAway(mentorId, now) {
      const circle = await loadMentorCircle(deps.roster, mentorId);
      if (!circle.isMentor) return { kind: 'not_a_mentor', adminIds: await deps.admins.adminIds() };
      const today = dateInZone(now, zoneOf(circle.people.get(mentorId), config.programTimezone));
      const windows = (await deps.away.findNotEnded([mentorId], addDays(today, -1))).filter((w) => isCurrentOrUpcoming(w, today));
      if (windows.length === 0) return { kind: 'nothing_to_cancel' };
      await deps.away.cancel(windows.map((w) => w.id), now);
      logger.info('time away ended', { user: mentorId, windows: windows.length });
      for (const partnerId of circle.partners) {
        await once(claims, `away:${windows[0]!.id}:back:${partnerId}`, async () => {
          await notifier.tellPartnerBack(partnerId, mentorId);
          return {};
        });
      }
      return { kind: 'cancelled', windows: windows.map((w) => ({ start: w.start, end: w.end })), partnerIds: circle.partners };
    },
  };
}
