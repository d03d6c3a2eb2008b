import type { Config } from '../../config/env.js';
import { exportTablesFor, type ExportKind, type ExportTable } from '../../program/export-table.js';
import { programMonth } from '../../program/calendar.js';
import { ROTATION_COLUMNS, rotationRows } from './domain/rotation-rows.js';
import { readRotationState, type RotationStateDeps } from './read-rotation-state.js';

/** The clinical track's kind of export, as the feature module declares it (known without building the feature). */
export function clinicalExportKinds(labels: { readonly rotations: string }) {
  return { rotations: { kind: 'rotations', label: labels.rotations, order: 50, header: ROTATION_COLUMNS } } satisfies Record<string, ExportKind>;
}

/** `rotations`: every mentee rotation whose days overlap the months, with its current mentor and obligations as of now. */
export function createClinicalExportTables(deps: RotationStateDeps & { readonly config: Config }, kinds: ReturnType<typeof clinicalExportKinds>): ExportTable[] {
  return exportTablesFor(kinds, {
    async rotations(months, now) {
      const from = programMonth(months.from, deps.config.calendar).from;
      const to = programMonth(months.to, deps.config.calendar).to;
      const state = await readRotationState(deps, { from, to }, now);
      return rotationRows(state.entries, state.people);
    },
  });
}
