import type { Logger } from '../../log/logger.js';
import type { AdminPolicy } from '../../program/policy.js';
import type { ExportRequest } from './domain/export.js';
import { buildExport, exportTablesOf, sendExport, type ExportDeps, type ExportOutcome } from './export-report.js';
import type { ReportSender } from './ports.js';

export type ExportUseCases = ReturnType<typeof createExportUseCases>;

/** What an admin-only use case answers: its result, or `not_allowed` (and nothing ran). */
type AdminOnly<T> = { readonly allowed: false } | { readonly allowed: true; readonly result: T };

/** The program's record as CSV: on the command line (trusted), or sent to an admin in Slack. */
export function createExportUseCases(deps: ExportDeps & { readonly reportSender: ReportSender; readonly logger: Logger; readonly admins: AdminPolicy }) {
  return {
    /** The kinds of export the features contribute, in the order people read them (the parser, the form, the help). */
    exportTables: () => exportTablesOf(deps),
    exportKinds: () => exportTablesOf(deps).map((t) => t.kind),
    /** `npm run export`: `actor` is the command line's (`cliActor`), recorded in the audit trail. */
    buildExport: (actor: string, request: ExportRequest, now: Date) => buildExport(deps, actor, request, now),
    /** `/mentor-admin export` and Home's Export: the same file, sent to the admin in Slack. */
    async sendExport(actorId: string, request: ExportRequest, now: Date): Promise<AdminOnly<ExportOutcome>> {
      if (!(await deps.admins.isAdmin(actorId))) return { allowed: false };
      return { allowed: true, result: await sendExport(deps, actorId, request, now) };
    },
  };
}
