import type { Config } from '../../config/env.js';
import { deliverOnce, type Delivery, type DeliverySummary } from '../../delivery/deliver.js';
import type { ClaimStore } from '../../delivery/ports.js';
import type { Logger } from '../../log/logger.js';
import { dateInZone } from '../../program/calendar-date.js';
import { zoneOf } from '../../program/roster.js';
import type { GoalStatus, MenteeGoals } from './domain/goal.js';
import { revisitPointOn, type RevisitPoint } from './domain/revisit-points.js';
import { loadMenteeCircles, type GoalCircleDeps } from './goal-circle.js';
import type { GoalSender, GoalStore, GoalTell } from './ports.js';

export type SendRevisitsDeps = GoalCircleDeps & {
  readonly config: Pick<Config, 'calendar' | 'quietHours'>;
  readonly claims: ClaimStore;
  readonly logger: Logger;
  readonly goals: GoalStore;
  readonly sender: GoalSender;
};

/** The claim that makes a mentee's revisit DM for a point go out once. */
export const revisitKey = (menteeId: string, point: string) => `goals:revisit:${menteeId}:${point}`;
/** The claim that tells one mentor once that a mentee would like to talk about a goal at a point. */
export const tellKey = (menteeId: string, point: string, mentorId: string) => `goals:tell:${menteeId}:${point}:${mentorId}`;

interface RevisitDelivery extends Delivery {
  readonly goals: MenteeGoals;
}

interface TellDelivery extends Delivery {
  readonly tell: GoalTell;
  readonly goal: MenteeGoals['goals'][number] | undefined;
}

const EMPTY: DeliverySummary = { sent: 0, alreadySent: 0, waitingForMorning: 0, inProgress: 0, failed: 0 };

/**
 * Job `goals`: at the semester's midpoint and in its last month (the program's date), each current mentee with goals
 * gets one DM asking about each goal, once per mentee and point, never in their quiet hours. Then the mentors of
 * every mentee who asked (this semester) to let them know are told, each once and outside their own quiet hours.
 */
export async function sendRevisits(deps: SendRevisitsDeps, now: Date): Promise<Readonly<Record<string, number>>> {
  const { calendar, quietHours } = deps.config;
  const today = dateInZone(now, calendar.timezone);
  const point = revisitPointOn(today, calendar);
  if (point === undefined) return { goalRevisitsDue: 0, goalRevisitsSent: 0, goalTellsSent: 0 };
  const send = { claims: deps.claims, quietHours, logger: deps.logger.child({ job: 'goals' }) };
  const all = await deps.goals.findGoals();
  const circles = await loadMenteeCircles(deps, all.map((g) => g.menteeId), now);
  const zone = (id: string, people = circles) => zoneOf(people.get(id)?.mentee, calendar.timezone);
  const current = all.filter((g) => circles.get(g.menteeId)?.isMentee === true);
  // A track may hold what reaches its mentees (a pre-med minor's MINOR_QUIET_HOURS): their DM waits for a later run.
  const held = await Promise.all(current.map((g) => heldByTrack(deps, circles.get(g.menteeId)!.pairTracks, g.menteeId, now)));
  const deliveries: RevisitDelivery[] = current
    .filter((_, i) => !held[i])
    .map((g) => ({ key: revisitKey(g.menteeId, point.key), recipientId: g.menteeId, zone: zone(g.menteeId), goals: g }));
  const revisits = await deliverOnce(send, deliveries, now, async (d) => ({ ...(await deps.sender.sendRevisit({ menteeId: d.recipientId, point, goals: d.goals.goals, answers: new Map() })) }));
  const tells = await deliverTells(deps, point, now);
  return { goalRevisitsDue: current.length, goalRevisitsSent: revisits.sent, goalRevisitsWaitingForMorning: revisits.waitingForMorning + held.filter(Boolean).length, goalRevisitsFailed: revisits.failed, goalTellsSent: tells.sent, goalTellsWaitingForMorning: tells.waitingForMorning };
}

/** Whether a track of the mentee's pairs holds its conversations with them now (e.g. a minor's quiet hours). */
async function heldByTrack(deps: SendRevisitsDeps, tracks: readonly string[], menteeId: string, now: Date): Promise<boolean> {
  const opens = await Promise.all(tracks.map((track) => deps.pairs.conversationOpensAt(track, [menteeId], now)));
  return opens.some((at) => at !== undefined && at.getTime() > now.getTime());
}

/**
 * The mentors of the mentees who asked, at either point of the semester, to let them know: each told once, outside
 * their quiet hours (a click delivers what it can at once; the job the rest). The goal is named only when shared.
 */
export async function deliverTells(deps: SendRevisitsDeps, point: Pick<RevisitPoint, 'semester'>, now: Date, only?: string): Promise<DeliverySummary> {
  const tells = (await deps.goals.findTells([`${point.semester.key}:mid`, `${point.semester.key}:end`])).filter((t) => only === undefined || t.menteeId === only);
  if (tells.length === 0) return EMPTY;
  const menteeIds = tells.map((t) => t.menteeId);
  const [circles, goals] = await Promise.all([loadMenteeCircles(deps, menteeIds, now), deps.goals.findGoals(menteeIds)]);
  const goalsOf = new Map(goals.map((g) => [g.menteeId, g]));
  const mentorIds = [...new Set([...circles.values()].flatMap((c) => c.mentorIds))];
  const mentors = new Map((mentorIds.length === 0 ? [] : await deps.roster.findPeople(mentorIds)).map((p) => [p.id, p]));
  const deliveries: TellDelivery[] = tells.flatMap((tell) =>
    (circles.get(tell.menteeId)?.mentorIds ?? []).map((mentorId) => ({
      key: tellKey(tell.menteeId, tell.point, mentorId),
      recipientId: mentorId,
      zone: zoneOf(mentors.get(mentorId), deps.config.calendar.timezone),
      tell,
      goal: tell.goalId === undefined ? undefined : goalsOf.get(tell.menteeId)?.goals.find((g) => g.id === tell.goalId),
    })),
  );
  return deliverOnce({ claims: deps.claims, quietHours: deps.config.quietHours, logger: deps.logger.child({ feature: 'goals' }) }, deliveries, now, async (d) => ({
    ...(await deps.sender.tellMentor(d.recipientId, d.tell.menteeId, d.goal)),
  }));
}

/** The answers as a revisit DM shows them. */
export const answersAt = (answers: readonly { readonly goalId: string; readonly status: GoalStatus }[]) => new Map(answers.map((a) => [a.goalId, a.status]));
