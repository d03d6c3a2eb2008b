import { exportTablesFor, peopleById, type ExportKind, type ExportTable } from '../../program/export-table.js';
import type { RosterStore } from '../../program/ports.js';
import type { MenteeGoalCounts } from './domain/goal-counts.js';

export const GOAL_COLUMNS = ['slack_id', 'name', 'goals_set', 'revisited_this_semester', 'on_track', 'done', 'changed', 'stuck'] as const;

/** Goals' kind of export, as the feature module declares it (known without building the feature). */
export function goalExportKinds(labels: { readonly goals: string }) {
  return { goals: { kind: 'goals', label: labels.goals, order: 80, header: GOAL_COLUMNS } } satisfies Record<string, ExportKind>;
}

/** `goals`: one row per mentee with goals, counts only (goals set now, revisited this semester, latest statuses); never a goal's words. */
export function createGoalExportTables(
  deps: { readonly roster: Pick<RosterStore, 'findPeople'>; readonly readGoalCounts: (now: Date) => Promise<ReadonlyMap<string, MenteeGoalCounts>> },
  kinds: ReturnType<typeof goalExportKinds>,
): ExportTable[] {
  return exportTablesFor(kinds, {
    async goals(_months, now) {
      const counts = [...(await deps.readGoalCounts(now)).values()];
      const people = await peopleById(deps.roster, counts.map((c) => c.menteeId));
      return counts.map((c) => [c.menteeId, people.get(c.menteeId)?.name ?? '', c.goals, c.revisited, c.statuses.on_track, c.statuses.done, c.statuses.changed, c.statuses.stuck]);
    },
  });
}
