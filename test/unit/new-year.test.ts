import { describe, expect, it } from 'vitest';
import { CLINICAL_TRACK } from '../../src/features/clinical/domain/clinical-track.js';
import { parseExportArgs } from '../../src/features/exports/domain/parse-export-args.js';
import { describeExportProblem } from '../../src/features/exports/slack/export-views.js';
import { membershipRows } from '../../src/features/new-year/domain/membership-rows.js';
import { buildNewYearPlan, type NewYearInput } from '../../src/features/new-year/domain/new-year-plan.js';
import { summarize } from '../../src/features/new-year/domain/new-year-summary.js';
import { serviceRecords } from '../../src/features/new-year/domain/service-record.js';
import { buildPreviewMessage, buildThanksMessage, previewParagraphs } from '../../src/features/new-year/slack/new-year-views.js';
import { academicYearOf, parseAcademicYear, yearOpenedOn } from '../../src/program/academic-year.js';
import type { Group, Membership, Person } from '../../src/program/roster.js';
import { COHORT_TRACK } from '../../src/program/tracks.js';
import { aContact, aRequest } from '../support/program-fixture.js';

const SINCE = new Date('2025-08-01T05:00:00Z');
const person = (id: string, over: Partial<Person> = {}): Person => ({ id, name: id, email: undefined, roles: ['mentee'], year: 1, mdphd: false, timezone: undefined, active: true, ...over });
const mentor = (id: string, year: number, over: Partial<Person> = {}) => person(id, { roles: ['peer_mentor'], year, ...over });
const group = (id: string, name: string, over: Partial<Group> = {}): Group => ({ id, name, kind: 'cohort', channelId: undefined, introducedAt: undefined, active: true, ...over });
const member = (groupId: string, personId: string, role: Membership['role'], over: Partial<Membership> = {}): Membership => ({ groupId, personId, role, from: SINCE, to: undefined, ...over });

/** Blue: Pair P3 (MS3) + P4 (MS4), mentees M1 (MS1) and M2 (MS2). Green: P4b (MS4) alone, mentee M2b (MS2, MD/PhD). MD-PhD: L4 (MS4) mentors M2b. */
function aProgram(): NewYearInput {
  return {
    people: [
      person('F1', { roles: ['faculty'], year: undefined }),
      mentor('P3', 3, { name: 'Priya' }),
      mentor('P4', 4, { name: 'Omar' }),
      person('M1', { name: 'Ada' }),
      person('M2', { name: 'Ben', year: 2 }),
      mentor('P4b', 4, { name: 'Pat', roles: ['peer_mentor', 'admin'] }),
      person('M2b', { name: 'Dee', year: 2, mdphd: true }),
      mentor('L4', 4, { name: 'Lena', mdphd: true }),
    ],
    groups: [group('G1', 'Blue-Okafor'), group('G2', 'Green-Adeyemi'), group('G3', 'MD-PhD', { kind: 'mdphd' })],
    memberships: [
      member('G1', 'F1', 'faculty'),
      member('G1', 'P3', 'peer_mentor'),
      member('G1', 'P4', 'peer_mentor'),
      member('G1', 'M1', 'mentee'),
      member('G1', 'M2', 'mentee'),
      member('G2', 'P4b', 'peer_mentor'),
      member('G2', 'M2b', 'mentee'),
      member('G3', 'L4', 'peer_mentor'),
      member('G3', 'M2b', 'mentee'),
    ],
    tracks: [COHORT_TRACK, CLINICAL_TRACK],
    today: '2027-06-10',
  };
}

describe('the academic year (July to June)', () => {
  it.each([
    ['2026-07-01', '2026-27'],
    ['2026-12-31', '2026-27'],
    ['2027-01-01', '2026-27'],
    ['2027-06-30', '2026-27'],
    ['2027-07-01', '2027-28'],
    ['1999-08-15', '1999-00'],
  ])('%s is in %s', (date, label) => {
    expect(academicYearOf(date).label).toBe(label);
  });

  it('holds both default semesters and spans July to June', () => {
    expect(parseAcademicYear('2026-27')).toEqual({ label: '2026-27', startYear: 2026, firstMonth: '2026-07', lastMonth: '2027-06', firstDay: '2026-07-01', lastDay: '2027-06-30' });
  });

  it.each(['2026-28', '2026-07', '2026', '26-27', 'next', ''])('refuses “%s” as a year', (text) => {
    expect(parseAcademicYear(text)).toBeUndefined();
  });

  it.each([
    ['2027-05-20', '2027-28'],
    ['2027-06-30', '2027-28'],
    ['2027-07-01', '2027-28'],
    ['2027-08-20', '2027-28'],
    ['2027-12-31', '2027-28'],
    ['2028-01-01', '2028-29'],
  ])('a turn run on %s opens %s (June and August find the same year)', (date, label) => {
    expect(yearOpenedOn(date).label).toBe(label);
  });
});

