import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsv, withoutBom } from '../../src/program/csv.js';
import { COMPLIANCE_COLUMNS, complianceContactRange, complianceRows } from '../../src/features/contacts/domain/compliance-rows.js';
import { CONTACT_COLUMNS, contactRows } from '../../src/features/contacts/domain/contact-rows.js';
import { exportMonths } from '../../src/features/exports/domain/export-months.js';
import { monthsBetween, monthSpan } from '../../src/program/month-span.js';
import { exportFileName, type ExportProblem } from '../../src/features/exports/domain/export.js';
import { parseExportArgs } from '../../src/features/exports/domain/parse-export-args.js';
import { REQUEST_COLUMNS, requestRows } from '../../src/features/requests/domain/request-rows.js';
import { SWITCH_COLUMNS, switchRows } from '../../src/features/switching/domain/switch-rows.js';
import type { Membership } from '../../src/program/roster.js';
import type { SwitchRequest } from '../../src/program/records/switch-request.js';
import { buildExportModalErrors, describeExportProblem } from '../../src/features/exports/slack/export-views.js';
import { offlineFeatures } from '../support/offline-features.js';
import { CALENDAR, aContact, aRequest, fixedState } from '../support/program-fixture.js';

/** The kinds the features contribute, as the exports feature lists them. */
const KINDS = offlineFeatures().exports.useCases.exportKinds();

describe('parseExportArgs', () => {
  it.each([
    [['contacts'], { kind: 'contacts', from: undefined, to: undefined }],
    [['Requests', '--from', '2026-09'], { kind: 'requests', from: '2026-09', to: undefined }],
    [['--from=2026-08', 'compliance', '--to', '2026-12'], { kind: 'compliance', from: '2026-08', to: '2026-12' }],
    // Slack turns -- into a dash as people type.
    [['contacts', '—from', '2026-09', '–to', '2026-10'], { kind: 'contacts', from: '2026-09', to: '2026-10' }],
    [['contacts', '', '--to', '2026-10'], { kind: 'contacts', from: undefined, to: '2026-10' }],
  ])('%j', (args, request) => {
    expect(parseExportArgs(args, KINDS)).toEqual({ ok: true, request });
  });

  it.each([
    [[], { code: 'no_kind' }],
    [['--from', '2026-09'], { code: 'no_kind' }],
    [['notes'], { code: 'unknown_kind', word: 'notes' }],
    [['contacts', '--from'], { code: 'missing_month', option: 'from' }],
    [['contacts', '--to', '2026-13'], { code: 'bad_month', option: 'to', value: '2026-13' }],
    [['contacts', '--from', 'sept'], { code: 'bad_month', option: 'from', value: 'sept' }],
    [['contacts', 'requests'], { code: 'unexpected', word: 'requests' }],
    [['contacts', '--since', '2026-09'], { code: 'unexpected', word: '--since' }],
    [['contacts', '--from', '2026-10', '--to', '2026-09'], { code: 'from_after_to', from: '2026-10', to: '2026-09' }],
  ])('refuses %j', (args, problem) => {
    expect(parseExportArgs(args, KINDS)).toEqual({ ok: false, problem });
  });

  it('explains every problem in words', () => {
    expect(describeExportProblem({ code: 'no_kind' }, KINDS)).toContain('contacts');
    expect(describeExportProblem({ code: 'bad_month', option: 'to', value: '2026-13' }, KINDS)).toBe('“2026-13” is not a month: `--to` takes YYYY-MM, e.g. 2026-09.');
  });
});

