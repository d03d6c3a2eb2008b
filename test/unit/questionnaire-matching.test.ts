import { describe, expect, it } from 'vitest';
import { chooseCapacities } from '../../src/features/matching/domain/capacities.js';
import { scoreCompatibility, type GroupProfile, type MenteeProfile } from '../../src/features/matching/domain/compatibility.js';
import { deferredAcceptance } from '../../src/features/matching/domain/deferred-acceptance.js';
import { readMatchCsv } from '../../src/features/matching/domain/match-csv.js';
import { planMatch, rankGroups, rankMentees, type MatchInput } from '../../src/features/matching/domain/plan-match.js';
import { dueReminder } from '../../src/features/matching/send-questionnaires.js';
import { checkQuestionnaire, HOBBIES, SPECIALTIES, type QuestionnaireInput } from '../../src/features/matching/domain/questionnaire.js';

/** A small seeded generator (mulberry32), so that every random instance can be replayed from its seed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const COMMUNITIES = ['blue', 'green', 'gold', 'red'];

function randomInstance(seed: number): MatchInput {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[], n: number) => [...list].sort(() => random() - 0.5).slice(0, n);
  const int = (max: number) => Math.floor(random() * max);
  const groupCount = 2 + int(6);
  const groups: GroupProfile[] = Array.from({ length: groupCount }, (_, i) => ({
    id: `G${i}`,
    name: `${COMMUNITIES[i % 4]}-Group${i}`,
    learningCommunity: COMMUNITIES[i % 4]!,
    mentorIds: [`P${i}a`, `P${i}b`],
    specialties: pick(SPECIALTIES, 1 + int(4)),
    hobbies: pick(HOBBIES, 1 + int(5)),
    mdphd: random() < 0.3,
    mentees: int(14),
  }));
  const mentorIds = groups.flatMap((g) => g.mentorIds);
  const menteeCount = int(groupCount * 16);
  const mentees: MenteeProfile[] = Array.from({ length: menteeCount }, (_, i) => ({
    id: `M${String(i).padStart(3, '0')}`,
    name: `Mentee ${i}`,
    specialties: pick(SPECIALTIES, int(4)),
    hobbies: pick(HOBBIES, int(4)),
    learningCommunity: random() < 0.8 ? COMMUNITIES[int(4)] : undefined,
    mdphd: random() < 0.1,
    mentors: pick(mentorIds, int(4)),
  }));
  return { mentees, groups };
}

/** Brute force: every mentee and group, does the pair block the assignment? */
function blockingPairs(input: MatchInput, assignment: ReadonlyMap<string, string>, capacities: ReadonlyMap<string, number>): string[] {
  const found: string[] = [];
  for (const mentee of input.mentees) {
    const prefs = rankGroups(mentee, input.groups).map((g) => g.id);
    const mine = assignment.get(mentee.id);
    const myIndex = mine === undefined ? Infinity : prefs.indexOf(mine);
    for (const group of input.groups) {
      if (prefs.indexOf(group.id) >= myIndex) continue;
      const ranks = rankMentees(group, input.mentees);
      const held = input.mentees.filter((m) => assignment.get(m.id) === group.id);
      const capacity = capacities.get(group.id) ?? 0;
      if (capacity === 0) continue;
      if (held.length < capacity || held.some((m) => ranks.get(m.id)! > ranks.get(mentee.id)!)) found.push(`${mentee.id}-${group.id}`);
    }
  }
  return found;
}

describe('the match on random instances (seeded)', () => {
  for (let seed = 1; seed <= 60; seed += 1) {
    it(`seed ${seed}: no blocking pair, no group over capacity or 15, everyone matched when capacity allows, 12+ where the numbers allow`, () => {
      const input = randomInstance(seed);
      const preview = planMatch(input);
      const capacities = new Map(preview.groups.map((g) => [g.group.id, g.capacity]));
      const assignment = new Map(preview.groups.flatMap((g) => g.placements.map((p) => [p.menteeId, g.group.id] as const)));
      expect(blockingPairs(input, assignment, capacities)).toEqual([]);
      for (const g of preview.groups) {
        expect(g.placements.length).toBeLessThanOrEqual(g.capacity);
        expect(g.size).toBeLessThanOrEqual(15);
      }
      const room = input.groups.reduce((sum, g) => sum + Math.max(0, 15 - g.mentees), 0);
      expect(preview.summary.matched).toBe(Math.min(room, input.mentees.length));
      const needed = input.groups.reduce((sum, g) => sum + Math.max(0, 12 - g.mentees), 0);
      if (input.mentees.length >= needed) expect(preview.summary.outsideRange).toEqual([]);
      expect(new Set(assignment.keys()).size + preview.unmatched.length).toBe(input.mentees.length);
    });
  }
});

