import { describe, expect, it } from 'vitest';
import { DEFAULT_SEMESTERS, type SemesterRule } from '../../src/program/calendar.js';
import { readGoalsForm, type GoalEntry } from '../../src/features/goals/domain/goal.js';
import { revisitPointOfKey, revisitPointOn, semesterMidpoint } from '../../src/features/goals/domain/revisit-points.js';
import { countGoals } from '../../src/features/goals/domain/goal-counts.js';
import { buildGoalsErrors } from '../../src/features/goals/slack/goals-views.js';

const calendar = { semesters: DEFAULT_SEMESTERS };

describe('revisit points: a semester’s midpoint, then its last month', () => {
  it.each([
    // Fall 1 Aug–31 Dec: 152 days after its first, midpoint 16 Oct (from + 76 days); last month December.
    ['2026-08-01', undefined],
    ['2026-10-15', undefined],
    ['2026-10-16', '2026-Fall:mid'],
    ['2026-11-30', '2026-Fall:mid'],
    ['2026-12-01', '2026-Fall:end'],
    ['2026-12-31', '2026-Fall:end'],
    // Spring 1 Jan–31 May: 150 days after its first, midpoint 17 Mar (from + 75 days); last month May.
    ['2027-01-01', undefined],
    ['2027-03-16', undefined],
    ['2027-03-17', '2027-Spring:mid'],
    ['2027-04-30', '2027-Spring:mid'],
    ['2027-05-01', '2027-Spring:end'],
    ['2027-05-31', '2027-Spring:end'],
    // Summer: no semester, no revisit.
    ['2027-06-15', undefined],
    ['2027-07-31', undefined],
  ])('on %s: %s', (date, key) => {
    expect(revisitPointOn(date, calendar)?.key).toBe(key);
  });

  it('counts the leap day in a leap year’s spring (151 days after its first: midpoint 16 Mar 2028, a day earlier)', () => {
    expect(semesterMidpoint({ from: '2028-01-01', to: '2028-05-31' })).toBe('2028-03-16');
    expect(revisitPointOn('2028-03-15', calendar)).toBeUndefined();
    expect(revisitPointOn('2028-03-16', calendar)?.key).toBe('2028-Spring:mid');
  });

  it('runs a semester over New Year: its last month is the one its last day is in', () => {
    const winter: SemesterRule[] = [{ name: 'Winter', start: { month: 11, day: 1 }, end: { month: 2, day: 28 } }];
    // 1 Nov 2026 – 28 Feb 2027: 119 days after its first, midpoint 30 Dec.
    expect(revisitPointOn('2026-12-29', { semesters: winter })).toBeUndefined();
    expect(revisitPointOn('2026-12-30', { semesters: winter })?.key).toBe('2026-Winter:mid');
    expect(revisitPointOn('2027-01-31', { semesters: winter })?.key).toBe('2026-Winter:mid');
    expect(revisitPointOn('2027-02-01', { semesters: winter })?.key).toBe('2026-Winter:end');
  });

  it('has only its end point when the midpoint falls in the last month (a one-month semester)', () => {
    const short: SemesterRule[] = [{ name: 'Block', start: { month: 6, day: 1 }, end: { month: 6, day: 30 } }];
    expect(['2027-06-01', '2027-06-16', '2027-06-30'].map((d) => revisitPointOn(d, { semesters: short })?.key)).toEqual(['2027-Block:end', '2027-Block:end', '2027-Block:end']);
  });

  it('reads a point back from its key, and refuses keys of no configured semester', () => {
    expect(revisitPointOfKey('2027-Spring:end', calendar)).toMatchObject({ kind: 'end', semester: { from: '2027-01-01', to: '2027-05-31', label: 'Spring 2027' } });
    expect(revisitPointOfKey('2027-Summer:end', calendar)).toBeUndefined();
    expect(revisitPointOfKey('nonsense', calendar)).toBeUndefined();
  });
});

