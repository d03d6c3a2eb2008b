import { describe, expect, it } from 'vitest';
import { isMinorOn } from '../../src/features/premed/domain/premed-age.js';
import { pendingAgreements, planPremedPairs, waitingOn } from '../../src/features/premed/domain/premed-pairs.js';
import { readPremedRoster } from '../../src/features/premed/domain/premed-rows.js';
import { PREMED_TRACK } from '../../src/features/premed/domain/premed-track.js';
import { planRosterImport } from '../../src/features/roster/domain/plan-roster-import.js';
import { readRosterFile } from '../../src/features/roster/read-roster-file.js';
import { COHORT_TRACK } from '../../src/program/tracks.js';

const TRACKS = [COHORT_TRACK, PREMED_TRACK];
const HEADER = 'slack_id,name,role,group,track,level,birth_date,parent_name,parent_email,parent_phone,parent_consent,mentor_type';
const TODAY = '2026-10-05';
const MENTOR = 'U0DOC00001,Dr Rivera,peer_mentor,Pair-1,premed,,,,,,,physician';
/** A mentee born on `birth`, with the parent cells given. */
const mentee = (birth: string, parent = ',,,') => `U0JOE00001,Jo Park,mentee,Pair-1,premed,high_school,${birth},${parent}`;
const read = (lines: readonly string[], today = TODAY) => readRosterFile([HEADER, ...lines].join('\n'), TRACKS, today);
const errorsOf = (lines: readonly string[], today = TODAY) => read(lines, today).errors.map((e) => [e.line, e.column, e.reason]);

describe('who is a minor on the import date', () => {
  it.each([
    ['2008-10-06', '2026-10-05', true], // turns 18 tomorrow
    ['2008-10-05', '2026-10-05', false], // turns 18 today
    ['2008-10-04', '2026-10-05', false],
    ['2008-02-29', '2026-02-27', true],
    ['2008-02-29', '2026-02-28', false], // no 29 February in 2026: 18 on the 28th
  ])('born %s, on %s: minor %s', (birth, today, minor) => {
    expect(isMinorOn(birth, today)).toBe(minor);
  });
});

describe('pre-med roster rows', () => {
  it('accepts a pair of a physician and an adult college mentee with no parent contact', () => {
    const file = read([MENTOR, 'U0JOE00001,Jo Park,mentee,Pair-1,premed,college,2006-01-02,,,,,']);
    expect(file.errors).toEqual([]);
    expect(file.rows[1]!.cells).toEqual({ level: 'college', birth_date: '2006-01-02' });
  });

  it('refuses a mentee under 18 on the import date without a parent, naming the line and each column', () => {
    expect(errorsOf([MENTOR, mentee('2008-10-06')])).toEqual([
      [3, 'parent_name', 'the mentee is under 18 today: a parent’s or guardian’s name is required'],
      [3, 'parent_email', 'the mentee is under 18 today: give the parent’s or guardian’s parent_email or parent_phone (or both)'],
      [3, 'parent_consent', 'the mentee is under 18 today: parent_consent must be yes (the parent’s or guardian’s consent, on file)'],
    ]);
  });

  it('does not ask for a parent once the mentee turned 18 on the import date', () => {
    expect(errorsOf([MENTOR, mentee('2008-10-05')])).toEqual([]);
    expect(errorsOf([MENTOR, mentee('2008-10-05')], '2026-10-04').map((e) => e[1])).toEqual(['parent_name', 'parent_email', 'parent_consent']);
  });

  it('accepts a minor with a parent’s phone alone, and refuses consent other than yes', () => {
    expect(errorsOf([MENTOR, mentee('2010-03-01', 'Sam Park,,+1 312 555 0100,yes')])).toEqual([]);
    expect(errorsOf([MENTOR, mentee('2010-03-01', 'Sam Park,sam@example.com,,no')])).toEqual([[3, 'parent_consent', expect.stringContaining('parent_consent must be yes')]]);
  });

  it('checks the level, the birth date, the contact’s shape and the mentor type', () => {
    expect(errorsOf(['U0DOC00001,Dr Rivera,peer_mentor,Pair-1,premed,,,,,,,nurse', 'U0JOE00001,Jo Park,mentee,Pair-1,premed,middle,2010-02-30,,sam@,12,yes'])).toEqual([
      [2, 'mentor_type', 'expected physician or medical_student'],
      [3, 'level', 'expected high_school or college'],
      [3, 'parent_email', 'expected an e-mail address such as sam.lee@example.com'],
      [3, 'parent_phone', 'expected a phone number such as +1 312 555 0100'],
      [3, 'birth_date', 'expected a date written YYYY-MM-DD, such as 2009-04-17'],
    ]);
    expect(errorsOf(['U0DOC00001,Dr Rivera,peer_mentor,Pair-1,premed,,,,,,,', 'U0JOE00001,Jo Park,mentee,Pair-1,premed,,,,,,,'])).toEqual([
      [2, 'mentor_type', expect.stringContaining('is required')],
      [3, 'level', expect.stringContaining('is required')],
      [3, 'birth_date', expect.stringContaining('is required')],
    ]);
  });

  it('refuses a pre-med group that is not one mentor and one mentee, and a mentee in two pairs', () => {
    const second = 'U0DOC00002,Dr Chen,peer_mentor,Pair-1,premed,,,,,,,medical_student';
    expect(errorsOf([MENTOR, second, mentee('2006-01-01')])).toEqual([[2, 'group', expect.stringContaining('Pair-1 has 2 peer mentors and 1 mentee (lines 2, 3, 4)')]]);
    expect(errorsOf([MENTOR])).toEqual([[2, 'group', expect.stringContaining('1 peer mentor and 0 mentees')]]);
    const other = ['U0DOC00002,Dr Chen,peer_mentor,Pair-2,premed,,,,,,,medical_student', 'U0JOE00001,Jo Park,mentee,Pair-2,premed,high_school,2006-01-01,,,,'];
    expect(errorsOf([MENTOR, mentee('2006-01-01'), ...other])).toContainEqual([5, 'group', expect.stringContaining('already in the pre-med pair Pair-1 (line 3)')]);
    expect(errorsOf(['U0DOC00001,Dr Rivera,peer_mentor,,premed,,,,,,,physician'])).toContainEqual([2, 'group', expect.stringContaining('it names the pair')]);
  });

  it('imports a pair as roles in the premed track, with no cohort group or membership, and coordinators as premed admins', () => {
    const file = read([MENTOR, mentee('2010-03-01', 'Sam Park,sam@example.com,,yes'), 'U0COO00001,Casey,admin,,premed,,,,,,,']);
    expect(file.errors).toEqual([]);
    const plan = planRosterImport({ rows: file.rows, people: [], groups: [], memberships: [], accountsByEmail: new Map(), accountsById: new Map(), prune: false, tracks: TRACKS });
    expect(plan.errors).toEqual([]);
    expect(plan.groups.create).toEqual([]);
    expect(plan.memberships.open).toEqual([]);
    expect(plan.people.create.map((p) => [p.id, p.tracks])).toEqual([
      ['U0DOC00001', [{ track: 'premed', role: 'peer_mentor' }]],
      ['U0JOE00001', [{ track: 'premed', role: 'mentee' }]],
      ['U0COO00001', [{ track: 'premed', role: 'admin' }]],
    ]);
    const rows = file.rows.map((r) => ({ line: r.line, role: r.role, group: r.group, who: r.slackId!, cells: r.cells ?? {}, personId: plan.personOfLine.get(r.line)! }));
    const roster = readPremedRoster(rows);
    expect(roster.pairs).toEqual([{ key: 'pair-1', name: 'Pair-1', mentorId: 'U0DOC00001', menteeId: 'U0JOE00001' }]);
    expect(roster.profiles).toContainEqual({ personId: 'U0JOE00001', role: 'mentee', level: 'high_school', birthDate: '2010-03-01', parent: { name: 'Sam Park', email: 'sam@example.com', phone: undefined, consent: true } });
  });
});