describe('the months an export covers', () => {
  it('defaults to the current month, or from a given month to the current one', () => {
    expect(exportMonths({ from: undefined, to: undefined }, '2026-10')).toEqual({ from: '2026-10', to: '2026-10' });
    expect(exportMonths({ from: '2026-08', to: undefined }, '2026-10')).toEqual({ from: '2026-08', to: '2026-10' });
    expect(exportMonths({ from: undefined, to: '2026-09' }, '2026-10')).toEqual({ from: '2026-09', to: '2026-09' });
    expect(exportMonths({ from: '2026-11', to: undefined }, '2026-10')).toEqual({ problem: { code: 'from_after_to', from: '2026-11', to: '2026-10' } });
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(exportFileName('contacts', '2026-09', '2026-09')).toBe('peer-mentor-contacts-2026-09.csv');
    expect(exportFileName('requests', '2026-09', '2026-10')).toBe('peer-mentor-requests-2026-09-to-2026-10.csv');
  });

  it('covers at most 24 months, and says so kindly, naming the cap and a first part to ask for', () => {
    expect(exportMonths({ from: '2024-11', to: '2026-10' }, '2026-10')).toEqual({ from: '2024-11', to: '2026-10' });
    const tooLong: ExportProblem = { code: 'too_long', from: '2024-10', to: '2026-10', months: 25, max: 24 };
    // Both months given: refused as the arguments are read (the command, the form, `npm run export`), before anything runs.
    expect(parseExportArgs(['contacts', '--from', '2024-10', '--to', '2026-10'], KINDS)).toEqual({ ok: false, problem: tooLong });
    expect(parseExportArgs(['contacts', '--from', '2024-11', '--to', '2026-10'], KINDS)).toMatchObject({ ok: true });
    // Only --from: up to the current month, checked when the export runs.
    expect(parseExportArgs(['contacts', '--from', '2024-10'], KINDS)).toMatchObject({ ok: true });
    expect(exportMonths({ from: '2024-10', to: undefined }, '2026-10')).toEqual({ problem: tooLong });
    expect(exportMonths({ from: '2016-01', to: '2026-12' }, '2026-10')).toMatchObject({ problem: { code: 'too_long', months: 132 } });
    expect(describeExportProblem(tooLong, KINDS)).toBe(
      'An export covers at most 24 months, and 2024-10 to 2026-10 is 25. Please ask for it in parts, e.g. `--from 2024-10 --to 2026-09` first.',
    );
    expect(buildExportModalErrors(tooLong, KINDS)).toEqual({ export_from: describeExportProblem(tooLong, KINDS) });
  });

  it('spans whole months in the program’s zone, daylight-saving change included', () => {
    expect(monthSpan('2026-10', '2026-11', CALENDAR)).toEqual({ start: new Date('2026-10-01T05:00:00Z'), end: new Date('2026-12-01T06:00:00Z') });
  });
});

describe('formatCsv', () => {
  it('quotes what must be quoted, writes yes/no and empty cells, and keeps formulas from running', () => {
    const csv = formatCsv(['a', 'b', 'c', 'd', 'e'], [
      ['plain', 'with, comma', 'with "quotes"', 'two\nlines', undefined],
      [true, false, 12.5, '=HYPERLINK("x")', ' padded '],
      ['+1', '-2', '@me', 'ok', ''],
    ]);
    expect(csv).toBe(
      '\uFEFFa,b,c,d,e\r\nplain,"with, comma","with ""quotes""","two\nlines",\r\nyes,no,12.5,"\'=HYPERLINK(""x"")"," padded "\r\n\'+1,\'-2,\'@me,ok,\r\n',
    );
    // Our own reader reads back what was written.
    expect(parseCsv(csv).records.map((r) => r.cells)).toEqual([
      ['a', 'b', 'c', 'd', 'e'],
      ['plain', 'with, comma', 'with "quotes"', 'two\nlines', ''],
      ['yes', 'no', '12.5', '\'=HYPERLINK("x")', ' padded '],
      ["'+1", "'-2", "'@me", 'ok', ''],
    ]);
  });

  it('begins with a UTF-8 byte-order mark, so that Excel reads names as UTF-8; not when asked to leave it out', () => {
    const csv = formatCsv(['name'], [['Zoë Nguyễn']]);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv).toBe('\uFEFFname\r\nZoë Nguyễn\r\n');
    expect(formatCsv(['name'], [['Zoë Nguyễn']], { bom: false })).toBe('name\r\nZoë Nguyễn\r\n');
    expect(withoutBom(csv)).toBe('name\r\nZoë Nguyễn\r\n');
  });

  it('quotes a cell with a semicolon (the list separator of Excel in many locales), and still keeps formulas from running', () => {
    const csv = formatCsv(['names', 'formula'], [['Ada Lovelace; Ben Okoro', '=1;2'], ['plain', '-x;y']], { bom: false });
    expect(csv).toBe('names,formula\r\n"Ada Lovelace; Ben Okoro","\'=1;2"\r\nplain,"\'-x;y"\r\n');
    expect(parseCsv(csv).records.map((r) => r.cells)[1]).toEqual(['Ada Lovelace; Ben Okoro', "'=1;2"]);
  });
});

