import { describe, expect, it } from 'vitest';
import { DEFAULT_ACTIVE_MONTHS, DEFAULT_SEMESTERS, type ProgramCalendar } from '../../src/program/calendar.js';
import { attemptDate, unreachedMentees, type ContactAttempt } from '../../src/features/contacts/domain/attempts.js';
import { checkConcern } from '../../src/features/contacts/domain/concern.js';
import { aContact } from '../support/program-fixture.js';

const chicago: ProgramCalendar = { timezone: 'America/Chicago', activeMonths: DEFAULT_ACTIVE_MONTHS, semesters: DEFAULT_SEMESTERS };
const utc: ProgramCalendar = { ...chicago, timezone: 'UTC' };

/** An attempt at an instant, dated as the store dates it: in the program's zone. */
const anAttempt = (menteeId: string, at: string, calendar = chicago, mentorId = 'P3'): ContactAttempt => ({ mentorId, menteeId, at: new Date(at), date: attemptDate(new Date(at), calendar) });
const aCall = (menteeId: string, date: string, undoneAt?: Date) => aContact({ menteeIds: [menteeId], date, kind: 'call', ...(undoneAt ? { undoneAt } : {}) });

describe('two attempts in a month with no communication: the mentee was not reached', () => {
  it.each([
    ['one attempt', [anAttempt('M1', '2026-10-05T15:00:00Z')], [], []],
    ['two attempts (the Pair’s two mentors)', [anAttempt('M1', '2026-10-05T15:00:00Z'), anAttempt('M1', '2026-10-05T16:00:00Z', chicago, 'P4')], [], ['M1']],
    ['two attempts on two days', [anAttempt('M1', '2026-10-05T15:00:00Z'), anAttempt('M1', '2026-10-20T15:00:00Z')], [], ['M1']],
    ['two attempts and a call this month', [anAttempt('M1', '2026-10-05T15:00:00Z'), anAttempt('M1', '2026-10-20T15:00:00Z')], [aCall('M1', '2026-10-25')], []],
    ['two attempts and a call undone', [anAttempt('M1', '2026-10-05T15:00:00Z'), anAttempt('M1', '2026-10-20T15:00:00Z')], [aCall('M1', '2026-10-25', new Date('2026-10-26T00:00:00Z'))], ['M1']],
    ['two attempts and a call last month', [anAttempt('M1', '2026-10-05T15:00:00Z'), anAttempt('M1', '2026-10-20T15:00:00Z')], [aCall('M1', '2026-09-30')], ['M1']],
    ['a call with another mentee', [anAttempt('M1', '2026-10-05T15:00:00Z'), anAttempt('M1', '2026-10-20T15:00:00Z')], [aCall('M2', '2026-10-06')], ['M1']],
    ['one attempt this month and one last month', [anAttempt('M1', '2026-09-29T15:00:00Z'), anAttempt('M1', '2026-10-02T15:00:00Z')], [], []],
    ['one attempt each for two mentees', [anAttempt('M1', '2026-10-05T15:00:00Z'), anAttempt('M2', '2026-10-06T15:00:00Z')], [], []],
  ])('%s', (_what, attempts, contacts, expected) => {
    expect(unreachedMentees('2026-10', chicago, attempts, contacts)).toEqual(expected);
  });

  it('counts an attempt in the month of its day in the program’s zone, not in UTC', () => {
    // 04:30 UTC on 1 November is still 31 October (23:30) in Chicago.
    const late = anAttempt('M1', '2026-11-01T04:30:00Z');
    expect(late.date).toBe('2026-10-31');
    const early = anAttempt('M1', '2026-10-03T15:00:00Z');
    expect(unreachedMentees('2026-10', chicago, [early, late], [])).toEqual(['M1']);
    expect(unreachedMentees('2026-11', chicago, [early, late], [])).toEqual([]);
    // A program kept in UTC counts the same instant in November.
    expect(attemptDate(new Date('2026-11-01T04:30:00Z'), utc)).toBe('2026-11-01');
    // And across the end of daylight saving time (1 November 2026 in Chicago), 05:30 UTC is 00:30 on 1 November.
    expect(attemptDate(new Date('2026-11-01T05:30:00Z'), chicago)).toBe('2026-11-01');
  });
});

describe('a concern as given', () => {
  it('takes one of the four categories and an optional note of at most 1,000 characters, trimmed', () => {
    expect(checkConcern('wellbeing', '  tired  ')).toEqual({ ok: true, category: 'wellbeing', note: 'tired' });
    expect(checkConcern('academic', '   ')).toEqual({ ok: true, category: 'academic', note: undefined });
    expect(checkConcern('professionalism', 'x'.repeat(1_000))).toMatchObject({ ok: true });
    expect(checkConcern('other', 'x'.repeat(1_001))).toEqual({ ok: false, problems: ['note_too_long'] });
    expect(checkConcern('gossip', undefined)).toEqual({ ok: false, problems: ['unknown_category'] });
    expect(checkConcern(undefined, 'x'.repeat(1_001))).toEqual({ ok: false, problems: ['unknown_category', 'note_too_long'] });
  });
});
