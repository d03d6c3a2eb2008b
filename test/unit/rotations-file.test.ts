import { describe, expect, it } from 'vitest';
import { emailsToLookUp, planRotationsImport } from '../../src/features/clinical/domain/plan-rotations-import.js';
import { subjectNamed, type Rotation } from '../../src/features/clinical/domain/rotation.js';
import { readRotationsFile } from '../../src/features/clinical/read-rotations-file.js';
import type { Person } from '../../src/program/roster.js';

const HEADER = 'slack_id,email,kind,subject,site,preceptor,start,end';

const person = (id: string, track: string, role: 'mentee' | 'peer_mentor', extra: Partial<Person> = {}): Person => ({
  id,
  name: id,
  email: `${id.toLowerCase()}@med.example`,
  roles: [role],
  tracks: [{ track, role }],
  year: 4,
  mdphd: false,
  timezone: undefined,
  active: true,
  ...extra,
});
const MENTOR = person('U0CLP00001', 'clinical', 'peer_mentor', { name: 'Carl' });
const MENTEE = person('U0CLM00001', 'clinical', 'mentee', { name: 'Cleo', year: 3 });
const COHORT_MENTOR = person('U0PM400001', 'cohort', 'peer_mentor', { name: 'Omar', tracks: undefined });
const PEOPLE = [MENTOR, MENTEE, COHORT_MENTOR];

const read = (...lines: string[]) => readRotationsFile([HEADER, ...lines].join('\n'));
const planOf = (lines: readonly string[], rotations: readonly Rotation[] = [], people: readonly Person[] = PEOPLE) => {
  const file = readRotationsFile([HEADER, ...lines].join('\n'));
  expect(file.errors).toEqual([]);
  return planRotationsImport({ rows: file.rows, people, rotations });
};

