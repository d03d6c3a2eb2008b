import { addDays } from '../../../program/calendar-date.js';
import { monthKeyOf } from '../../../program/calendar.js';
import { PULSE_SCORES } from '../../../program/records/pulse.js';
import { cellReader, isYes, tally, type Chart } from './chart.js';
import { seen, type DashboardInput } from './dashboard-input.js';

/** This month's pulse answers by score (1 low … 5 high): counts only, never who answered what. */
export function buildPulseChart(input: DashboardInput): Chart {
  const answers = input.pulses.filter((p) => seen(input, p.menteeId));
  const counts = tally(answers, (p) => String(p.score));
  const rows = PULSE_SCORES.map((score) => [String(score), counts.get(String(score)) ?? 0] as const);
  return {
    id: 'pulse',
    title: 'Pulse this month',
    caption: 'How this month’s pulse answers are spread over the scores, from 1 (struggling) to 5 (doing well).',
    drawing: { kind: 'bars', series: ['answers'], bars: rows.map(([label, count]) => ({ label: `score ${label}`, values: [count] })) },
    table: { columns: ['score', 'answers'], rows },
  };
}

/** Mentors' time away: who is away today and who will be within 30 days, with the dates (never a note). */
export function buildAwayChart(input: DashboardInput): Chart {
  const soon = addDays(input.today, 30);
  const windows = input.away
    .filter((a) => seen(input, a.mentorId) && a.end >= input.today && a.start <= soon)
    .sort((a, b) => a.start.localeCompare(b.start) || a.mentorName.localeCompare(b.mentorName));
  const now = windows.filter((a) => a.start <= input.today);
  return {
    id: 'time-away',
    title: 'Time away',
    caption: 'Mentors away today, and mentors whose time away begins within the next 30 days.',
    drawing: { kind: 'bars', series: ['mentors'], bars: [{ label: 'away today', values: [new Set(now.map((a) => a.mentorId)).size] }, { label: 'away within 30 days', values: [new Set(windows.filter((a) => a.start > input.today).map((a) => a.mentorId)).size] }] },
    table: { columns: ['mentor', 'first_day', 'last_day', 'status'], rows: windows.map((a) => [a.mentorName, a.start, a.end, a.start <= input.today ? 'away now' : 'upcoming']) },
  };
}

/** Switch requests by month and status, from the switches export (never their reasons or details). */
export function buildSwitchChart(input: DashboardInput): Chart | undefined {
  const table = input.exports.get('switches');
  if (table === undefined) return undefined;
  const cell = cellReader(table.header);
  const rows = table.rows.filter((row) => seen(input, cell(row, 'mentee_id')));
  const statuses = [...new Set(rows.map((row) => String(cell(row, 'status'))))].sort();
  const byMonth = input.months.map((month) => {
    const counts = tally(
      rows.filter((row) => monthKeyOf(String(cell(row, 'created_at'))) === month),
      (row) => String(cell(row, 'status')),
    );
    return { month, counts };
  });
  return {
    id: 'switch-requests',
    title: 'Switch requests, by month',
    caption: 'Requests to switch mentors made each month, by where they stand now.',
    drawing: { kind: 'bars', series: statuses.length === 0 ? ['requests'] : statuses, bars: byMonth.map((m) => ({ label: m.month, values: statuses.length === 0 ? [0] : statuses.map((s) => m.counts.get(s) ?? 0) })) },
    table: { columns: ['month', 'status', 'requests'], rows: byMonth.flatMap((m) => statuses.map((s) => [m.month, s, m.counts.get(s) ?? 0])) },
  };
}

/** Trainings' attendance: for each training in the months shown, who was invited, who said they would come, who attended. */
export function buildTrainingChart(input: DashboardInput): Chart | undefined {
  const table = input.exports.get('trainings');
  if (table === undefined) return undefined;
  const cell = cellReader(table.header);
  const trainings = new Map<string, { label: string; required: boolean; invited: number; coming: number; attended: number }>();
  for (const row of table.rows) {
    if (!seen(input, cell(row, 'person_id')) || !input.months.includes(monthKeyOf(String(cell(row, 'date'))))) continue;
    const id = String(cell(row, 'training_id'));
    const t = trainings.get(id) ?? { label: `${String(cell(row, 'date'))} ${String(cell(row, 'title'))}`, required: isYes(cell(row, 'required')), invited: 0, coming: 0, attended: 0 };
    trainings.set(id, t);
    t.invited += 1;
    if (cell(row, 'answer') === 'coming') t.coming += 1;
    if (isYes(cell(row, 'attended'))) t.attended += 1;
  }
  const list = [...trainings.values()];
  return {
    id: 'trainings',
    title: 'Trainings: invitations and attendance',
    caption: 'For each training in the months shown: the people invited, those who said they would come, and those who attended.',
    drawing: { kind: 'bars', series: ['invited', 'coming', 'attended'], bars: list.map((t) => ({ label: t.label, values: [t.invited, t.coming, t.attended] })) },
    table: { columns: ['training', 'required', 'invited', 'coming', 'attended'], rows: list.map((t) => [t.label, t.required ? 'yes' : 'no', t.invited, t.coming, t.attended]) },
  };
}

/** The clinical track's obligations: its rotations' meetings before the start and at mid-rotation, by status. */
export function buildRotationChart(input: DashboardInput): Chart | undefined {
  const table = input.exports.get('rotations');
  if (table === undefined) return undefined;
  const cell = cellReader(table.header);
  const rows = table.rows.filter((row) => input.namesInScope === undefined || input.namesInScope.has(String(cell(row, 'mentee'))));
  // A done meeting's cell is its date; any other is its status.
  const statusOf = (value: unknown) => (value === undefined || value === '' ? 'not due' : /^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? 'done' : String(value));
  const meetings = [
    { label: 'before the start', counts: tally(rows, (row) => statusOf(cell(row, 'pre_meeting'))) },
    { label: 'mid-rotation', counts: tally(rows, (row) => statusOf(cell(row, 'mid_meeting'))) },
  ];
  const statuses = [...new Set(meetings.flatMap((m) => [...m.counts.keys()]))].sort();
  return {
    id: 'rotation-meetings',
    title: 'Clinical rotations: required meetings',
    caption: 'The meetings each rotation’s mentor owes the student, before the rotation starts and at mid-rotation, by status.',
    drawing: { kind: 'bars', series: statuses.length === 0 ? ['rotations'] : statuses, bars: meetings.map((m) => ({ label: m.label, values: statuses.length === 0 ? [0] : statuses.map((s) => m.counts.get(s) ?? 0) })) },
    table: { columns: ['meeting', 'status', 'rotations'], rows: meetings.flatMap((m) => statuses.map((s) => [m.label, s, m.counts.get(s) ?? 0])) },
  };
}
