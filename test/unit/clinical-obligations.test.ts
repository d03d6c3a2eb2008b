import { describe, expect, it } from 'vitest';
import { isQuiet, type QuietHours } from '../../src/delivery/quiet-hours.js';
import { midpointOf, minutesCheckDateOf, obligationsFromSteps, obligationsOf, type ObligationContact } from '../../src/features/clinical/domain/obligations.js';
import { dueRotationNudges, prePointDue, type NudgeableRotation } from '../../src/features/clinical/domain/rotation-nudges.js';
import { dateInZone } from '../../src/program/calendar-date.js';
import type { ContactKind } from '../../src/program/records/contact.js';

/** Cleo's surgery rotation: Mon Jan 4 to Fri Feb 26, 2027 (54 days); midpoint Jan 30; 75 % on Feb 13. */
const ROTATION = { id: 'R1', personId: 'CLEO', subject: 'surgery' as const, start: '2027-01-04', end: '2027-02-26' };
const ASSIGNED = '2026-12-15';
const contact = (date: string, kind: ContactKind, minutes: number, over: Partial<ObligationContact> = {}): ObligationContact => ({
  mentorId: 'CARL',
  menteeIds: ['CLEO'],
  date,
  kind,
  minutes,
  ...over,
});
const of = (contacts: ObligationContact[], today: string) => obligationsOf(ROTATION, ['CARL'], ASSIGNED, contacts, today);

describe('a clinical mentee rotation’s obligations, from the contact ledger', () => {
  it('places the midpoint halfway (rounded down) and the minutes check at 75 % of the days', () => {
    expect(midpointOf(ROTATION)).toBe('2027-01-30');
    expect(minutesCheckDateOf(ROTATION)).toBe('2027-02-13');
    expect(midpointOf({ start: '2027-01-01', end: '2027-01-04' })).toBe('2027-01-02');
    expect(minutesCheckDateOf({ start: '2027-01-01', end: '2027-01-04' })).toBe('2027-01-04');
  });

  it('counts a video or in-person contact from the assignment to the day before the start as the pre-rotation meeting', () => {
    expect(of([contact('2027-01-03', 'video', 30)], '2027-01-05').pre).toMatchObject({ status: 'done', date: '2027-01-03' });
    expect(of([contact('2026-12-15', 'in_person', 30)], '2027-01-05').pre).toMatchObject({ status: 'done', date: '2026-12-15' });
    // A call is no meeting; the first day of the rotation is too late; before the assignment does not count.
    for (const c of [contact('2027-01-02', 'call', 30), contact('2027-01-04', 'video', 30), contact('2026-12-14', 'video', 30)]) {
      expect(of([c], '2027-01-03').pre.status).toBe('upcoming');
      expect(of([c], '2027-01-04').pre.status).toBe('missing');
    }
  });

  it('counts only the rotation’s mentors and the mentee, a group contact fully, and every step’s mentor', () => {
    expect(of([contact('2027-01-02', 'video', 30, { mentorId: 'DANA' })], '2027-01-04').pre.status).toBe('missing');
    expect(of([contact('2027-01-02', 'video', 30, { menteeIds: ['ELI'] })], '2027-01-04').pre.status).toBe('missing');
    expect(of([contact('2027-01-02', 'video', 30, { menteeIds: ['ELI', 'CLEO'] })], '2027-01-04').pre.status).toBe('done');
    const steps = [
      { mentorId: 'DANA', assignedAt: new Date('2027-01-10T12:00:00Z'), step: 2 },
      { mentorId: 'CARL', assignedAt: new Date('2026-12-15T18:00:00Z'), step: 1 },
    ];
    const done = obligationsFromSteps(ROTATION, steps, [contact('2027-01-02', 'video', 50), contact('2027-01-29', 'video', 80, { mentorId: 'DANA' })], '2027-02-27', (at) => dateInZone(at, 'America/Chicago'));
    expect(done).toMatchObject({ pre: { status: 'done' }, mid: { status: 'done', date: '2027-01-29' }, minutes: { status: 'done', minutes: 130 } });
    expect(obligationsFromSteps(ROTATION, [], [], '2027-01-01', () => '')).toBeUndefined();
  });

  it('takes a meeting within 3 days of the midpoint as the mid-rotation meeting', () => {
    expect(of([contact('2027-01-27', 'in_person', 20)], '2027-02-01').mid).toMatchObject({ status: 'done', from: '2027-01-27', to: '2027-02-02' });
    expect(of([contact('2027-02-02', 'video', 20)], '2027-02-03').mid.status).toBe('done');
    expect(of([contact('2027-01-26', 'video', 20), contact('2027-02-03', 'video', 20)], '2027-02-02').mid.status).toBe('upcoming');
    expect(of([contact('2027-01-26', 'video', 20), contact('2027-02-03', 'video', 20)], '2027-02-03').mid.status).toBe('missing');
    expect(of([contact('2027-01-30', 'text', 20)], '2027-02-03').mid.status).toBe('missing');
  });

  it('sums the minutes of every contact from the assignment to the last day, against 120', () => {
    const ledger = [contact('2026-12-14', 'call', 60), contact('2026-12-20', 'call', 45), contact('2027-01-30', 'slack', 30), contact('2027-02-27', 'video', 60)];
    expect(of(ledger, '2027-02-20').minutes).toEqual({ status: 'upcoming', minutes: 75, required: 120 });
    expect(of(ledger, '2027-02-27').minutes).toEqual({ status: 'missing', minutes: 75, required: 120 });
    expect(of([...ledger, contact('2027-02-26', 'video', 45)], '2027-02-27').minutes).toEqual({ status: 'done', minutes: 120, required: 120 });
  });
});

