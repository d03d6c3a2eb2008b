import { dateInZone } from '../../../program/calendar-date.js';
import type { CsvCell } from '../../../program/csv.js';
import { iso, nameOf } from '../../../program/export-cells.js';
import type { Person } from '../../../program/roster.js';
import type { Invitee, Training } from './training.js';

/** The `trainings` export: one row per person asked to attend a training. */
export const TRAINING_COLUMNS = ['training_id', 'title', 'date', 'starts_at', 'required', 'person_id', 'person_name', 'answer', 'attended'] as const;

const yesNo = (value: boolean) => (value ? 'yes' : 'no');
const answerCell = (answer: Invitee['answer']) => (answer === 'yes' ? 'coming' : answer === 'no' ? 'not_coming' : '');

/** By training (earliest first), then by name. `date` is the training's date in the program's zone. */
export function trainingRows(trainings: readonly Training[], invitees: readonly Invitee[], people: ReadonlyMap<string, Person>, programZone: string): CsvCell[][] {
  const byId = new Map(trainings.map((t) => [t.id, t]));
  const name = (id: string) => nameOf(people, id) ?? '';
  return invitees
    .filter((i) => byId.has(i.trainingId))
    .sort((a, b) => byId.get(a.trainingId)!.startsAt.getTime() - byId.get(b.trainingId)!.startsAt.getTime() || a.trainingId.localeCompare(b.trainingId) || name(a.personId).localeCompare(name(b.personId)))
    .map((i) => {
      const t = byId.get(i.trainingId)!;
      return [t.id, t.title, dateInZone(t.startsAt, programZone), iso(t.startsAt), yesNo(t.required), i.personId, name(i.personId), answerCell(i.answer), yesNo(i.attended)];
    });
}

/** A person who missed required trainings: which (earliest first). */
export interface MissingPerson {
  readonly personId: string;
  readonly trainings: readonly Pick<Training, 'id' | 'title' | 'startsAt'>[];
}

/**
 * Who missed a required training: the training has started (by `now`) and they were not marked as attending. Only
 * people still active on the roster; most trainings missed first, then by name.
 */
export function missingRequired(trainings: readonly Training[], invitees: readonly Invitee[], people: ReadonlyMap<string, Pick<Person, 'active' | 'name'>>, now: Date): MissingPerson[] {
  const past = new Map(trainings.filter((t) => t.required && t.startsAt.getTime() <= now.getTime()).map((t) => [t.id, t]));
  const missed = new Map<string, Training[]>();
  for (const i of invitees) {
    const training = past.get(i.trainingId);
    if (training === undefined || i.attended || people.get(i.personId)?.active !== true) continue;
    missed.set(i.personId, [...(missed.get(i.personId) ?? []), training]);
  }
  const name = (id: string) => people.get(id)?.name ?? '';
  return [...missed.entries()]
    .map(([personId, list]) => ({ personId, trainings: [...list].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()) }))
    .sort((a, b) => b.trainings.length - a.trainings.length || name(a.personId).localeCompare(name(b.personId)));
}
