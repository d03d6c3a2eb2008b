import { once } from '../../delivery/once.js';
import { zoneOf } from '../../program/roster.js';
import { concernedPeople, trainingKeys, type Training } from './domain/training.js';
import { readTrainingForm, type TrainingFormInput, type TrainingFormProblem } from './domain/training-form.js';
import { readRoll, type TrainingDeps } from './deps.js';

export type OpenFormOutcome = { readonly allowed: false } | { readonly allowed: true; readonly zone: string };

export type CreateTrainingOutcome =
  | { readonly status: 'not_allowed' }
  | { readonly status: 'invalid'; readonly problems: readonly TrainingFormProblem[] }
  | { readonly status: 'created'; readonly training: Training; readonly invitees: number; readonly again: boolean };

/** Admins only: the zone the form's date and time are read in (the admin's, else the program's). */
export async function openTrainingForm(deps: TrainingDeps, userId: string): Promise<OpenFormOutcome> {
  const [person] = await deps.roster.findPeople([userId]);
  if (!deps.admins.holdsAdmin(userId, person)) return { allowed: false };
  return { allowed: true, zone: zoneOf(person, deps.programTimezone) };
}

/**
 * `/mentor-admin training`'s form submitted: an admin only; the form checked (every problem at once); someone on the
 * roster must be concerned. Then the training is stored once per form (`sourceKey`), with its invitees: the active
 * people it concerns now (the `trainings` job adds those who join later, until it starts). Nothing is stored on bad input.
 */
export async function createTraining(deps: TrainingDeps, userId: string, input: TrainingFormInput, sourceKey: string, now: Date): Promise<CreateTrainingOutcome> {
  const people = await deps.roster.findPeople();
  const admin = people.find((p) => p.id === userId);
  if (!deps.admins.holdsAdmin(userId, admin)) return { status: 'not_allowed' };
  const zone = zoneOf(admin, deps.programTimezone);
  const read = readTrainingForm(input, { zone, now, tracks: deps.trackNames() });
  if (!read.ok) return { status: 'invalid', problems: read.problems };
  const concerned = concernedPeople(people, read.draft.audience);
  if (concerned.length === 0) return { status: 'invalid', problems: [{ field: 'audience', code: 'nobody' }] };
  const { training, created } = await deps.trainings.createTraining({ ...read.draft, sourceKey, createdBy: userId, createdAt: now, zone });
  if (created) await deps.trainings.addInvitees(training.id, concerned.map((p) => p.id), now);
  return { status: 'created', training, invitees: concerned.length, again: !created };
}

/** The training's message to the admin who set it up, posted once (its location kept, to redraw it). */
export async function postTrainingMessage(deps: TrainingDeps, trainingId: string): Promise<void> {
  const training = await deps.trainings.findTraining(trainingId);
  if (training === undefined) return;
  const roll = await readRoll(deps, training);
  const outcome = await once(deps.claims, trainingKeys.adminMessage(training.id), async () => ({ ...(await deps.sender.postAdminMessage(training.createdBy, roll)) }));
  if (outcome.status === 'done-now') await deps.trainings.setAdminMessage(training.id, outcome.result);
}
