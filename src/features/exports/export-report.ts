import type { Config } from '../../config/env.js';
import type { Logger } from '../../log/logger.js';
import { programDateOf, programMonthOf } from '../../program/calendar.js';
import type { ExportTable } from '../../program/export-table.js';
import type { AuditStore } from '../../program/ports.js';
import { exportMonths } from './domain/export-months.js';
import { orderTables, toExportFile, type ExportFile, type ExportProblem, type ExportRequest } from './domain/export.js';
import type { ReportSender } from './ports.js';

/** The tables are read when an export runs: every feature has contributed its own by then. Every export is audited. */
export type ExportDeps = { readonly config: Config; readonly tables: () => readonly ExportTable[]; readonly audit: AuditStore };

export type ExportOutcome = { readonly ok: true; readonly file: ExportFile } | { readonly ok: false; readonly problem: ExportProblem };

/** The contributed tables, in the order people read them. */
export const exportTablesOf = (deps: Pick<ExportDeps, 'tables'>): ExportTable[] => orderTables(deps.tables());

/**
 * An export of the program's record (one of the kinds the features contribute: contacts, requests, compliance by
 * month and semester, the switch audit trail) for the months asked (default: the current program month), as CSV.
 * No note, description or reason is ever read into it. Recorded in the audit trail (who: `actor`, the kind, the
 * months) before the file is handed over.
 */
export async function buildExport(deps: ExportDeps, actor: string, request: ExportRequest, now: Date): Promise<ExportOutcome> {
  const table = exportTablesOf(deps).find((t) => t.kind === request.kind);
  if (table === undefined) return { ok: false, problem: { code: 'unknown_kind', word: request.kind } };
  if (table.needsId === true && request.id === undefined) return { ok: false, problem: { code: 'missing_id', kind: table.kind } };
  if (table.needsId !== true && request.id !== undefined) return { ok: false, problem: { code: 'unexpected', word: '--id' } };
  const current = programMonthOf(programDateOf(now, deps.config.calendar), deps.config.calendar).key;
  const months = exportMonths(request, current);
  if ('problem' in months) return { ok: false, problem: months.problem };
  const rows = await table.rows(months, now, { id: request.id });
  const detail = `${months.from}..${months.to}${request.id === undefined ? '' : ` id=${request.id}`}`;
  await deps.audit.record({ at: now, actor, action: 'export', subject: table.kind, detail });
  return { ok: true, file: toExportFile(table.kind, months.from, months.to, table.header, rows) };
}

/** `/mentor-admin export`: the same file, sent to the admin in Slack. */
export async function sendExport(deps: ExportDeps & { readonly reportSender: ReportSender; readonly logger: Logger }, actorId: string, request: ExportRequest, now: Date): Promise<ExportOutcome> {
  const outcome = await buildExport(deps, actorId, request, now);
  if (!outcome.ok) return outcome;
  await deps.reportSender.sendExport(actorId, outcome.file);
  deps.logger.info('export sent', { user: actorId, kind: outcome.file.kind, from: outcome.file.from, to: outcome.file.to, rows: outcome.file.rows });
  return outcome;
}
