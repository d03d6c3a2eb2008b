import { describe, expect, it } from 'vitest';
import { CLINICAL_TRACK } from '../../src/features/clinical/domain/clinical-track.js';
import { planRosterImport, type RosterPlan } from '../../src/features/roster/domain/plan-roster-import.js';
import type { PlanInput } from '../../src/features/roster/domain/roster-import.js';
import { readRosterFile } from '../../src/features/roster/read-roster-file.js';
import type { Person } from '../../src/program/roster.js';
import { COHORT_TRACK, holdsRoleIn, rolesIn, tracksOf } from '../../src/program/tracks.js';

const TRACKS = [COHORT_TRACK, CLINICAL_TRACK];
const HEADER = 'slack_id,name,role,year,group,track,core_done,good_standing';
/** A cohort that passes the cohort rules (one faculty mentor, a Pair, 12 mentees), lines 2–16. */
const COHORT_ROWS = [
  'U0FAC00001,Dr Okafor,faculty,,Blue-Okafor,,,',
  'U0PM300001,Priya Third,peer_mentor,3,Blue-Okafor,,,',
  'U0PM400001,Omar Fourth,peer_mentor,4,Blue-Okafor,cohort,,',
  ...Array.from({ length: 12 }, (_, i) => `U0ME${String(i).padStart(6, '0')},Mentee ${i},mentee,${(i % 2) + 1},Blue-Okafor,,,`),
];

const empty = { people: [], groups: [], memberships: [], accountsByEmail: new Map(), accountsById: new Map(), prune: false, tracks: TRACKS } satisfies Omit<PlanInput, 'rows'>;

/** Reads and plans a file with both tracks declared: the errors of reading it, else of planning it. */
function plan(lines: readonly string[], state: Omit<PlanInput, 'rows'> = empty): RosterPlan & { readonly fileErrors: readonly unknown[] } {
  const file = readRosterFile([HEADER, ...lines].join('\n'), TRACKS);
  return { ...planRosterImport({ ...state, rows: file.rows }), fileErrors: file.errors };
}

const fileErrors = (...lines: string[]) => readRosterFile([HEADER, ...lines].join('\n'), TRACKS).errors;

describe('the track column of the roster', () => {
  it('reads a blank or absent track as cohort, so a file from before tracks imports as it always did', () => {
    const file = readRosterFile('slack_id,name,role,year,group\nU0ADA00001,Ada,mentee,1,Blue', TRACKS);
    expect(file.errors).toEqual([]);
    expect(file.rows[0]!.track).toBeUndefined();
    const planned = plan(COHORT_ROWS);
    expect(planned.fileErrors).toEqual([]);
    expect(planned.errors).toEqual([]);
    expect(planned.people.create.every((p) => p.tracks === undefined)).toBe(true);
  });

  it('refuses a track that does not exist, naming the line, the column and the allowed values', () => {
    expect(fileErrors('U0ADA00001,Ada,mentee,1,Blue,premed,,')).toEqual([
      { line: 2, column: 'track', reason: 'there is no track “premed”: expected cohort or clinical (blank means cohort)' },
    ]);
  });

  it('offers only the tracks declared: the cohort track alone when none are given', () => {
    expect(readRosterFile(`${HEADER}\nU0ADA00001,Ada,mentee,3,,clinical,,`).errors).toEqual([
      { line: 2, column: 'track', reason: expect.stringMatching(/no track “clinical”: expected cohort \(blank means cohort\)/) },
    ]);
  });

  it('reads the track without regard to case or space', () => {
    expect(readRosterFile(`${HEADER}\nU0ADA00001,Ada,mentee,3,, Clinical ,,`, TRACKS).rows[0]).toMatchObject({ track: 'clinical' });
  });
});