describe('export rows', () => {
  const state = fixedState();
  const people = state.people;

  it('writes one row per contact, never its note', () => {
    const rows = contactRows(
      [
        aContact({ id: 'C2', mentorId: 'P3', menteeIds: ['M1', 'M2'], group: true, kind: 'in_person', minutes: 45, date: '2026-10-03', note: 'NOTE-SECRET', createdAt: new Date('2026-10-03T20:00:00Z') }),
        aContact({ id: 'C1', mentorId: 'P4', menteeIds: ['M1'], date: '2026-10-01', source: 'request_response', minutes: 0 }),
      ],
      people,
    );
    expect(CONTACT_COLUMNS).not.toContain('note');
    expect(rows).toEqual([
      ['C1', '2026-10-01', 'slack', false, false, 0, 'request_response', 'P4', 'Omar Fourth', 'M1', 'Ada Mentee', '2026-10-02T15:00:00.000Z'],
      ['C2', '2026-10-03', 'in_person', true, true, 45, 'logged', 'P3', 'Priya Third', 'M1; M2', 'Ada Mentee; Ben Mentee', '2026-10-03T20:00:00.000Z'],
    ]);
    expect(JSON.stringify(rows)).not.toContain('NOTE-SECRET');
  });

  it('writes one row per request with its path and timing, never its description', () => {
    const now = new Date('2026-10-05T13:00:00Z');
    const rows = requestRows(
      [
        aRequest({ id: 'R1', menteeId: 'M2', createdAt: new Date('2026-10-02T12:00:00Z'), deadline: new Date('2026-10-03T12:00:00Z') }),
        aRequest({ id: 'R3', menteeId: 'M1', createdAt: new Date('2026-10-01T10:00:00Z'), deadline: new Date('2026-10-02T10:00:00Z'), respondedBy: 'P3', respondedAt: new Date('2026-10-01T15:30:00Z'), closedAs: 'closed', closedBy: 'M1', closedAt: new Date('2026-10-02T09:00:00Z'), helped: true }),
        aRequest({ id: 'R2', menteeId: 'M1', createdAt: new Date('2026-10-05T10:00:00Z'), deadline: new Date('2026-10-06T10:00:00Z'), claimedBy: 'P4', claimedAt: new Date('2026-10-05T11:00:00Z') }),
      ],
      people,
      now,
      CALENDAR,
    );
    expect(REQUEST_COLUMNS).not.toContain('description');
    const row = (id: string) => Object.fromEntries(REQUEST_COLUMNS.map((c, i) => [c, rows.find((r) => r[0] === id)![i]]));
    expect(rows.map((r) => r[0])).toEqual(['R3', 'R1', 'R2']);
    expect(row('R3')).toMatchObject({ created_date: '2026-10-01', mentee_name: 'Ada Mentee', mentor_names: 'Priya Third; Omar Fourth', status: 'closed', hours_to_first_response: 5.5, answered_on_time: true, ended_as: 'closed', helped: true });
    expect(row('R1')).toMatchObject({ status: 'open', responded_at: undefined, answered_on_time: false });
    expect(row('R2')).toMatchObject({ status: 'claimed', claimed_by: 'P4', answered_on_time: undefined });
    expect(JSON.stringify(rows)).not.toContain('renal block');
  });

  it('writes one row per month and mentee: the monthly communication and the semester’s meeting by the month’s end', () => {
    const memberships: Membership[] = [
      ...state.memberships.filter((m) => m.role === 'mentee'),
      // Eve left Blue-Okafor on 15 September: she counts in September, not in October.
      { groupId: 'G1', personId: 'M5', role: 'mentee', from: new Date('2026-08-01T05:00:00Z'), to: new Date('2026-09-15T05:00:00Z') },
    ];
    const people = new Map([...state.people, ['M5', { ...state.people.get('M2')!, id: 'M5', name: 'Eve Mentee' }]]);
    const months = ['2026-09', '2026-10'];
    expect(complianceContactRange(months, CALENDAR)).toEqual({ from: '2026-08-01', to: '2026-10-31' });
    const rows = complianceRows({ months, calendar: CALENDAR, people, groups: state.groups, memberships, contacts: state.contacts });
    const byKey = new Map(rows.map((r) => [`${r[0]} ${r[4]}`, Object.fromEntries(COMPLIANCE_COLUMNS.map((c, i) => [c, r[i]]))]));
    expect([...byKey.keys()]).toEqual([
      '2026-09 Ada Mentee',
      '2026-09 Ben Mentee',
      '2026-09 Cy Mentee',
      '2026-09 Dee Mentee',
      '2026-09 Eve Mentee',
      '2026-09 Old Mentee',
      '2026-10 Ada Mentee',
      '2026-10 Ben Mentee',
      '2026-10 Cy Mentee',
      '2026-10 Dee Mentee',
      '2026-10 Old Mentee',
    ]);
    expect(byKey.get('2026-09 Ada Mentee')).toMatchObject({ program_running: true, semester: 'Fall 2026', groups: 'Blue-Okafor; MD-PhD', communicated: true, communications: 1, last_communication: '2026-09-20', met_in_semester: true, meetings_in_semester: 1, last_meeting: '2026-09-20' });
    expect(byKey.get('2026-10 Ada Mentee')).toMatchObject({ communicated: true, communications: 2, last_communication: '2026-10-03', met_in_semester: true });
    expect(byKey.get('2026-10 Ben Mentee')).toMatchObject({ communicated: false, communications: 0, last_communication: undefined, met_in_semester: true, last_meeting: '2026-08-20' });
    // Cy's only contact was undone.
    expect(byKey.get('2026-10 Cy Mentee')).toMatchObject({ communicated: false, met_in_semester: false });
  });
});