describe('the turn of the year', () => {
  it('graduates the fourth-year peer mentors in groups, and ends all their peer-mentor memberships', () => {
    const plan = buildNewYearPlan(aProgram());
    expect(plan.opens.label).toBe('2027-28');
    expect(plan.closes.label).toBe('2026-27');
    expect(plan.graduates.map((g) => g.name)).toEqual(['Lena', 'Omar', 'Pat']);
    expect(plan.endings.filter((e) => e.role === 'peer_mentor')).toEqual([
      { groupId: 'G1', personId: 'P4', role: 'peer_mentor' },
      { groupId: 'G2', personId: 'P4b', role: 'peer_mentor' },
      { groupId: 'G3', personId: 'L4', role: 'peer_mentor' },
    ]);
  });

  it('lets second-year mentees leave their cohort; an MD/PhD student keeps the MD/PhD group and stays active', () => {
    const plan = buildNewYearPlan(aProgram());
    expect(plan.leavers.map((l) => l.name)).toEqual(['Ben', 'Dee']);
    expect(plan.endings.filter((e) => e.role === 'mentee')).toEqual([
      { groupId: 'G1', personId: 'M2', role: 'mentee' },
      { groupId: 'G2', personId: 'M2b', role: 'mentee' },
    ]);
    // Ben and Omar, Lena leave the program; Pat is also an admin; Dee keeps the MD/PhD group.
    expect([...plan.deactivate].sort()).toEqual(['L4', 'M2', 'P4']);
  });

  it('moves MS3 to MS4 and MS1 to MS2, nobody else (faculty, fourth-years, second-years, inactive people)', () => {
    const input = aProgram();
    const plan = buildNewYearPlan({ ...input, people: [...input.people, person('M9', { year: 1, active: false }), person('P9', { roles: ['peer_mentor'], year: 3, active: false })] });
    expect(plan.moves).toEqual([
      { personId: 'P3', name: 'Priya', from: 3, to: 4 },
      { personId: 'M1', name: 'Ada', from: 1, to: 2 },
    ]);
  });

  it('moves the year of an MS3 clinical mentee (its track counts years 3–4), not of a role whose track does not count years', () => {
    const clinicalMentee = person('C3', { roles: ['mentee'], tracks: [{ track: 'clinical', role: 'mentee' }], year: 3 });
    const premedMentor = person('X1', { roles: ['peer_mentor'], tracks: [{ track: 'premed', role: 'peer_mentor' }], year: 1 });
    const plan = buildNewYearPlan({ ...aProgram(), people: [clinicalMentee, premedMentor], memberships: [] });
    expect(plan.moves.map((m) => m.personId)).toEqual(['C3']);
  });

  it('leaves alone a fourth-year with no open membership (graduated last year) and memberships already closed', () => {
    const input = aProgram();
    const plan = buildNewYearPlan({ ...input, memberships: input.memberships.map((m) => (m.personId === 'P4' || m.personId === 'M2' ? { ...m, to: new Date('2027-05-31T00:00:00Z') } : m)) });
    expect(plan.graduates.map((g) => g.personId)).not.toContain('P4');
    expect(plan.leavers.map((g) => g.personId)).not.toContain('M2');
  });

  it('lists the cohorts left without one of each of the Pair’s years, after the moves (not the MD/PhD group)', () => {
    const plan = buildNewYearPlan(aProgram());
    expect(plan.incomplete).toEqual([
      { groupId: 'G1', groupName: 'Blue-Okafor', missingYears: [3] },
      { groupId: 'G2', groupName: 'Green-Adeyemi', missingYears: [3, 4] },
    ]);
  });

  it('shows exact counts and names in the preview, the first 20 of a list, escaped', () => {
    const input = aProgram();
    const many = Array.from({ length: 22 }, (_, i) => person(`N${String(i).padStart(2, '0')}`, { name: `Mentee <${String(i).padStart(2, '0')}>`, year: 1 }));
    const summary = summarize(buildNewYearPlan({ ...input, people: [...input.people, ...many] }));
    const paragraphs = previewParagraphs(summary);
    expect(paragraphs[0]).toContain('*Graduating MS4 peer mentors: 3*');
    expect(paragraphs[0]).toContain('Lena, Omar, Pat');
    expect(paragraphs[1]).toContain('*Leaving MS2 mentees: 2*');
    expect(paragraphs[2]).toBe('Memberships ended: 5 (kept as history). People leaving the program: 3.');
    expect(paragraphs[3]).toBe('*MS3 → MS4: 1*\nPriya');
    expect(paragraphs[4]).toContain('*MS1 → MS2: 23*');
    expect(paragraphs[4]).toContain('Mentee &lt;00&gt;');
    expect(paragraphs[4]).toContain('…and 3 more');
    expect(paragraphs[5]).toBe('*Groups left with an incomplete Pair: 2*\n• Blue-Okafor: needs a third-year peer mentor\n• Green-Adeyemi: needs a third-year and a fourth-year peer mentor');
    const message = JSON.stringify(buildPreviewMessage(summary, false));
    expect(message).toContain('new_year_apply');
    expect(message).toContain('new_year_back');
  });
});