describe('reading a rotations file', () => {
  it('reads every column, the header in any order and case, the subject without regard to case', () => {
    const file = readRotationsFile(
      ['End,Start,Preceptor,Site,SUBJECT,Kind,E-mail,Slack ID'.replace('E-mail', 'email'), '2027-02-26,2027-01-04,Dr. Reyes,  St. Luke’s   Hospital ,Internal Medicine,Upcoming,,u0clm00001', '2026-06-30,2026-05-04,,,OBSTETRICS & gynecology,completed,carl@med.example,'].join('\r\n'),
    );
    expect(file.errors).toEqual([]);
    expect(file.rows).toEqual([
      { line: 2, slackId: 'U0CLM00001', email: undefined, kind: 'upcoming', subject: 'internal medicine', site: 'St. Luke’s Hospital', preceptor: 'Dr. Reyes', start: '2027-01-04', end: '2027-02-26' },
      { line: 3, slackId: undefined, email: 'carl@med.example', kind: 'completed', subject: 'obstetrics and gynecology', site: undefined, preceptor: undefined, start: '2026-05-04', end: '2026-06-30' },
    ]);
  });

  it.each(['internal medicine', 'SURGERY', 'Pediatrics', 'obstetrics and gynecology', 'psychiatry', 'Family Medicine', 'neurology', 'emergency  medicine', 'Other'])('knows the subject %s', (subject) => {
    expect(subjectNamed(subject)).toBeDefined();
  });

  it.each([
    ['an unknown kind', 'U0CLM00001,,next,surgery,,,2027-01-04,2027-02-01', 'kind', /expected completed .* or upcoming/],
    ['an unknown subject', 'U0CLM00001,,upcoming,dermatology,,,2027-01-04,2027-02-01', 'subject', /expected one of internal medicine, surgery, pediatrics, obstetrics and gynecology, psychiatry, family medicine, neurology, emergency medicine, other/],
    ['no subject', 'U0CLM00001,,upcoming,,,,2027-01-04,2027-02-01', 'subject', /subject is required/],
    ['a start that is not a date', 'U0CLM00001,,upcoming,surgery,,,04/01/2027,2027-02-01', 'start', /first day as YYYY-MM-DD/],
    ['a date that does not exist', 'U0CLM00001,,upcoming,surgery,,,2027-01-04,2027-02-30', 'end', /last day as YYYY-MM-DD/],
    ['no end', 'U0CLM00001,,upcoming,surgery,,,2027-01-04,', 'end', /last day is required/],
    ['an end before the start', 'U0CLM00001,,upcoming,surgery,,,2027-02-04,2027-01-31', 'end', /ends \(2027-01-31\) before it starts \(2027-02-04\)/],
    ['neither a Slack id nor an e-mail', ',,upcoming,surgery,,,2027-01-04,2027-02-01', 'slack_id', /Slack id \(slack_id\) or e-mail address/],
    ['a bad e-mail address', ',nobody,upcoming,surgery,,,2027-01-04,2027-02-01', 'email', /e-mail address/],
  ])('refuses %s with its line, column and reason', (_what, line, column, reason) => {
    const file = read('U0CLM00001,,upcoming,surgery,,,2026-11-02,2026-12-18', line);
    expect(file.errors).toEqual([{ line: 3, column, reason: expect.stringMatching(reason) }]);
    expect(file.rows.map((r) => r.line)).toEqual([2]);
  });

  it.each([
    ['an empty file', '', /the file is empty/],
    ['a header without kind, subject, start or end', 'slack_id,site\n', /the header has no kind, no subject, no start, no end column/],
    ['a header without slack_id or email', 'kind,subject,start,end\nupcoming,surgery,2027-01-04,2027-02-01', /no slack_id or email column/],
    ['a header and no rotations', `${HEADER}\n`, /a header but no rotations/],
  ])('refuses %s on line 1', (_what, text, reason) => {
    const file = readRotationsFile(text);
    expect(file.errors).toEqual([{ line: 1, column: undefined, reason: expect.stringMatching(reason) }]);
  });

  it('reports every bad cell of every bad row in file order, and lists columns it ignores', () => {
    const file = readRotationsFile([`${HEADER},notes`, 'U0CLM00001,,soon,dentistry,,,2027-13-01,2027-02-01,x', ',,upcoming,surgery,,,2027-01-04,2027-02-01,'].join('\n'));
    expect(file.errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'kind'],
      [2, 'subject'],
      [2, 'start'],
      [3, 'slack_id'],
    ]);
    expect(file.ignoredColumns).toEqual(['notes']);
  });
});

