import { cellReader, isYes, percent, type Chart } from './chart.js';
import { seen, type DashboardInput } from './dashboard-input.js';

interface Cell {
  mentees: number;
  communicated: number;
  met: number;
}

/**
 * Compliance by group and month, from the compliance export's rows (one per mentee and month): the share of mentees
 * with a communication that month, and with a meeting in the month's semester by its end. Two heatmaps.
 */
export function buildComplianceCharts(input: DashboardInput): Chart[] {
  const table = input.exports.get('compliance');
  if (table === undefined) return [];
  const cell = cellReader(table.header);
  const grid = new Map<string, Map<string, Cell>>();
  for (const row of table.rows) {
    if (!seen(input, cell(row, 'mentee_id'))) continue;
    const month = String(cell(row, 'month'));
    for (const group of String(cell(row, 'groups') ?? '').split('; ').filter((g) => g !== '')) {
      if (input.groupNames !== undefined && !input.groupNames.has(group)) continue;
      const byMonth = grid.get(group) ?? new Map<string, Cell>();
      grid.set(group, byMonth);
      const counts = byMonth.get(month) ?? { mentees: 0, communicated: 0, met: 0 };
      byMonth.set(month, counts);
      counts.mentees += 1;
      if (isYes(cell(row, 'communicated'))) counts.communicated += 1;
      if (isYes(cell(row, 'met_in_semester'))) counts.met += 1;
    }
  }
  const groups = [...grid.keys()].sort((a, b) => a.localeCompare(b));
  const rowsOf = (pick: (c: Cell) => number) =>
    groups.flatMap((group) =>
      input.months.map((month) => {
        const c = grid.get(group)?.get(month);
        return [group, month, c?.mentees ?? 0, c === undefined ? 0 : pick(c), c === undefined ? undefined : percent(pick(c), c.mentees)];
      }),
    );
  const sharesOf = (pick: (c: Cell) => number) =>
    groups.map((group) =>
      input.months.map((month) => {
        const c = grid.get(group)?.get(month);
        return c === undefined || c.mentees === 0 ? undefined : pick(c) / c.mentees;
      }),
    );
  const drawing = (pick: (c: Cell) => number) => ({ kind: 'heatmap' as const, rowLabels: groups, columnLabels: input.months, shares: sharesOf(pick) });
  return [
    {
      id: 'communication-by-month',
      title: 'Communication this month, by group',
      caption: 'The share of each group’s mentees with at least one communication from their mentors in the month.',
      drawing: drawing((c) => c.communicated),
      table: { columns: ['group', 'month', 'mentees', 'communicated', 'percent'], rows: rowsOf((c) => c.communicated) },
    },
    {
      id: 'meeting-this-semester',
      title: 'A meeting this semester, by group',
      caption: 'The share of each group’s mentees met at least once in the semester, by the end of each month.',
      drawing: drawing((c) => c.met),
      table: { columns: ['group', 'month', 'mentees', 'met_in_semester', 'percent'], rows: rowsOf((c) => c.met) },
    },
  ];
}