describe('a graduate’s service record', () => {
  const start = new Date('2026-07-01T05:00:00Z');
  const end = new Date('2027-06-10T12:00:00Z');
  it('counts mentees shared in time, communications, meetings, requests answered and on time, minutes; no one else’s', () => {
    const memberships = [
      member('G1', 'P4', 'peer_mentor', { from: new Date('2025-08-01T00:00:00Z') }),
      member('G1', 'M1', 'mentee'),
      member('G1', 'M2', 'mentee', { to: new Date('2026-06-01T00:00:00Z') }), // left before the year
      member('G1', 'M3', 'mentee', { from: new Date('2026-09-01T00:00:00Z') }),
      member('G2', 'M4', 'mentee'), // another group
    ];
    const contacts = [
      aContact({ mentorId: 'P4', kind: 'in_person', minutes: 30 }),
      aContact({ mentorId: 'P4', kind: 'video', minutes: 20 }),
      aContact({ mentorId: 'P4', kind: 'slack', minutes: 5 }),
      aContact({ mentorId: 'P3', kind: 'call', minutes: 60 }),
    ];
    const requests = [
      aRequest({ id: 'r1', respondedBy: 'P4', respondedAt: new Date('2026-10-31T10:00:00Z'), deadline: new Date('2026-10-31T15:00:00Z') }),
      aRequest({ id: 'r2', respondedBy: 'P4', respondedAt: new Date('2026-11-02T10:00:00Z'), deadline: new Date('2026-11-01T15:00:00Z') }),
      aRequest({ id: 'r3', respondedBy: 'P3', respondedAt: new Date('2026-10-31T10:00:00Z') }),
      aRequest({ id: 'r4' }),
    ];
    const record = serviceRecords(['P4'], { memberships, contacts, requests, start, end }).get('P4');
    expect(record).toEqual({ mentees: 2, communications: 3, meetings: 2, requestsAnswered: 2, requestsOnTime: 1, minutes: 55 });
    const dm = JSON.stringify(buildThanksMessage({ personId: 'P4', name: 'Omar <O>', ...record! }, '2026-27'));
    expect(dm).toContain('Omar &lt;O&gt;');
    expect(dm).toContain('• 2 mentees');
    expect(dm).toContain('• 3 communications, 2 meetings among them');
    expect(dm).toContain('• 2 requests for help answered, 1 on time');
    expect(dm).toContain('• 55 minutes given');
  });
});

describe('exports by academic year', () => {
  const kinds = ['contacts', 'memberships'];
  it('read --year 2025-26 as July 2025 to June 2026', () => {
    expect(parseExportArgs(['memberships', '--year', '2025-26'], kinds)).toEqual({ ok: true, request: { kind: 'memberships', from: '2025-07', to: '2026-06' } });
    expect(parseExportArgs(['contacts', '--year=2026-27'], kinds)).toEqual({ ok: true, request: { kind: 'contacts', from: '2026-07', to: '2027-06' } });
  });

  it('refuse a year that is not one, or one given with months, kindly', () => {
    const bad = parseExportArgs(['contacts', '--year', '2026-28'], kinds);
    expect(bad).toEqual({ ok: false, problem: { code: 'bad_year', value: '2026-28' } });
    expect(describeExportProblem((bad as { problem: Parameters<typeof describeExportProblem>[0] }).problem, kinds)).toBe(
      '“2026-28” is not an academic year: `--year` takes its two years, e.g. `--year 2026-27` (July 2026 to June 2027).',
    );
    expect(parseExportArgs(['contacts', '--year'], kinds)).toEqual({ ok: false, problem: { code: 'bad_year', value: '' } });
    const both = parseExportArgs(['contacts', '--year', '2026-27', '--from', '2026-09'], kinds);
    expect(both).toEqual({ ok: false, problem: { code: 'year_with_months' } });
  });

  it('list memberships as they were, closed ones with their end, by group, role and name', () => {
    const people = new Map([person('P4', { name: 'Omar' }), person('M1', { name: 'Ada' }), person('F1', { name: 'Okafor' })].map((p) => [p.id, p]));
    const rows = membershipRows(
      [member('G1', 'M1', 'mentee'), member('G1', 'P4', 'peer_mentor', { to: new Date('2027-06-10T17:00:00Z') }), member('G1', 'F1', 'faculty'), member('G9', 'M1', 'mentee')],
      [group('G1', 'Blue-Okafor')],
      people,
      'America/Chicago',
    );
    expect(rows).toEqual([
      ['Blue-Okafor', 'cohort', 'F1', 'Okafor', 'faculty', '2025-08-01', ''],
      ['Blue-Okafor', 'cohort', 'P4', 'Omar', 'peer_mentor', '2025-08-01', '2027-06-10'],
      ['Blue-Okafor', 'cohort', 'M1', 'Ada', 'mentee', '2025-08-01', ''],
    ]);
  });
});
