import type { ClaimStore } from '../../delivery/ports.js';
import type { QuietHours } from '../../delivery/quiet-hours.js';
import type { Logger } from '../../log/logger.js';
import { peopleById } from '../../program/export-table.js';
import type { AdminPolicy } from '../../program/policy.js';
import type { RosterStore } from '../../program/ports.js';
import type { Training } from './domain/training.js';
import type { TrainingRoll, TrainingSender, TrainingStore } from './ports.js';

/** What the trainings' use cases are built on. */
export interface TrainingDeps {
  readonly trainings: TrainingStore;
  readonly roster: Pick<RosterStore, 'findPeople'>;
  readonly claims: ClaimStore;
  readonly admins: AdminPolicy;
  readonly logger: Logger;
  readonly sender: TrainingSender;
  readonly quietHours: QuietHours;
  readonly programTimezone: string;
  /** The program's tracks' names, read when asked (every feature is built by then). */
  readonly trackNames: () => readonly string[];
}

/** The training with its invitees and their names (one query each). */
export async function readRoll(deps: TrainingDeps, training: Training): Promise<TrainingRoll> {
  const invitees = await deps.trainings.findInvitees([training.id]);
  const people = await peopleById(deps.roster, invitees.map((i) => i.personId));
  const named = invitees.map((i) => ({ ...i, name: people.get(i.personId)?.name ?? i.personId }));
  return { training, invitees: named.sort((a, b) => a.name.localeCompare(b.name)) };
}

/** Redraws the admin's message of the training, if it was posted; a failure is logged, never passed on. */
export async function redrawAdminMessage(deps: TrainingDeps, training: Training): Promise<void> {
  if (training.adminMessage === undefined) return;
  try {
    await deps.sender.updateAdminMessage(training.adminMessage, await readRoll(deps, training));
  } catch (error) {
    deps.logger.warn('the training’s admin message was not redrawn', { training: training.id, error });
  }
}