describe('the clinical nudges due on a program date', () => {
  const rotation = (contacts: ObligationContact[], today: string, mentorZone = 'America/Chicago'): NudgeableRotation => ({
    rotation: ROTATION,
    mentorId: 'CARL',
    mentorZone,
    obligations: of(contacts, today),
  });
  const due = (contacts: ObligationContact[], today: string) => dueRotationNudges([rotation(contacts, today)], today).map((n) => n.key);

  it('chooses the 7-day point while 7 to 3 days are left, then the 2-day point', () => {
    expect([8, 7, 3, 2, 1, 0].map(prePointDue)).toEqual([undefined, 7, 7, 2, 2, undefined]);
  });

  it('nudges before the start with no pre-rotation meeting: 7 days before, then 2 days before; none once met', () => {
    expect(due([], '2026-12-27')).toEqual([]);
    expect(due([], '2026-12-28')).toEqual(['nudge:clinical-pre:R1:CARL:7']);
    expect(due([], '2027-01-01')).toEqual(['nudge:clinical-pre:R1:CARL:7']);
    expect(due([], '2027-01-02')).toEqual(['nudge:clinical-pre:R1:CARL:2']);
    expect(due([], '2027-01-03')).toEqual(['nudge:clinical-pre:R1:CARL:2']);
    expect(due([], '2027-01-04')).toEqual([]);
    expect(due([contact('2026-12-30', 'video', 30)], '2027-01-02')).toEqual([]);
    const [nudge] = dueRotationNudges([rotation([], '2026-12-28')], '2026-12-28');
    expect(nudge).toMatchObject({ kind: 'pre', recipientId: 'CARL', zone: 'America/Chicago', menteeId: 'CLEO', days: 7, daysLeft: 7, date: '2027-01-04' });
  });

  it('nudges 2 days before the midpoint with no mid-rotation meeting, while its window is open', () => {
    const met = [contact('2027-01-02', 'video', 200)];
    expect(due(met, '2027-01-27')).toEqual([]);
    expect(due(met, '2027-01-28')).toEqual(['nudge:clinical-mid:R1:CARL:2']);
    expect(due(met, '2027-02-02')).toEqual(['nudge:clinical-mid:R1:CARL:2']);
    expect(due(met, '2027-02-03')).toEqual([]);
    expect(due([...met, contact('2027-01-28', 'in_person', 20)], '2027-01-29')).toEqual([]);
  });

  it('nudges at 75 % of the rotation while under 120 minutes, with the minutes so far', () => {
    const some = [contact('2027-01-02', 'video', 45), contact('2027-01-29', 'video', 0)];
    expect(due(some, '2027-02-12')).toEqual([]);
    const [nudge] = dueRotationNudges([rotation(some, '2027-02-13')], '2027-02-13');
    expect(nudge).toMatchObject({ kind: 'minutes', key: 'nudge:clinical-minutes:R1:CARL:0', minutes: 45, required: 120, date: '2027-02-26' });
    expect(due(some, '2027-02-26')).toEqual(['nudge:clinical-minutes:R1:CARL:0']);
    expect(due(some, '2027-02-27')).toEqual([]);
    expect(due([...some, contact('2027-02-01', 'call', 75)], '2027-02-13')).toEqual([]);
  });

  it('names the current mentor in the key, so a new mentor after a change is nudged too', () => {
    const other = { ...rotation([], '2027-01-02'), mentorId: 'DANA' };
    expect(dueRotationNudges([other], '2027-01-02').map((n) => n.key)).toEqual(['nudge:clinical-pre:R1:DANA:2']);
  });

  it('counts days on program dates: the 7-day nudge opens at midnight in the program’s zone, and waits out the mentor’s quiet hours', () => {
    const quiet: QuietHours = { start: { hour: 21, minute: 0 }, end: { hour: 8, minute: 0 } };
    // 05:30 UTC on Dec 28 is still Dec 27 in Chicago (the program's zone): nothing yet.
    expect(dateInZone(new Date('2026-12-28T05:30:00Z'), 'America/Chicago')).toBe('2026-12-27');
    // 06:00 UTC is midnight in Chicago: due, but 00:00 is quiet for a Chicago mentor and 15:00 is not for one in Tokyo.
    const today = dateInZone(new Date('2026-12-28T06:00:00Z'), 'America/Chicago');
    expect(due([], today)).toEqual(['nudge:clinical-pre:R1:CARL:7']);
    const [chicago] = dueRotationNudges([rotation([], today)], today);
    const [tokyo] = dueRotationNudges([rotation([], today, 'Asia/Tokyo')], today);
    expect(isQuiet(new Date('2026-12-28T06:00:00Z'), chicago!.zone, quiet)).toBe(true);
    expect(isQuiet(new Date('2026-12-28T06:00:00Z'), tokyo!.zone, quiet)).toBe(false);
    expect(isQuiet(new Date('2026-12-28T14:00:00Z'), chicago!.zone, quiet)).toBe(false);
  });
});