const group = (id: string, over: Partial<GroupProfile> = {}): GroupProfile => ({ id, name: id, learningCommunity: 'blue', mentorIds: [], specialties: [], hobbies: [], mdphd: false, mentees: 0, ...over });
const mentee = (id: string, over: Partial<MenteeProfile> = {}): MenteeProfile => ({ id, name: id, specialties: [], hobbies: [], learningCommunity: undefined, mdphd: false, mentors: [], ...over });

describe('the match by hand', () => {
  it('scores shared specialties 3, hobbies 2, the same Learning Community 4, each named mentor 6, MD/PhD 3', () => {
    const g = group('Blue-Okafor', { mentorIds: ['P1', 'P2'], specialties: ['Pediatrics', 'Neurology'], hobbies: ['Running'], mdphd: true });
    const fit = scoreCompatibility(mentee('M1', { specialties: ['Pediatrics', 'Neurology', 'Urology'], hobbies: ['Running', 'Cooking'], learningCommunity: 'blue', mdphd: true, mentors: ['P2', 'P9'] }), g);
    expect(fit).toEqual({ score: 6 + 2 + 4 + 6 + 3, specialties: ['Pediatrics', 'Neurology'], hobbies: ['Running'], sameCommunity: true, namedMentors: ['P2'], mdphd: true });
  });

  it('gives the one seat left to the mentee the group ranks higher; the other goes to their second choice', () => {
    const a = group('A', { specialties: ['Pediatrics'], mentees: 14 });
    const b = group('B', { mentees: 14 });
    const m1 = mentee('M1', { specialties: ['Pediatrics'], hobbies: [] });
    const m2 = mentee('M2', { specialties: ['Pediatrics'], mentors: [] , learningCommunity: 'blue' });
    const preview = planMatch({ mentees: [m1, m2], groups: [a, b] });
    // Both prefer A; A prefers M2 (same Learning Community); M1 goes to B.
    expect(preview.groups.map((g) => [g.group.id, g.placements.map((p) => p.menteeId)])).toEqual([['A', ['M2']], ['B', ['M1']]]);
    expect(preview.summary).toMatchObject({ mentees: 2, matched: 2, topThreeShare: 1, outsideRange: [] });
  });

  it('leaves mentees out when every group is full, and says so', () => {
    const preview = planMatch({ mentees: [mentee('M1')], groups: [group('A', { mentees: 15 })] });
    expect(preview.unmatched).toEqual(['M1']);
    expect(preview.summary.matched).toBe(0);
  });

  it('brings every group to 12 before any goes past it, and never past 15', () => {
    const caps = chooseCapacities([{ id: 'A', name: 'A', mentees: 0 }, { id: 'B', name: 'B', mentees: 10 }, { id: 'C', name: 'C', mentees: 15 }], 14);
    expect(Object.fromEntries(caps)).toEqual({ A: 12, B: 2, C: 0 });
    const more = chooseCapacities([{ id: 'A', name: 'A', mentees: 0 }, { id: 'B', name: 'B', mentees: 10 }], 100);
    expect(Object.fromEntries(more)).toEqual({ A: 15, B: 5 });
  });

  it('deferred acceptance: the textbook instance gives the mentee-optimal stable match', () => {
    const result = deferredAcceptance({
      menteePrefs: new Map([['x', ['A', 'B']], ['y', ['A', 'B']], ['z', ['B', 'A']]]),
      groupRanks: new Map([['A', new Map([['z', 0], ['y', 1], ['x', 2]])], ['B', new Map([['x', 0], ['y', 1], ['z', 2]])]]),
      capacities: new Map([['A', 1], ['B', 2]]),
    });
    expect(Object.fromEntries(result)).toEqual({ y: 'A', x: 'B', z: 'B' });
  });
});

