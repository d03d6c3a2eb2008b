import type { Config } from '../../config/env.js';
import { exportTablesFor, peopleById, type ExportKind, type ExportTable } from '../../program/export-table.js';
import { monthSpan } from '../../program/month-span.js';
import type { RequestStore, RosterStore } from '../../program/ports.js';
import type { RequestTopics } from '../../program/request-topics.js';
import { REQUEST_COLUMNS, requestRows } from './domain/request-rows.js';

type RequestTablesDeps = { readonly config: Config; readonly roster: RosterStore; readonly requests: RequestStore; readonly topics: RequestTopics };

/** The requests' kind of export, as the feature module declares it (known without building the feature). */
export function requestExportKinds(labels: { readonly requests: string }) {
  return { requests: { kind: 'requests', label: labels.requests, order: 20, header: REQUEST_COLUMNS } } satisfies Record<string, ExportKind>;
}

/** The requests' export: every request created in the months, its path and timing, never its description. */
export function createRequestExportTables(deps: RequestTablesDeps, kinds: ReturnType<typeof requestExportKinds>): ExportTable[] {
  return exportTablesFor(kinds, {
    async requests(months, now) {
      const span = monthSpan(months.from, months.to, deps.config.calendar);
      const requests = await deps.requests.findCreatedBetween(span.start, span.end);
      const people = await peopleById(deps.roster, requests.flatMap((r) => [r.menteeId, ...r.mentorIds]));
      return requestRows(requests, people, now, deps.config.calendar, deps.topics);
    },
  });
}
