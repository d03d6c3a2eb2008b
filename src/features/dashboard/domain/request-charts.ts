import { monthKeyOf } from '../../../program/calendar.js';
import type { CsvCell } from '../../../program/csv.js';
import { cellReader, isNo, isYes, median, percent, type Chart, type TableCell } from './chart.js';
import { seen, type DashboardInput } from './dashboard-input.js';

const WAITING = new Set(['open', 'claimed']);

interface Timing {
  answered: number;
  hours: number[];
  onTime: number;
  late: number;
}

const rounded = (hours: number | undefined) => (hours === undefined ? undefined : Math.round(hours * 10) / 10);

/**
 * Time to first answer (median hours, and the share answered on time) by month and by group, and the requests overdue
 * or escalated to the Faculty Mentor, from the requests export's rows (their timing and path, never their words).
 */
export function buildRequestCharts(input: DashboardInput): Chart[] {
  const table = input.exports.get('requests');
  if (table === undefined) return [];
  const cell = cellReader(table.header);
  const rows = table.rows.filter((row) => seen(input, cell(row, 'mentee_id')) && input.months.includes(monthKeyOf(String(cell(row, 'created_date')))));
  const monthOf = (row: readonly CsvCell[]) => monthKeyOf(String(cell(row, 'created_date')));
  const timingBy = (keysOf: (row: readonly CsvCell[]) => readonly string[]) => {
    const timings = new Map<string, Timing>();
    for (const row of rows) {
      for (const key of keysOf(row)) {
        const t = timings.get(key) ?? { answered: 0, hours: [], onTime: 0, late: 0 };
        timings.set(key, t);
        const hours = cell(row, 'hours_to_first_response');
        if (typeof hours === 'number') {
          t.answered += 1;
          t.hours.push(hours);
        }
        if (isYes(cell(row, 'answered_on_time'))) t.onTime += 1;
        if (isNo(cell(row, 'answered_on_time'))) t.late += 1;
      }
    }
    return timings;
  };
  const byMonth = timingBy((row) => [monthOf(row)]);
  const groupsOf = (row: readonly CsvCell[]) => (input.groupsOfMentee.get(String(cell(row, 'mentee_id'))) ?? []).filter((g) => input.groupNames === undefined || input.groupNames.has(g));
  const byGroup = timingBy(groupsOf);
  const timingRow = (label: string, t: Timing | undefined): TableCell[] => [label, t?.answered ?? 0, rounded(median(t?.hours ?? [])), t?.onTime ?? 0, t?.late ?? 0, t === undefined ? undefined : percent(t.onTime, t.onTime + t.late)];
  const timingColumns = ['answered', 'median_hours', 'on_time', 'late', 'percent_on_time'];
  const groups = [...byGroup.keys()].sort((a, b) => a.localeCompare(b));
  const timingBars = (labels: readonly string[], timings: Map<string, Timing>) =>
    labels.map((label) => {
      const t = timings.get(label);
      return { label, values: [rounded(median(t?.hours ?? [])), t === undefined ? undefined : percent(t.onTime, t.onTime + t.late)] };
    });

  const attention = input.months.map((month) => {
    const inMonth = rows.filter((row) => monthOf(row) === month);
    const overdueNow = inMonth.filter((row) => WAITING.has(String(cell(row, 'status'))) && isNo(cell(row, 'answered_on_time'))).length;
    const late = inMonth.filter((row) => isNo(cell(row, 'answered_on_time'))).length;
    const escalated = inMonth.filter((row) => cell(row, 'routed_to') === 'faculty').length;
    return { month, requests: inMonth.length, late, overdueNow, escalated };
  });
  return [
    {
      id: 'first-answer-by-month',
      title: 'Time to first answer, by month',
      caption: 'For requests sent each month: the median hours to the first answer, and the percent answered within their deadline.',
      drawing: { kind: 'bars', series: ['median hours', 'percent on time'], bars: timingBars(input.months, byMonth) },
      table: { columns: ['month', ...timingColumns], rows: input.months.map((m) => timingRow(m, byMonth.get(m))) },
    },
    {
      id: 'first-answer-by-group',
      title: 'Time to first answer, by group',
      caption: 'For requests sent in the months shown, by the mentee’s group: the median hours to the first answer, and the percent on time.',
      drawing: { kind: 'bars', series: ['median hours', 'percent on time'], bars: timingBars(groups, byGroup) },
      table: { columns: ['group', ...timingColumns], rows: groups.map((g) => timingRow(g, byGroup.get(g))) },
    },
    {
      id: 'overdue-and-escalated',
      title: 'Overdue and escalated requests, by month',
      caption: 'Requests sent each month that were answered late or are still waiting past their deadline, those still overdue now, and those escalated to a Faculty Mentor.',
      drawing: { kind: 'bars', series: ['past deadline', 'still overdue', 'escalated'], bars: attention.map((a) => ({ label: a.month, values: [a.late, a.overdueNow, a.escalated] })) },
      table: { columns: ['month', 'requests', 'past_deadline', 'still_overdue', 'escalated'], rows: attention.map((a) => [a.month, a.requests, a.late, a.overdueNow, a.escalated]) },
    },
  ];
}
