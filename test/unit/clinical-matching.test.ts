import { describe, expect, it } from 'vitest';
import type { Assignment, Offer } from '../../src/features/clinical/domain/match.js';
import {
  assignmentDeadline,
  comparable,
  isInMatchWindow,
  mentorLoads,
  planMatching,
  rankMentors,
  suggestionsOf,
  type MentorCandidate,
} from '../../src/features/clinical/domain/matching.js';
import { rotationKey, type NewRotation, type Rotation } from '../../src/features/clinical/domain/rotation.js';

const CHICAGO = 'America/Chicago';

function aRotation(overrides: Partial<NewRotation> = {}): Rotation {
  const r: NewRotation = { personId: 'UMENTEE', kind: 'upcoming', subject: 'surgery', site: 'General Hospital', preceptor: 'Dr. Cole', start: '2027-01-04', end: '2027-02-26', ...overrides };
  return { ...r, id: rotationKey(r) };
}
const completed = (personId: string, overrides: Partial<NewRotation> = {}) =>
  aRotation({ personId, kind: 'completed', start: '2026-03-02', end: '2026-04-24', ...overrides });
const mentor = (id: string, ...done: Rotation[]): MentorCandidate => ({ id, completed: done });
const assigned = (rotation: Rotation, mentorId: string, overrides: Partial<Assignment> = {}): Assignment => ({
  rotationId: rotation.id,
  menteeId: rotation.personId,
  mentorId,
  assignedAt: new Date('2026-12-01T15:00:00Z'),
  chosenBy: 'mentee',
  step: 1,
  ...overrides,
});

describe('ranking eligible mentors for a mentee’s rotation', () => {
  const wanted = aRotation();

  it('puts subject+site+preceptor first, then subject+site, then subject+preceptor, then the subject alone; other subjects never', () => {
    const mentors = [
      mentor('UALONE', completed('UALONE', { site: 'Elsewhere', preceptor: 'Dr. Who' })),
      mentor('UPRECEPTOR', completed('UPRECEPTOR', { site: 'Elsewhere' })),
      mentor('USITE', completed('USITE', { preceptor: 'Dr. Bell' })),
      mentor('UALL', completed('UALL')),
      mentor('UPEDS', completed('UPEDS', { subject: 'pediatrics' })),
    ];
    const ranked = rankMentors(wanted, mentors, new Map(), 6);
    expect(ranked.map((m) => [m.mentorId, m.rank])).toEqual([
      ['UALL', 1],
      ['USITE', 2],
      ['UPRECEPTOR', 3],
      ['UALONE', 4],
    ]);
    expect(ranked[0]!.shared).toEqual({ subject: 'surgery', site: 'General Hospital', preceptor: 'Dr. Cole' });
    expect(ranked[3]!.shared).toEqual({ subject: 'surgery' });
  });

  it('compares site and preceptor without regard to case or spacing; blanks share nothing', () => {
    expect(comparable('  General   HOSPITAL ')).toBe('general hospital');
    const ranked = rankMentors(wanted, [mentor('UA', completed('UA', { site: 'general  hospital', preceptor: ' DR. COLE ' }))], new Map(), 6);
    expect(ranked[0]).toMatchObject({ rank: 1 });
    const blank = aRotation({ site: undefined, preceptor: undefined });
    expect(rankMentors(blank, [mentor('UB', completed('UB', { site: undefined, preceptor: undefined }))], new Map(), 6)[0]).toMatchObject({ rank: 4, shared: { subject: 'surgery' } });
  });

  it('takes a mentor’s best match over the rotations they completed', () => {
    const ranked = rankMentors(wanted, [mentor('UA', completed('UA', { site: 'X', preceptor: 'Y' }), completed('UA', { start: '2025-01-06', end: '2025-02-28' }))], new Map(), 6);
    expect(ranked.map((m) => m.rank)).toEqual([1]);
  });

  it('breaks ties by fewer mentees, then by id; marks full mentors and leaves them out of the suggestions', () => {
    const mentors = ['UC', 'UA', 'UB', 'UD'].map((id) => mentor(id, completed(id)));
    const ranked = rankMentors(wanted, mentors, new Map([['UA', 2], ['UB', 0], ['UC', 0], ['UD', 6]]), 6);
    expect(ranked.map((m) => [m.mentorId, m.mentees, m.full])).toEqual([
      ['UB', 0, false],
      ['UC', 0, false],
      ['UA', 2, false],
      ['UD', 6, true],
    ]);
    expect(suggestionsOf(ranked).map((m) => m.mentorId)).toEqual(['UB', 'UC', 'UA']);
    const four = ['UE', 'UF', 'UG', 'UH'].map((id) => mentor(id, completed(id)));
    expect(suggestionsOf(rankMentors(wanted, four, new Map(), 6))).toHaveLength(3);
  });

  it('never ranks the mentee themself', () => {
    expect(rankMentors(wanted, [mentor('UMENTEE', completed('UMENTEE'))], new Map(), 6)).toEqual([]);
  });
});

describe('a mentor’s count of mentees', () => {
  it('counts distinct mentees whose current assignment names them and whose rotation has not ended', () => {
    const a = aRotation({ personId: 'UM1' });
    const b = aRotation({ personId: 'UM1', subject: 'pediatrics', start: '2027-03-01', end: '2027-04-23' });
    const c = aRotation({ personId: 'UM2', end: '2027-01-10' });
    const gone = aRotation({ personId: 'UM3' });
    const byId = new Map([a, b, c].map((r) => [r.id, r]));
    const current = [assigned(a, 'UX'), assigned(b, 'UX'), assigned(c, 'UX'), assigned(gone, 'UX'), assigned(c, 'UY')];
    expect(mentorLoads(current, byId, '2027-01-10')).toEqual(new Map([['UX', 2], ['UY', 1]]));
    // The day after c's last day, it no longer counts.
    expect(mentorLoads(current, byId, '2027-01-11')).toEqual(new Map([['UX', 1]]));
  });
});

