import { revisitPointOfKey } from './domain/revisit-points.js';
import type { GoalStatus } from './domain/goal.js';
import type { RevisitNotice } from './ports.js';
import { loadMenteeCircle } from './goal-circle.js';
import { answersAt, deliverTells, type SendRevisitsDeps } from './send-revisits.js';

export type AnswerOutcome = { readonly kind: 'answered'; readonly notice: RevisitNotice } | { readonly kind: 'gone' };

/** The notice of a revisit DM as it stands: the mentee's goals, their answers at the point. Undefined for an unknown point. */
async function noticeOf(deps: SendRevisitsDeps, menteeId: string, pointKey: string): Promise<RevisitNotice | undefined> {
  const point = revisitPointOfKey(pointKey, deps.config.calendar);
  if (point === undefined) return undefined;
  const [[goals], answers] = await Promise.all([deps.goals.findGoals([menteeId]), deps.goals.findAnswers({ menteeIds: [menteeId], points: [pointKey] })]);
  return { menteeId, point, goals: goals?.goals ?? [], answers: answersAt(answers) };
}

/** A mentee's answer about one of their own goals on a revisit DM: stored (the latest stands), and the DM as it now stands. */
export async function answerRevisit(deps: SendRevisitsDeps, input: { readonly menteeId: string; readonly pointKey: string; readonly goalId: string; readonly status: GoalStatus }, now: Date): Promise<AnswerOutcome> {
  const before = await noticeOf(deps, input.menteeId, input.pointKey);
  if (before === undefined || !before.goals.some((g) => g.id === input.goalId)) return { kind: 'gone' };
  await deps.goals.saveAnswer({ menteeId: input.menteeId, point: input.pointKey, goalId: input.goalId, status: input.status, answeredAt: now });
  const answers = new Map(before.answers);
  answers.set(input.goalId, input.status);
  return { kind: 'answered', notice: { ...before, answers } };
}

export type TellOutcome =
  | { readonly kind: 'told' | 'will_tell' | 'already'; readonly mentorIds: readonly string[] }
  | { readonly kind: 'not_stuck' | 'no_mentors' | 'gone' };

/**
 * *Let my mentors know* on a goal answered *Stuck*: the wish is stored once per mentee and point (the first choice,
 * to share the goal or not, stands), and the mentors are told now unless it is quiet for them (the job tells them later).
 */
export async function tellMentors(deps: SendRevisitsDeps, input: { readonly menteeId: string; readonly pointKey: string; readonly goalId: string; readonly share: boolean }, now: Date): Promise<TellOutcome> {
  const notice = await noticeOf(deps, input.menteeId, input.pointKey);
  if (notice === undefined || !notice.goals.some((g) => g.id === input.goalId)) return { kind: 'gone' };
  if (notice.answers.get(input.goalId) !== 'stuck') return { kind: 'not_stuck' };
  const circle = await loadMenteeCircle(deps, input.menteeId, now);
  if (circle.mentorIds.length === 0) return { kind: 'no_mentors' };
  const saved = await deps.goals.saveTell({ menteeId: input.menteeId, point: input.pointKey, goalId: input.share ? input.goalId : undefined, askedAt: now });
  const sent = await deliverTells(deps, notice.point, now, input.menteeId);
  if (!saved.created && sent.sent === 0) return { kind: 'already', mentorIds: circle.mentorIds };
  return { kind: sent.waitingForMorning > 0 || sent.failed > 0 || sent.inProgress > 0 ? 'will_tell' : 'told', mentorIds: circle.mentorIds };
}