describe('switch rows', () => {
  const request = (overrides: Partial<SwitchRequest>): SwitchRequest => ({
    id: 'S1',
    menteeId: 'U0MENTEE01',
    requestedBy: 'U0MENTEE01',
    requesterRole: 'mentee',
    subject: 'group',
    fromGroupId: 'G1',
    reason: 'personal',
    details: 'PRIVATE-DETAILS-MARKER',
    preferredGroupId: undefined,
    status: 'open',
    decidedBy: undefined,
    decidedAt: undefined,
    targetGroupId: undefined,
    adminMessage: 'ADMIN-MESSAGE-MARKER',
    adminMessages: [],
    createdAt: new Date('2026-10-02T15:00:00Z'),
    sourceKey: 'view:V1',
    ...overrides,
  });

  it('lists requests oldest first with group names and the decision, never the details or the admin’s message', () => {
    const rows = switchRows(
      [
        request({ id: 'S2', createdAt: new Date('2026-10-03T15:00:00Z'), status: 'approved', decidedBy: 'U0ADMIN001', decidedAt: new Date('2026-10-04T15:00:00Z'), targetGroupId: 'G2' }),
        request({}),
      ],
      new Map([['G1', 'Blue-Okafor'], ['G2', 'Green-Lee']]),
      new Map([['U0MENTEE01', { id: 'U0MENTEE01', name: 'Ada Lovelace', email: undefined, roles: ['mentee'], year: 1, mdphd: false, timezone: undefined, active: true }]]),
    );
    const csv = formatCsv(SWITCH_COLUMNS, rows);
    expect(parseCsv(csv).records.map((r) => r.cells)).toEqual([
      [...SWITCH_COLUMNS],
      ['S1', '2026-10-02T15:00:00.000Z', 'U0MENTEE01', 'Ada Lovelace', 'U0MENTEE01', 'mentee', 'Blue-Okafor', 'personal', '', 'open', '', '', ''],
      ['S2', '2026-10-03T15:00:00.000Z', 'U0MENTEE01', 'Ada Lovelace', 'U0MENTEE01', 'mentee', 'Blue-Okafor', 'personal', '', 'approved', 'U0ADMIN001', '2026-10-04T15:00:00.000Z', 'Green-Lee'],
    ]);
    expect(csv).not.toMatch(/MARKER/);
  });
});