describe('the deadline for a mentee’s choice', () => {
  it('is 3 days after the offer, or midnight 7 days before the start in the program’s zone, whichever comes first', () => {
    // Start Mon 2027-01-04: 7 days before is 2026-12-28, midnight in Chicago = 06:00 UTC.
    expect(assignmentDeadline(new Date('2026-12-20T15:00:00Z'), '2027-01-04', CHICAGO)).toEqual(new Date('2026-12-23T15:00:00Z'));
    expect(assignmentDeadline(new Date('2026-12-26T15:00:00Z'), '2027-01-04', CHICAGO)).toEqual(new Date('2026-12-28T06:00:00Z'));
    expect(assignmentDeadline(undefined, '2027-01-04', CHICAGO)).toEqual(new Date('2026-12-28T06:00:00Z'));
  });

  it('counts the 7 days on calendar dates across a daylight-saving change', () => {
    // Start 2027-03-20; 7 days before = 2027-03-13, before the change on 03-14: midnight is CST (UTC−6).
    expect(assignmentDeadline(undefined, '2027-03-20', CHICAGO)).toEqual(new Date('2027-03-13T06:00:00Z'));
    // Start 2027-03-22; 7 days before = 2027-03-15, after the change: CDT (UTC−5).
    expect(assignmentDeadline(undefined, '2027-03-22', CHICAGO)).toEqual(new Date('2027-03-15T05:00:00Z'));
  });
});

describe('the match window', () => {
  it('takes upcoming rotations starting from today up to the given days ahead', () => {
    expect(isInMatchWindow(aRotation({ start: '2027-01-04' }), '2026-12-14', 21)).toBe(true);
    expect(isInMatchWindow(aRotation({ start: '2027-01-04' }), '2026-12-13', 21)).toBe(false);
    expect(isInMatchWindow(aRotation({ start: '2027-01-04' }), '2027-01-04', 21)).toBe(true);
    expect(isInMatchWindow(aRotation({ start: '2027-01-04' }), '2027-01-05', 21)).toBe(false);
    expect(isInMatchWindow(aRotation({ kind: 'completed', start: '2027-01-04' }), '2027-01-01', 21)).toBe(false);
  });
});

describe('planning a matching run', () => {
  const settings = { zone: CHICAGO, matchDays: 21, capacity: 6 };
  const mentors = [mentor('UA', completed('UA')), mentor('UB', completed('UB', { site: 'Elsewhere', preceptor: 'Dr. Who' }))];

  it('offers the rotations in the window not yet offered, and leaves the others', () => {
    const soon = aRotation({ personId: 'UM1' });
    const later = aRotation({ personId: 'UM2', start: '2027-02-01', end: '2027-03-01' });
    const plan = planMatching({ menteeRotations: [later, soon], mentors, current: [], offers: [] }, new Date('2026-12-20T15:00:00Z'), settings);
    expect(plan.offers.map((o) => [o.rotation.personId, o.suggestions.map((s) => s.mentorId)])).toEqual([['UM1', ['UA', 'UB']]]);
    expect(plan.assign).toEqual([]);
  });

  it('assigns the best-ranked mentor once the deadline has passed, and not before; never twice', () => {
    const r = aRotation({ personId: 'UM1' });
    const offer: Offer = { rotationId: r.id, menteeId: 'UM1', suggestedIds: ['UA', 'UB'], offeredAt: new Date('2026-12-20T15:00:00Z') };
    const state = { menteeRotations: [r], mentors, current: [], offers: [offer] };
    expect(planMatching(state, new Date('2026-12-23T14:59:00Z'), settings)).toMatchObject({ offers: [], assign: [] });
    expect(planMatching(state, new Date('2026-12-23T15:00:00Z'), settings).assign).toEqual([{ rotation: r, mentor: expect.objectContaining({ mentorId: 'UA' }), offered: true }]);
    expect(planMatching({ ...state, current: [assigned(r, 'UB')] }, new Date('2026-12-23T15:00:00Z'), settings)).toMatchObject({ offers: [], assign: [] });
  });

  it('assigns at once, without an offer, a rotation first seen less than 7 days before its start', () => {
    const r = aRotation({ personId: 'UM1' });
    const plan = planMatching({ menteeRotations: [r], mentors, current: [], offers: [] }, new Date('2026-12-29T15:00:00Z'), settings);
    expect(plan.offers).toEqual([]);
    expect(plan.assign).toEqual([{ rotation: r, mentor: expect.objectContaining({ mentorId: 'UA' }), offered: false }]);
  });

  it('counts each assignment of the run toward its mentor’s capacity', () => {
    const rotations = ['UM1', 'UM2', 'UM3'].map((id, i) => aRotation({ personId: id, start: `2027-01-0${4 + i}` }));
    const plan = planMatching({ menteeRotations: rotations, mentors: [mentors[0]!], current: [], offers: [] }, new Date('2026-12-31T15:00:00Z'), { ...settings, capacity: 2 });
    expect(plan.assign.map((a) => a.rotation.personId)).toEqual(['UM1', 'UM2']);
    expect(plan.unmatched.map((r) => r.personId)).toEqual(['UM3']);
  });

  it('leaves a rotation with no eligible mentor unmatched: no offer, no assignment', () => {
    const r = aRotation({ personId: 'UM1', subject: 'neurology' });
    const plan = planMatching({ menteeRotations: [r], mentors, current: [], offers: [] }, new Date('2026-12-20T15:00:00Z'), settings);
    expect(plan).toEqual({ offers: [], assign: [], unmatched: [r] });
  });
});
