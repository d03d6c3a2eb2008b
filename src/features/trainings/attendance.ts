import { peopleById } from '../../program/export-table.js';
import { zoneOf } from '../../program/roster.js';
import type { Answer, Training } from './domain/training.js';
import { missingRequired, type MissingPerson } from './domain/training-rows.js';
import { readRoll, redrawAdminMessage, type TrainingDeps } from './deps.js';
import type { TrainingRoll } from './ports.js';

export type AnswerOutcome =
  /** `zone`: the invitee's, to redraw their DM in. */
  | { readonly status: 'recorded'; readonly training: Training; readonly answer: Answer; readonly zone: string }
  | { readonly status: 'not_found' | 'not_invited' }
  | { readonly status: 'started'; readonly training: Training };

/** *I'll be there* / *Can't make it* from an invitee, until the training starts (a later answer replaces an earlier one). */
export async function answerInvitation(deps: TrainingDeps, userId: string, trainingId: string, answer: Answer, now: Date): Promise<AnswerOutcome> {
  const training = await deps.trainings.findTraining(trainingId);
  if (training === undefined) return { status: 'not_found' };
  if (training.startsAt.getTime() <= now.getTime()) return { status: 'started', training };
  if (!(await deps.trainings.recordAnswer(trainingId, userId, answer, now))) return { status: 'not_invited' };
  await redrawAdminMessage(deps, training);
  const [person] = await deps.roster.findPeople([userId]);
  return { status: 'recorded', training, answer, zone: zoneOf(person, deps.programTimezone) };
}

export type RollOutcome = { readonly status: 'not_allowed' | 'not_found' } | { readonly status: 'ok'; readonly roll: TrainingRoll };

/** The attendance form's content: admins only. */
export async function readAttendance(deps: TrainingDeps, userId: string, trainingId: string): Promise<RollOutcome> {
  if (!(await deps.admins.isAdmin(userId))) return { status: 'not_allowed' };
  const training = await deps.trainings.findTraining(trainingId);
  if (training === undefined) return { status: 'not_found' };
  return { status: 'ok', roll: await readRoll(deps, training) };
}

export type MarkOutcome = { readonly status: 'not_allowed' | 'not_found' | 'not_invitees' } | { readonly status: 'marked'; readonly roll: TrainingRoll };

/**
 * An admin marks who attended: exactly the invitees chosen (the others not). Admins only; anyone not invited to the
 * training refuses the whole form, and nothing is stored. The admin's message is redrawn.
 */
export async function markAttendance(deps: TrainingDeps, userId: string, trainingId: string, attendedIds: readonly string[], now: Date): Promise<MarkOutcome> {
  if (!(await deps.admins.isAdmin(userId))) return { status: 'not_allowed' };
  const training = await deps.trainings.findTraining(trainingId);
  if (training === undefined) return { status: 'not_found' };
  const invited = new Set((await deps.trainings.findInvitees([trainingId])).map((i) => i.personId));
  if (attendedIds.some((id) => !invited.has(id))) return { status: 'not_invitees' };
  await deps.trainings.setAttendance(trainingId, [...new Set(attendedIds)], userId, now);
  await redrawAdminMessage(deps, training);
  return { status: 'marked', roll: await readRoll(deps, training) };
}

/** Who missed a required training: how many required trainings have started, and the active people who missed one. */
export interface MissedTrainings {
  readonly pastRequired: number;
  readonly missing: readonly MissingPerson[];
}

/** Active people who missed a required training already started (admins' Home and digest). */
export async function readMissing(deps: TrainingDeps, now: Date): Promise<MissedTrainings> {
  const past = (await deps.trainings.findTrainings({ to: new Date(now.getTime() + 1) })).filter((t) => t.required);
  if (past.length === 0) return { pastRequired: 0, missing: [] };
  const invitees = (await deps.trainings.findInvitees(past.map((t) => t.id))).filter((i) => !i.attended);
  const people = invitees.length === 0 ? new Map() : await peopleById(deps.roster, invitees.map((i) => i.personId));
  return { pastRequired: past.length, missing: missingRequired(past, invitees, people, now) };
}
