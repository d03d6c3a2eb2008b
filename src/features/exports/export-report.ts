import type { Config } from '../../config/env.js';
import type { ContactStore, RequestStore, RosterStore, SwitchStore } from '../../program/ports.js';
import type { ReportSender } from './ports.js';
import type { Logger } from '../../log/logger.js';
import { programDateOf, programMonth, programMonthOf, type ProgramCalendar } from '../../program/calendar.js';
import type { CsvCell } from '../../program/csv.js';
import { COMPLIANCE_COLUMNS, complianceContactRange, complianceRows } from './domain/compliance-rows.js';
import { CONTACT_COLUMNS, contactRows } from './domain/contact-rows.js';
import { exportMonths, monthsBetween, monthSpan } from './domain/export-months.js';
import { toExportFile, type ExportFile, type ExportKind, type ExportProblem, type ExportRequest } from './domain/export.js';
import { REQUEST_COLUMNS, requestRows } from './domain/request-rows.js';
import { SWITCH_COLUMNS, switchRows } from './domain/switch-rows.js';

export type ExportDeps = { readonly config: Config; readonly roster: RosterStore; readonly contacts: ContactStore; readonly requests: RequestStore; readonly switches: SwitchStore };

export type ExportOutcome = { readonly ok: true; readonly file: ExportFile } | { readonly ok: false; readonly problem: ExportProblem };

interface Table {
  readonly header: readonly string[];
  readonly rows: CsvCell[][];
}

type TableBuilder = (deps: ExportDeps, months: { readonly from: string; readonly to: string }, now: Date) => Promise<Table>;

const peopleById = async (deps: ExportDeps, ids: Iterable<string>) => new Map((await deps.roster.findPeople([...new Set(ids)])).map((p) => [p.id, p]));

/** Each kind of export: a few bulk queries, then pure rows (domain/export.ts). */
const TABLES: Readonly<Record<ExportKind, TableBuilder>> = {
  async contacts(deps, months) {
    const calendar: ProgramCalendar = deps.config.calendar;
    const contacts = await deps.contacts.findBetween(programMonth(months.from, calendar).from, programMonth(months.to, calendar).to);
    const people = await peopleById(deps, contacts.flatMap((c) => [c.mentorId, ...c.menteeIds]));
    return { header: CONTACT_COLUMNS, rows: contactRows(contacts, people) };
  },
  async requests(deps, months, now) {
    const span = monthSpan(months.from, months.to, deps.config.calendar);
    const requests = await deps.requests.findCreatedBetween(span.start, span.end);
    const people = await peopleById(deps, requests.flatMap((r) => [r.menteeId, ...r.mentorIds]));
    return { header: REQUEST_COLUMNS, rows: requestRows(requests, people, now, deps.config.calendar) };
  },
  async compliance(deps, months) {
    const { calendar } = deps.config;
    const keys = monthsBetween(months.from, months.to);
    const span = monthSpan(months.from, months.to, calendar);
    const [memberships, groups] = await Promise.all([
      deps.roster.findMemberships({ overlapping: { from: span.start, to: span.end } }).then((all) => all.filter((m) => m.role === 'mentee')),
      deps.roster.findGroups(),
    ]);
    const menteeIds = [...new Set(memberships.map((m) => m.personId))];
    const range = complianceContactRange(keys, calendar);
    const [contacts, people] = await Promise.all([
      menteeIds.length === 0 ? [] : deps.contacts.findForMentees(menteeIds, range.from, range.to),
      peopleById(deps, menteeIds),
    ]);
    return { header: COMPLIANCE_COLUMNS, rows: complianceRows({ months: keys, calendar, people, groups, memberships, contacts }) };
  },
  async switches(deps, months) {
    const span = monthSpan(months.from, months.to, deps.config.calendar);
    const requests = await deps.switches.findCreatedBetween(span.start, span.end);
    const [groups, people] = await Promise.all([deps.roster.findGroups(), peopleById(deps, requests.map((r) => r.menteeId))]);
    return { header: SWITCH_COLUMNS, rows: switchRows(requests, new Map(groups.map((g) => [g.id, g.name])), people) };
  },
};

/**
 * An export of the program's record (contacts, requests, compliance by month and semester, or the switch audit trail)
 * for the months asked
 * (default: the current program month), as CSV. No note, description or reason is ever read into it.
 */
export async function buildExport(deps: ExportDeps, request: ExportRequest, now: Date): Promise<ExportOutcome> {
  const current = programMonthOf(programDateOf(now, deps.config.calendar), deps.config.calendar).key;
  const months = exportMonths(request, current);
  if ('problem' in months) return { ok: false, problem: months.problem };
  const table = await TABLES[request.kind](deps, months, now);
  return { ok: true, file: toExportFile(request.kind, months.from, months.to, table.header, table.rows) };
}

/** `/mentor-admin export`: the same file, sent to the admin in Slack. */
export async function sendExport(deps: ExportDeps & { readonly reportSender: ReportSender; readonly logger: Logger }, actorId: string, request: ExportRequest, now: Date): Promise<ExportOutcome> {
  const outcome = await buildExport(deps, request, now);
  if (!outcome.ok) return outcome;
  await deps.reportSender.sendExport(actorId, outcome.file);
  deps.logger.info('export sent', { user: actorId, kind: outcome.file.kind, from: outcome.file.from, to: outcome.file.to, rows: outcome.file.rows });
  return outcome;
}
