import { describe, expect, it } from 'vitest';
import { premedExportKinds } from '../../src/features/premed/domain/export-kinds.js';
import { HOURS_COLUMNS, hoursRows, type HoursRowPair } from '../../src/features/premed/domain/hours-rows.js';
import { PARENTS_COLUMNS, parentsRows } from '../../src/features/premed/domain/parents-rows.js';
import { PREMED_REQUEST_TOPICS } from '../../src/features/premed/domain/request-topics.js';
import { premedExportLabels, premedTopicLabels } from '../../src/features/premed/slack/rules-copy.js';
import { formatCsv } from '../../src/program/csv.js';

const calendar = { activeMonths: [10, 11, 12, 1, 2, 3, 4, 5] };
const JO: HoursRowPair = { mentorId: 'ANA', menteeId: 'JO', minor: true, mentorName: 'Dr. Ana Lee', menteeName: 'Jo Rivera', from: '2026-09-15', to: undefined };
const KIM: HoursRowPair = { mentorId: 'BEN', menteeId: 'KIM', minor: false, mentorName: 'Ben Cho', menteeName: 'Kim Park', from: '2026-11-10', to: undefined };
const LU: HoursRowPair = { mentorId: 'ANA', menteeId: 'LU', minor: true, mentorName: 'Dr. Ana Lee', menteeName: 'Lu Chen', from: '2026-09-01', to: '2026-10-31' };

describe('the hours export', () => {
  it('has one row per pair and active month: month, mentor, mentee, minor, minutes, met_minimum', () => {
    expect(HOURS_COLUMNS).toEqual(['month', 'mentor', 'mentee', 'minor', 'minutes', 'met_minimum']);
    const contacts = [
      { mentorId: 'ANA', menteeIds: ['JO'], date: '2026-10-03', minutes: 90 },
      { mentorId: 'ANA', menteeIds: ['JO', 'LU'], date: '2026-10-20', minutes: 30 },
      { mentorId: 'ANA', menteeIds: ['JO'], date: '2026-11-03', minutes: 60, undoneAt: new Date('2026-11-04T00:00:00Z') },
      { mentorId: 'BEN', menteeIds: ['KIM'], date: '2026-11-12', minutes: 150 },
    ];
    expect(hoursRows([KIM, LU, JO], { from: '2026-09', to: '2026-11' }, contacts, calendar)).toEqual([
      ['2026-10', 'Dr. Ana Lee', 'Jo Rivera', true, 120, true],
      ['2026-10', 'Dr. Ana Lee', 'Lu Chen', true, 30, false],
      ['2026-11', 'Ben Cho', 'Kim Park', false, 150, true],
      ['2026-11', 'Dr. Ana Lee', 'Jo Rivera', true, 0, false],
    ]);
  });

  it('leaves out the months the track does not run in', () => {
    expect(hoursRows([JO], { from: '2026-06', to: '2026-09' }, [], calendar)).toEqual([]);
  });

  it('writes yes and no in the CSV', () => {
    const csv = formatCsv(HOURS_COLUMNS, hoursRows([JO], { from: '2026-10', to: '2026-10' }, [], calendar));
    expect(csv).toContain('2026-10,Dr. Ana Lee,Jo Rivera,yes,0,no');
  });
});

describe('the parents export', () => {
  it('lists each minor with the parent’s contact and the mentor’s name and e-mail, and never an adult', () => {
    expect(PARENTS_COLUMNS).toEqual(['mentee', 'parent_name', 'parent_email', 'parent_phone', 'mentor', 'mentor_email']);
    const rows = parentsRows([
      { menteeId: 'LU', menteeName: 'Lu Chen', minor: true, parent: { name: 'May Chen', email: undefined, phone: '555-0102' }, mentor: undefined },
      { menteeId: 'KIM', menteeName: 'Kim Park', minor: false, parent: undefined, mentor: { name: 'Ben Cho', email: 'ben@example.edu' } },
      { menteeId: 'JO', menteeName: 'Jo Rivera', minor: true, parent: { name: 'Rosa Rivera', email: 'rosa@example.com', phone: undefined }, mentor: { name: 'Dr. Ana Lee', email: 'ana@example.edu' } },
    ]);
    expect(rows).toEqual([
      ['Jo Rivera', 'Rosa Rivera', 'rosa@example.com', undefined, 'Dr. Ana Lee', 'ana@example.edu'],
      ['Lu Chen', 'May Chen', undefined, '555-0102', undefined, undefined],
    ]);
  });
});

describe('the pre-med track’s declarations', () => {
  it('declares the hours and parents exports, after the other kinds', () => {
    const kinds = premedExportKinds(premedExportLabels);
    expect(kinds.hours).toMatchObject({ kind: 'hours', header: HOURS_COLUMNS, label: premedExportLabels.hours });
    expect(kinds.parents).toMatchObject({ kind: 'parents', header: PARENTS_COLUMNS, label: premedExportLabels.parents });
    expect(kinds.hours.order).toBeGreaterThan(50);
  });

  it('offers the track’s request topics in order, each with its label', () => {
    expect(PREMED_REQUEST_TOPICS.map((t) => premedTopicLabels[t])).toEqual(['MCAT', 'Personal statement', 'Mock interview', 'Shadowing', 'Applications', 'Coursework', 'Something else']);
  });
});
