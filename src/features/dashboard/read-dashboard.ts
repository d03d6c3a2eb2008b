import { programDateOf, programMonthOf, shiftMonth } from '../../program/calendar.js';
import type { ExportTable } from '../../program/export-table.js';
import { monthsBetween } from '../../program/month-span.js';
import { nameOf } from '../../program/export-cells.js';
import type { ProgramState } from '../../program/overview/program-state.js';
import { loadProgramState, type ProgramStateDeps } from '../../program/snapshot/load-program-state.js';
import { buildCharts } from './domain/build-charts.js';
import type { Chart } from './domain/chart.js';
import type { ExportedTable } from './domain/dashboard-input.js';
import { peopleInScope, type DashboardScope } from './domain/scope.js';

/** The exports the dashboard draws from, when the features that make them are present. */
const KINDS = ['compliance', 'requests', 'switches', 'trainings', 'rotations'] as const;
/** The program months shown: this one and the five before it. */
export const MONTHS_SHOWN = 6;

export interface DashboardReadDeps extends ProgramStateDeps {
  readonly exportTables: () => readonly ExportTable[];
}

export interface DashboardContent {
  readonly readerName: string;
  readonly scopeLabel: string;
  readonly months: readonly string[];
  readonly charts: readonly Chart[];
}

/**
 * The reader's dashboard: the program's exports (compliance, requests, switches, trainings, rotations) read once each
 * for the months shown, and the program's state now (pulses, time away), each in bulk, then kept to the reader's
 * scope. What it costs grows with the program, not with the number of groups or people in it.
 */
export async function readDashboard(deps: DashboardReadDeps, readerId: string, scope: DashboardScope, now: Date): Promise<DashboardContent> {
  const { calendar } = deps.config;
  const today = programDateOf(now, calendar);
  const current = programMonthOf(today, calendar).key;
  const months = monthsBetween(shiftMonth(current, -(MONTHS_SHOWN - 1)), current);
  const range = { from: months[0]!, to: current };
  const wanted = deps.exportTables().filter((t) => (KINDS as readonly string[]).includes(t.kind));
  const onlyGroups = !scope.all && scope.tracks.length === 0 ? scope.groupIds : undefined;
  const [state, exported] = await Promise.all([
    loadProgramState(deps, now, onlyGroups),
    Promise.all(wanted.map(async (t): Promise<[string, ExportedTable]> => [t.kind, { header: t.header, rows: await t.rows(range, now, {}) }])),
  ]);
  const inScope = peopleInScope(scope, state.people.values(), state.memberships);
  const groupNames = scope.all ? undefined : new Set(state.groups.filter((g) => scope.groupIds.includes(g.id)).map((g) => g.name));
  const charts = buildCharts({
    months,
    today,
    inScope,
    namesInScope: inScope === undefined ? undefined : new Set([...inScope].map((id) => nameOf(state.people, id)).filter((n): n is string => n !== undefined)),
    groupNames,
    groupsOfMentee: groupsOfMentees(state),
    exports: new Map(exported),
    // A forgotten person's score is erased: their answer is not drawn.
    pulses: state.pulses.flatMap((p) => (p.score === undefined ? [] : [{ menteeId: p.menteeId, score: p.score }])),
    away: state.away.filter((a) => a.cancelledAt === undefined).map((a) => ({ mentorId: a.mentorId, mentorName: state.people.get(a.mentorId)?.name ?? a.mentorId, start: a.start, end: a.end })),
  });
  const readerName = state.people.get(readerId)?.name ?? (await deps.roster.findPeople([readerId]))[0]?.name ?? readerId;
  return { readerName, scopeLabel: scopeLabelOf(scope, state), months, charts };
}

function groupsOfMentees(state: ProgramState): Map<string, string[]> {
  const names = new Map(state.groups.map((g) => [g.id, g.name]));
  const out = new Map<string, string[]>();
  for (const m of state.memberships) {
    const name = names.get(m.groupId);
    if (m.role !== 'mentee' || name === undefined) continue;
    out.set(m.personId, [...(out.get(m.personId) ?? []), name]);
  }
  return out;
}

function scopeLabelOf(scope: DashboardScope, state: ProgramState): string {
  if (scope.all) return 'The whole program';
  const groups = state.groups.filter((g) => scope.groupIds.includes(g.id)).map((g) => g.name).sort();
  const parts = [
    ...(groups.length === 0 ? [] : [`${groups.length === 1 ? 'Your cohort' : 'Your cohorts'}: ${groups.join(', ')}`]),
    ...scope.tracks.map((t) => `The ${t} track`),
  ];
  return parts.join(' · ');
}
