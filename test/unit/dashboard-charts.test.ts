import { describe, expect, it } from 'vitest';
import { buildCharts } from '../../src/features/dashboard/domain/build-charts.js';
import type { HeatmapDrawing } from '../../src/features/dashboard/domain/chart.js';
import type { DashboardInput } from '../../src/features/dashboard/domain/dashboard-input.js';
import { renderDashboardPage } from '../../src/features/dashboard/web/dashboard-page.js';

const COMPLIANCE = ['month', 'program_running', 'semester', 'mentee_id', 'mentee_name', 'groups', 'communicated', 'communications', 'last_communication', 'met_in_semester', 'meetings_in_semester', 'last_meeting'];
const REQUESTS = ['request_id', 'created_date', 'mentee_id', 'routed_to', 'status', 'hours_to_first_response', 'answered_on_time'];

const input = (over: Partial<DashboardInput> = {}): DashboardInput => ({
  months: ['2026-09', '2026-10'],
  today: '2026-10-05',
  inScope: undefined,
  namesInScope: undefined,
  groupNames: undefined,
  groupsOfMentee: new Map([['M1', ['Blue']], ['M2', ['Blue']], ['M3', ['Green']]]),
  exports: new Map([
    [
      'compliance',
      {
        header: COMPLIANCE,
        rows: [
          ['2026-10', true, 'Fall', 'M1', 'Ada', 'Blue', true, 1, '2026-10-02', true, 1, '2026-10-02'],
          ['2026-10', true, 'Fall', 'M2', 'Ben', 'Blue', false, 0, undefined, false, 0, undefined],
          ['2026-10', true, 'Fall', 'M3', 'Dee', 'Green', true, 2, '2026-10-03', false, 0, undefined],
        ],
      },
    ],
    [
      'requests',
      {
        header: REQUESTS,
        rows: [
          ['r1', '2026-10-01', 'M1', 'mentors', 'responded', 2, true],
          ['r2', '2026-10-02', 'M2', 'faculty', 'responded', 30, false],
          ['r3', '2026-10-03', 'M3', 'mentors', 'open', undefined, false],
          ['r4', '2026-10-04', 'M1', 'mentors', 'responded', 4, true],
        ],
      },
    ],
  ]),
  pulses: [{ menteeId: 'M1', score: 2 }, { menteeId: 'M3', score: 5 }],
  away: [{ mentorId: 'P1', mentorName: 'Priya', start: '2026-10-04', end: '2026-10-09' }, { mentorId: 'P2', mentorName: 'Pat', start: '2026-12-01', end: '2026-12-05' }],
  ...over,
});
const chart = (charts: ReturnType<typeof buildCharts>, id: string) => charts.find((c) => c.id === id)!;

describe('the dashboard’s charts, from the exports’ rows', () => {
  it('draws compliance by group and month: the share of mentees communicated with, and met this semester', () => {
    const charts = buildCharts(input());
    const communication = chart(charts, 'communication-by-month');
    expect(communication.drawing).toEqual({ kind: 'heatmap', rowLabels: ['Blue', 'Green'], columnLabels: ['2026-09', '2026-10'], shares: [[undefined, 0.5], [undefined, 1]] });
    expect(communication.table.rows).toContainEqual(['Blue', '2026-10', 2, 1, 50]);
    expect(chart(charts, 'meeting-this-semester').table.rows).toContainEqual(['Green', '2026-10', 1, 0, 0]);
  });

  it('gives the time to first answer (median hours, percent on time) by month and group, and the overdue and escalated', () => {
    const charts = buildCharts(input());
    expect(chart(charts, 'first-answer-by-month').table.rows).toContainEqual(['2026-10', 3, 4, 2, 2, 50]);
    expect(chart(charts, 'first-answer-by-group').table.rows).toEqual([
      ['Blue', 3, 4, 2, 1, 67],
      ['Green', 0, undefined, 0, 1, 0],
    ]);
    expect(chart(charts, 'overdue-and-escalated').table.rows).toContainEqual(['2026-10', 4, 2, 1, 1]);
    // A month with no request has nothing to measure: no bar, rather than a bar at 0 % on time.
    expect(chart(charts, 'first-answer-by-month').drawing).toMatchObject({ bars: [{ label: '2026-09', values: [undefined, undefined] }, { label: '2026-10', values: [4, 50] }] });
  });

  it('keeps a Faculty Mentor to their own groups and people', () => {
    const charts = buildCharts(input({ inScope: new Set(['M1', 'M2', 'P1']), groupNames: new Set(['Blue']) }));
    expect((chart(charts, 'communication-by-month').drawing as HeatmapDrawing).rowLabels).toEqual(['Blue']);
    expect(chart(charts, 'first-answer-by-group').table.rows.map((r) => r[0])).toEqual(['Blue']);
    expect(chart(charts, 'pulse').table.rows).toContainEqual(['5', 0]);
    expect(chart(charts, 'time-away').table.rows).toEqual([['Priya', '2026-10-04', '2026-10-09', 'away now']]);
  });

  it('spreads the pulse over the scores, and lists time away now and within 30 days', () => {
    const charts = buildCharts(input());
    expect(chart(charts, 'pulse').table.rows).toEqual([['1', 0], ['2', 1], ['3', 0], ['4', 0], ['5', 1]]);
    expect(chart(charts, 'time-away').table.rows).toEqual([['Priya', '2026-10-04', '2026-10-09', 'away now']]);
  });

  it('leaves out the charts of features absent (no switches, trainings or rotations export)', () => {
    expect(buildCharts(input()).map((c) => c.id)).toEqual(['communication-by-month', 'meeting-this-semester', 'first-answer-by-month', 'first-answer-by-group', 'overdue-and-escalated', 'pulse', 'time-away']);
  });
});

describe('the dashboard page', () => {
  it('escapes every name it shows, in the SVG, the tables and the header', () => {
    const evil = '<script>alert("x")</script>';
    const page = renderDashboardPage({
      readerName: evil,
      scopeLabel: `Your cohort: ${evil}`,
      months: ['2026-10'],
      charts: buildCharts(input({ groupsOfMentee: new Map([['M1', [evil]]]), exports: new Map([['compliance', { header: COMPLIANCE, rows: [['2026-10', true, 'Fall', 'M1', 'Ada', evil, true, 1, '', true, 1, '']] }]]) })),
    });
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('names each chart for screen readers and links its table’s CSV', () => {
    const page = renderDashboardPage({ readerName: 'Pat', scopeLabel: 'The whole program', months: ['2026-10'], charts: buildCharts(input()) });
    expect(page).toContain('role="img" aria-labelledby="pulse-svg-title pulse-svg-desc"');
    expect(page).toContain('<title id="pulse-svg-title">Pulse this month</title>');
    expect(page).toContain('href="/dashboard/csv/pulse.csv"');
    expect(page).toContain('<caption>Pulse this month</caption>');
  });
});