describe('pre-med pairs across imports', () => {
  const at = new Date('2026-10-05T12:00:00Z');
  const later = new Date('2026-11-05T12:00:00Z');
  const named = [{ key: 'pair-1', name: 'Pair-1', mentorId: 'U0DOC00001', menteeId: 'U0JOE00001' }];

  it('writes a new pair once, a changed pair at its next version, and ends a pair the file no longer names', () => {
    const [first] = planPremedPairs([], named, at);
    expect(first).toEqual({ ...named[0], version: 1, active: true, formedAt: at });
    expect(planPremedPairs([first!], named, later)).toEqual([]);
    expect(planPremedPairs([first!], [{ ...named[0]!, mentorId: 'U0DOC00002' }], later)).toEqual([{ ...named[0], mentorId: 'U0DOC00002', version: 2, active: true, formedAt: later }]);
    expect(planPremedPairs([first!], [], later)).toEqual([{ ...first, active: false }]);
  });

  it('lists the active pairs still waiting for an agreement, by name, for the coordinators', () => {
    const pair = (name: string, mentorId: string, menteeId: string, active = true) => ({ key: name.toLowerCase(), name, mentorId, menteeId, version: 1, active, formedAt: at });
    const pairs = [pair('Pair-2', 'M2', 'E2'), pair('Pair-1', 'M1', 'E1'), pair('Pair-3', 'M3', 'E3'), pair('Pair-4', 'M4', 'E4', false)];
    expect(pendingAgreements(pairs, new Set(['E1', 'M3', 'E3']))).toEqual([
      { pairName: 'Pair-1', mentorId: 'M1', menteeId: 'E1', mentorAgreed: false, menteeAgreed: true },
      { pairName: 'Pair-2', mentorId: 'M2', menteeId: 'E2', mentorAgreed: false, menteeAgreed: false },
    ]);
  });

  it('says whose agreement a pair waits for, from each side', () => {
    const pair = { mentorId: 'M', menteeId: 'E' };
    expect(waitingOn(pair, 'E', new Set())).toBe('self');
    expect(waitingOn(pair, 'E', new Set(['E']))).toBe('other');
    expect(waitingOn(pair, 'M', new Set(['E']))).toBe('self');
    expect(waitingOn(pair, 'M', new Set(['E', 'M']))).toBeUndefined();
  });
});