describe('the goals form', () => {
  const entry = (e: Partial<GoalEntry>): GoalEntry => ({ id: undefined, words: undefined, category: undefined, targetMonth: undefined, ...e });
  let n = 0;
  const newId = () => `g${(n += 1)}`;

  it('keeps the filled slots, trimmed, with their ids; empty slots are no goal', () => {
    const read = readGoalsForm([entry({ id: 'old', words: '  Pass Step 1 ', category: 'academics', targetMonth: '2027-06' }), entry({}), entry({ words: 'Shadow a surgeon', category: 'clinical', targetMonth: '2026-12' })], '2026-12', newId);
    expect(read).toEqual({ ok: true, goals: [{ id: 'old', words: 'Pass Step 1', category: 'academics', targetMonth: '2027-06' }, { id: 'g1', words: 'Shadow a surgeon', category: 'clinical', targetMonth: '2026-12' }] });
  });

  it('names each problem under its slot’s field, and keeps nothing', () => {
    const read = readGoalsForm(
      [entry({ words: 'x'.repeat(201), category: 'academics', targetMonth: '2026-11' }), entry({ category: 'astrology', targetMonth: '2029-01' }), entry({ words: 'Rest more' })],
      '2026-12',
      newId,
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toEqual([
      { slot: 0, field: 'words', problem: 'words_too_long' },
      { slot: 0, field: 'month', problem: 'month_past' },
      { slot: 1, field: 'words', problem: 'words_missing' },
      { slot: 1, field: 'category', problem: 'category_unknown' },
      { slot: 1, field: 'month', problem: 'month_too_far' },
      { slot: 2, field: 'category', problem: 'category_missing' },
      { slot: 2, field: 'month', problem: 'month_missing' },
    ]);
    expect(buildGoalsErrors(read.problems)).toEqual({
      goals_words_1: 'Please keep a goal to 200 characters.',
      goals_month_1: 'That month has passed. Please choose this month or a later one.',
      goals_words_2: 'Please say what this goal is, or clear its other fields to leave it out.',
      goals_category_2: 'Please choose one of the categories listed.',
      goals_month_2: 'Please choose a month within the next 24 months.',
      goals_category_3: 'Please choose a category for this goal.',
      goals_month_3: 'Please choose the month you aim to reach this goal by.',
    });
  });

  it('takes exactly 200 characters, and refuses a form with no goal at all', () => {
    expect(readGoalsForm([entry({ words: 'y'.repeat(200), category: 'other', targetMonth: '2026-12' })], '2026-12', newId).ok).toBe(true);
    expect(readGoalsForm([entry({}), entry({ words: '   ' })], '2026-12', newId)).toEqual({ ok: false, problems: [{ slot: 0, field: 'words', problem: 'none' }] });
    expect(readGoalsForm([entry({ words: 'a', category: 'other', targetMonth: '2026-13' })], '2026-12', newId)).toMatchObject({ ok: false, problems: [{ field: 'month', problem: 'month_not_a_month' }] });
  });
});

describe('goal counts', () => {
  it('count this semester’s revisits once per goal and the latest status, for current goals only', () => {
    const goals = [{ menteeId: 'A', updatedAt: new Date(), goals: [{ id: 'a1', words: 'w', category: 'other' as const, targetMonth: '2027-01' }, { id: 'a2', words: 'w', category: 'other' as const, targetMonth: '2027-01' }] }];
    const at = (iso: string) => new Date(iso);
    const counts = countGoals(
      goals,
      [
        { menteeId: 'A', goalId: 'a1', point: '2026-Spring:end', status: 'stuck', answeredAt: at('2026-05-03T00:00:00Z') },
        { menteeId: 'A', goalId: 'a1', point: '2026-Fall:mid', status: 'on_track', answeredAt: at('2026-10-03T00:00:00Z') },
        { menteeId: 'A', goalId: 'a1', point: '2026-Fall:end', status: 'done', answeredAt: at('2026-12-03T00:00:00Z') },
        { menteeId: 'A', goalId: 'gone', point: '2026-Fall:end', status: 'stuck', answeredAt: at('2026-12-03T00:00:00Z') },
      ],
      ['2026-Fall:mid', '2026-Fall:end'],
    );
    expect(counts).toEqual([{ menteeId: 'A', goals: 2, revisited: 1, statuses: { on_track: 0, done: 1, changed: 0, stuck: 0 } }]);
  });
});