describe('planning a rotations import', () => {
  const MENTOR_ROW = 'U0CLP00001,,completed,surgery,General Hospital,Dr. Cole,2026-03-02,2026-04-24';
  const MENTEE_ROW = ',u0clm00001@med.example,upcoming,surgery,General Hospital,Dr. Cole,2027-01-04,2027-02-26';

  it('finds people on the roster by Slack id or e-mail, and creates their rotations', () => {
    const plan = planOf([MENTOR_ROW, MENTEE_ROW]);
    expect(plan.errors).toEqual([]);
    expect(plan.people).toBe(2);
    expect(plan.create).toEqual([
      { personId: MENTOR.id, kind: 'completed', subject: 'surgery', site: 'General Hospital', preceptor: 'Dr. Cole', start: '2026-03-02', end: '2026-04-24' },
      { personId: MENTEE.id, kind: 'upcoming', subject: 'surgery', site: 'General Hospital', preceptor: 'Dr. Cole', start: '2027-01-04', end: '2027-02-26' },
    ]);
  });

  it.each([
    ['someone not on the roster', 'U0NOBODY01,,upcoming,surgery,,,2027-01-04,2027-02-26', 'slack_id', /no one on the roster is U0NOBODY01: import them in the roster first, with track clinical/],
    ['an e-mail the roster does not know', ',who@med.example,upcoming,surgery,,,2027-01-04,2027-02-26', 'email', /no one on the roster is who@med.example/],
    ['a mentee listing a completed rotation', 'U0CLM00001,,completed,surgery,,,2026-01-04,2026-02-26', 'kind', /clinical peer mentors list the rotations they completed, and Cleo is not a clinical peer mentor/],
    ['a mentor listing an upcoming rotation', 'U0CLP00001,,upcoming,surgery,,,2027-01-04,2027-02-26', 'kind', /clinical mentees list their upcoming rotations, and Carl is not a clinical mentee/],
    ['a cohort peer mentor who is not a clinical one', 'U0PM400001,,completed,surgery,,,2026-01-04,2026-02-26', 'kind', /Omar is not a clinical peer mentor/],
  ])('refuses %s, naming the line and the column', (_what, line, column, reason) => {
    const plan = planOf([MENTOR_ROW, line]);
    expect(plan.errors).toEqual([{ line: 3, column, reason: expect.stringMatching(reason) }]);
  });

  it('finds someone by an e-mail address the roster does not hold through Slack’s answer, and asks only about those', () => {
    const file = readRotationsFile([HEADER, ',cleo.new@med.example,upcoming,surgery,,,2027-01-04,2027-02-26', ',u0clp00001@med.example,completed,surgery,,,2026-01-05,2026-02-06'].join('\n'));
    expect(emailsToLookUp(file.rows, PEOPLE)).toEqual(['cleo.new@med.example']);
    const plan = planRotationsImport({ rows: file.rows, people: PEOPLE, rotations: [], idsByEmail: new Map([['cleo.new@med.example', MENTEE.id]]) });
    expect(plan.errors).toEqual([]);
    expect(plan.create.map((r) => r.personId)).toEqual([MENTEE.id, MENTOR.id]);
  });

  it('refuses an inactive person', () => {
    const plan = planOf([MENTEE_ROW], [], [MENTOR, { ...MENTEE, active: false }]);
    expect(plan.errors).toEqual([{ line: 2, column: 'email', reason: expect.stringMatching(/no one active on the roster/) }]);
  });

  it('refuses the same rotation twice and a person’s overlapping rotations, pointing at the earlier line', () => {
    const plan = planOf([
      MENTEE_ROW,
      'U0CLM00001,,upcoming,Surgery,Elsewhere,,2027-01-04,2027-02-20',
      'U0CLM00001,,upcoming,pediatrics,,,2027-02-15,2027-03-26',
      'U0CLM00001,,upcoming,psychiatry,,,2027-02-27,2027-03-12',
    ]);
    expect(plan.errors).toEqual([
      { line: 3, column: 'start', reason: 'line 2 already lists Cleo’s surgery rotation starting 2027-01-04' },
      { line: 4, column: 'start', reason: 'it overlaps Cleo’s surgery rotation on line 2 (2027-01-04 to 2027-02-26)' },
    ]);
  });

  it('changes nothing the second time; a changed file updates, adds and removes the rotations of the people it names only', () => {
    const first = planOf([MENTOR_ROW, MENTEE_ROW]);
    const stored: Rotation[] = first.create.map((r, i) => ({ ...r, id: `R${i}` }));
    const other: Rotation = { id: 'R9', personId: 'U0CLMOTHER', kind: 'upcoming', subject: 'neurology', site: undefined, preceptor: undefined, start: '2027-03-01', end: '2027-03-26' };
    const again = planOf([MENTOR_ROW, MENTEE_ROW], [...stored, other]);
    expect(again).toMatchObject({ errors: [], create: [], update: [], remove: [], unchanged: 2 });

    const changed = planOf([MENTOR_ROW.replace('Dr. Cole', 'Dr. Bell'), 'U0CLM00001,,upcoming,neurology,,,2027-03-01,2027-03-26'], [...stored, other]);
    expect(changed.errors).toEqual([]);
    expect(changed.update).toEqual([expect.objectContaining({ personId: MENTOR.id, preceptor: 'Dr. Bell' })]);
    expect(changed.create).toEqual([expect.objectContaining({ personId: MENTEE.id, subject: 'neurology' })]);
    expect(changed.remove.map((r) => r.id)).toEqual(['R1']);
  });
});
