import type { Config } from '../../config/env.js';
import { exportTablesFor, peopleById, type ExportKind, type ExportTable } from '../../program/export-table.js';
import { monthSpan } from '../../program/month-span.js';
import type { RosterStore, SwitchStore } from '../../program/ports.js';
import { SWITCH_COLUMNS, switchRows } from './domain/switch-rows.js';

type SwitchTablesDeps = { readonly config: Config; readonly roster: RosterStore; readonly switches: SwitchStore };

/** The switch audit trail's kind of export, as the feature module declares it (known without building the feature). */
export function switchExportKinds(labels: { readonly switches: string }) {
  return { switches: { kind: 'switches', label: labels.switches, order: 40, header: SWITCH_COLUMNS } } satisfies Record<string, ExportKind>;
}

/** The switch audit trail's export: every switch request created in the months, never its details. */
export function createSwitchExportTables(deps: SwitchTablesDeps, kinds: ReturnType<typeof switchExportKinds>): ExportTable[] {
  return exportTablesFor(kinds, {
    async switches(months) {
      const span = monthSpan(months.from, months.to, deps.config.calendar);
      const requests = await deps.switches.findCreatedBetween(span.start, span.end);
      const [groups, people] = await Promise.all([deps.roster.findGroups(), peopleById(deps.roster, requests.map((r) => r.menteeId))]);
      return switchRows(requests, new Map(groups.map((g) => [g.id, g.name])), people);
    },
  });
}
