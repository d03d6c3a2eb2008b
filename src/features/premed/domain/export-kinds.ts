import type { ExportKind } from '../../../program/export-table.js';
import { HOURS_COLUMNS } from './hours-rows.js';
import { PARENTS_COLUMNS } from './parents-rows.js';

/** The pre-med track's kinds of export, as the feature module declares them (known without building the feature). */
export function premedExportKinds(labels: { readonly hours: string; readonly parents: string }) {
  return {
    hours: { kind: 'hours', label: labels.hours, order: 60, header: HOURS_COLUMNS },
    parents: { kind: 'parents', label: labels.parents, order: 70, header: PARENTS_COLUMNS },
  } satisfies Record<string, ExportKind>;
}