describe('the questionnaire form', () => {
  const input = (over: Partial<QuestionnaireInput> = {}): QuestionnaireInput => ({
    specialties: ['Pediatrics'], region: undefined, background: undefined, hobbies: ['Running'], hobbiesText: undefined, contact: 'Slack message', learningCommunity: 'blue', mdphd: 'no', mentors: [], ...over,
  });
  const context = { communities: ['blue', 'green'], isMentor: (id: string) => id.startsWith('P'), userId: 'M1', namesMentors: true };

  it('takes a good form, trimming free text', () => {
    const checked = checkQuestionnaire(input({ background: '  first in my family  ', mentors: ['P1', 'P2'] }), context);
    expect(checked).toEqual({ ok: true, answers: expect.objectContaining({ background: 'first in my family', mentors: ['P1', 'P2'], mdphd: false }) });
  });

  it('names every problem: missing, unknown choices, too many mentors, not mentors, self, too long', () => {
    const bad = checkQuestionnaire(input({ specialties: [], hobbies: [], contact: 'Pigeon', learningCommunity: 'purple', mdphd: undefined, mentors: ['P1', 'P2', 'P3', 'P4'], background: 'x'.repeat(501) }), context);
    expect(bad.ok ? [] : bad.problems.map((p) => `${p.field}:${p.code}`)).toEqual([
      'specialties:missing', 'background:too_long', 'hobbies:missing', 'contact:unknown_choice', 'learningCommunity:unknown_choice', 'mdphd:missing', 'mentors:too_many',
    ]);
    const notMentors = checkQuestionnaire(input({ mentors: ['P1', 'M7'] }), context);
    expect(notMentors).toEqual({ ok: false, problems: [{ field: 'mentors', code: 'not_mentors', userIds: ['M7'] }] });
    expect(checkQuestionnaire(input({ mentors: ['M1'] }), context)).toEqual({ ok: false, problems: [{ field: 'mentors', code: 'self' }] });
  });

  it('takes hobbies as free text alone', () => {
    expect(checkQuestionnaire(input({ hobbies: [], hobbiesText: 'beekeeping' }), context).ok).toBe(true);
  });
});

describe('the edited match file', () => {
  const groups = [{ id: 'g1', name: 'Blue-Okafor', mentees: 14 }, { id: 'g2', name: 'Green-Adeyemi', mentees: 0 }];
  it('reads mentees and groups by name, refusing unknown people and groups, duplicates and a group past 15, with lines', () => {
    expect(readMatchCsv('mentee_slack_id,group\nM1,blue-okafor\nM2,\n', new Set(['M1', 'M2']), groups)).toEqual({ ok: true, assignment: new Map([['M1', 'g1']]) });
    const bad = readMatchCsv('mentee_slack_id,group\nM9,Blue-Okafor\nM1,Purple-Nobody\nM1,Green-Adeyemi\nM2,Blue-Okafor\nM3,Blue-Okafor\n', new Set(['M1', 'M2', 'M3']), groups);
    expect(bad).toEqual({
      ok: false,
      errors: [
        { line: 2, code: 'unknown_mentee', value: 'M9' },
        { line: 3, code: 'unknown_group', value: 'Purple-Nobody' },
        { line: 4, code: 'duplicate_mentee', value: 'M1' },
        { line: 0, code: 'over_capacity', value: 'Blue-Okafor', size: 16 },
      ],
    });
    expect(readMatchCsv('name,group\n', new Set(), groups)).toEqual({ ok: false, errors: [{ line: 0, code: 'missing_column', value: 'mentee_slack_id' }] });
  });
});

describe('the questionnaire’s reminders', () => {
  it.each([
    ['2026-08-03', undefined],
    ['2026-08-04', 1],
    ['2026-08-07', 1],
    ['2026-08-08', 2],
    ['2026-09-30', 2],
  ])('for a round opened on 2026-08-01, on %s the due reminder is %s (the latest only)', (today, due) => {
    expect(dueReminder('2026-08-01', today)).toBe(due);
  });
});