describe('clinical roster rows', () => {
  it.each([
    ['a clinical mentee in year 2', 'U0ADA00001,Ada,mentee,2,,clinical,,', 'year', /^clinical mentees are third- or fourth-year students \(year 3 or 4\), not year 2$/],
    ['a clinical mentee without a year', 'U0ADA00001,Ada,mentee,,,clinical,,', 'year', /clinical mentee’s year \(3 or 4\) is required/],
    ['a clinical peer mentor in year 2', 'U0SAM00001,Sam,peer_mentor,2,,clinical,yes,yes', 'year', /clinical peer mentors are third- or fourth-year students \(year 3 or 4\), not year 2/],
    ['a clinical peer mentor without core_done', 'U0SAM00001,Sam,peer_mentor,4,,clinical,,yes', 'core_done', /^clinical peer mentors must have finished all their core rotations: core_done must be yes$/],
    ['a clinical peer mentor with core_done=no', 'U0SAM00001,Sam,peer_mentor,4,,clinical,no,yes', 'core_done', /core_done must be yes/],
    ['a clinical peer mentor not in good standing', 'U0SAM00001,Sam,peer_mentor,4,,clinical,yes,no', 'good_standing', /^clinical peer mentors must be in good academic standing: good_standing must be yes$/],
    ['a clinical mentee with a group', 'U0ADA00001,Ada,mentee,3,Blue-Okafor,clinical,,', 'group', /^clinical mentees belong to no group: leave group blank on clinical rows$/],
    ['a clinical peer mentor with a group', 'U0SAM00001,Sam,peer_mentor,4,Blue-Okafor,clinical,yes,yes', 'group', /clinical peer mentors belong to no group/],
    ['a clinical admin with a group', 'U0OFF00001,Office,admin,,Blue-Okafor,clinical,,', 'group', /clinical admins belong to no group/],
    ['a clinical faculty mentor', 'U0FAC00009,Dr X,faculty,,,clinical,,', 'role', /^the clinical track has no faculty mentors: a clinical row’s role is one of mentee, peer_mentor, admin$/],
    ['a bad core_done value', 'U0SAM00001,Sam,peer_mentor,4,,clinical,done,yes', 'core_done', /expected yes or no/],
  ])('refuses %s, naming the line and the column', (_what, line, column, reason) => {
    const planned = plan([...COHORT_ROWS, line]);
    expect([...planned.fileErrors, ...planned.errors]).toEqual([{ line: 17, column, reason: expect.stringMatching(reason) }]);
  });

  it('reports every bad cell of a clinical row at once', () => {
    expect(fileErrors('U0SAM00001,Sam,peer_mentor,,Blue,clinical,no,').map((e) => e.column)).toEqual(['year', 'group', 'core_done', 'good_standing']);
  });

  it('imports clinical mentees, mentors and the Clinical Office with their track, in no group', () => {
    const planned = plan([
      'U0CLM00001,Cleo Mentee,mentee,3,,clinical,,',
      'U0CLP00001,Carl Mentor,peer_mentor,4,,clinical,yes,yes',
      'U0OFF00001,Clinical Office,admin,,,clinical,,',
    ]);
    expect(planned.fileErrors).toEqual([]);
    expect(planned.errors).toEqual([]);
    const byId = new Map(planned.people.create.map((p) => [p.id, p]));
    expect(byId.get('U0CLM00001')).toMatchObject({ roles: ['mentee'], tracks: [{ track: 'clinical', role: 'mentee' }], year: 3 });
    expect(byId.get('U0CLP00001')).toMatchObject({ roles: ['peer_mentor'], tracks: [{ track: 'clinical', role: 'peer_mentor' }] });
    expect(byId.get('U0OFF00001')).toMatchObject({ roles: ['admin'], tracks: [{ track: 'clinical', role: 'admin' }] });
    expect(planned.groups.create).toEqual([]);
    expect(planned.memberships.open).toEqual([]);
  });

  it('lets one person hold roles in several tracks: an MS4 peer mentor of a cohort and of the clinical track', () => {
    const planned = plan([...COHORT_ROWS, 'U0PM400001,Omar Fourth,peer_mentor,4,,clinical,yes,yes']);
    expect(planned.errors).toEqual([]);
    const omar = planned.people.create.find((p) => p.id === 'U0PM400001')!;
    expect(omar.roles).toEqual(['peer_mentor']);
    expect(omar.tracks).toEqual([
      { track: 'cohort', role: 'peer_mentor' },
      { track: 'clinical', role: 'peer_mentor' },
    ]);
    expect(tracksOf(omar)).toEqual(['cohort', 'clinical']);
    expect(holdsRoleIn(omar, 'peer_mentor', 'clinical')).toBe(true);
    // The cohort membership is the cohort row's; the clinical row adds none.
    expect(planned.memberships.open.filter((m) => m.personId === omar.id)).toEqual([{ groupName: 'Blue-Okafor', personId: omar.id, role: 'peer_mentor' }]);
  });

  it('lets an MS3 cohort peer mentor be a clinical mentee, but not a mentee and a mentor in one track', () => {
    const across = plan([...COHORT_ROWS, 'U0PM300001,Priya Third,mentee,3,,clinical,,']);
    expect(across.errors).toEqual([]);
    const priya = across.people.create.find((p) => p.id === 'U0PM300001')!;
    expect(rolesIn(priya, 'cohort')).toEqual(['peer_mentor']);
    expect(rolesIn(priya, 'clinical')).toEqual(['mentee']);
    expect(priya.roles).toEqual(['mentee', 'peer_mentor']);

    const both = plan(['U0CLM00001,Cleo,mentee,3,,clinical,,', 'U0CLM00001,Cleo,peer_mentor,3,,clinical,yes,yes']);
    expect(both.errors).toEqual([{ line: 3, column: 'role', reason: 'one person cannot be both a mentee and a peer mentor' }]);
  });

  it('gives a clinical person no MD/PhD membership: the MD/PhD group is the cohort track’s', () => {
    const file = readRosterFile('slack_id,name,role,year,track,mdphd\nU0CLM00001,Cleo,mentee,3,clinical,yes', TRACKS);
    expect(file.errors).toEqual([]);
    const planned = planRosterImport({ ...empty, rows: file.rows });
    expect(planned.errors).toEqual([]);
    expect(planned.memberships.open).toEqual([]);
    expect(planned.groups.create).toEqual([]);
  });

  it('is idempotent: the same file again changes nothing; a changed track updates the person', () => {
    const lines = [...COHORT_ROWS, 'U0PM400001,Omar Fourth,peer_mentor,4,,clinical,yes,yes', 'U0CLM00001,Cleo,mentee,3,,clinical,,'];
    const first = plan(lines);
    const stored: Person[] = [...first.people.create];
    const groups = first.groups.create.map((g) => ({ id: g.name, name: g.name, kind: g.kind, channelId: undefined, introducedAt: undefined, active: true }));
    const memberships = first.memberships.open.map((o) => ({ groupId: o.groupName, personId: o.personId, role: o.role, from: new Date(0), to: undefined }));
    const state = { ...empty, people: stored, groups, memberships };
    const again = plan(lines, state);
    expect(again.errors).toEqual([]);
    expect([again.people.create, again.people.update, again.memberships.open, again.memberships.close]).toEqual([[], [], [], []]);
    expect(again.people.unchanged).toHaveLength(stored.length);

    const dropped = plan([...COHORT_ROWS, 'U0CLM00001,Cleo,mentee,3,,clinical,,'], state);
    expect(dropped.people.update.map((p) => [p.id, p.tracks])).toEqual([['U0PM400001', undefined]]);
  });

  describe('a file speaks for the tracks it names', () => {
    /** The state after importing the cohort and two clinical people (Omar in both tracks). */
    function stateAfterFirstImport() {
      const first = plan([...COHORT_ROWS, 'U0PM400001,Omar Fourth,peer_mentor,4,,clinical,yes,yes', 'U0CLM00001,Cleo,mentee,3,,clinical,,']);
      const groups = first.groups.create.map((g) => ({ id: g.name, name: g.name, kind: g.kind, channelId: undefined, introducedAt: undefined, active: true }));
      const memberships = first.memberships.open.map((o) => ({ groupId: o.groupName, personId: o.personId, role: o.role, from: new Date(0), to: undefined }));
      return { ...empty, people: [...first.people.create], groups, memberships };
    }

    it('a clinical-only file keeps its people’s cohort roles and every group membership', () => {
      const state = stateAfterFirstImport();
      const clinicalOnly = plan(['U0PM400001,Omar Fourth,peer_mentor,4,,clinical,yes,yes', 'U0PM300001,Priya Third,mentee,3,,clinical,,'], state);
      expect(clinicalOnly.errors).toEqual([]);
      expect(clinicalOnly.memberships).toEqual({ open: [], close: [] });
      expect(clinicalOnly.people.unchanged.map((p) => p.id)).toEqual(['U0PM400001']);
      expect(clinicalOnly.people.update).toEqual([expect.objectContaining({ id: 'U0PM300001', roles: ['mentee', 'peer_mentor'] })]);
      expect(rolesIn(clinicalOnly.people.update[0]!, 'cohort')).toEqual(['peer_mentor']);
    });

    it('a cohort-only file keeps its people’s clinical roles', () => {
      const again = plan(COHORT_ROWS, stateAfterFirstImport());
      expect(again.errors).toEqual([]);
      expect([again.people.create, again.people.update, again.memberships.open, again.memberships.close]).toEqual([[], [], [], []]);
    });

    it('checks a year the file changes against the roles kept from other tracks', () => {
      const younger = plan(['U0CLM00001,Cleo,mentee,1,Blue-Okafor,,,'], stateAfterFirstImport());
      expect(younger.errors).toEqual([{ line: 2, column: 'year', reason: 'clinical mentees are third- or fourth-year students (year 3 or 4), not year 1' }]);
    });

    it('prune deactivates only people whose every role is in the tracks the file names', () => {
      const pruned = plan(['U0PM400001,Omar Fourth,peer_mentor,4,,clinical,yes,yes'], { ...stateAfterFirstImport(), prune: true });
      expect(pruned.errors).toEqual([]);
      expect(pruned.people.deactivate.map((p) => p.id)).toEqual(['U0CLM00001']);
      expect(pruned.memberships.close).toEqual([]);
    });
  });
});
