import { describe, expect, it } from 'vitest';
import { buildCoordinatorDigest, type CoordinatorDigestInput } from '../../src/features/premed/domain/coordinator-digest.js';
import type { HoursContact, PremedPair } from '../../src/features/premed/domain/hours.js';
import { buildCoordinatorDigestMessage, createCoordinatorDigestSource } from '../../src/features/premed/slack/coordinator-digest-view.js';
import type { Person } from '../../src/program/roster.js';

const pair = (mentorId: string, menteeId: string, menteeName: string, mentorName: string, minor = true): PremedPair => ({ mentorId, menteeId, menteeName, mentorName, minor });
const JO = pair('ANA', 'JO', 'Jo Rivera', 'Dr. Ana Lee');
const KIM = pair('BEN', 'KIM', 'Kim Park', 'Ben Cho', false);
const LU = pair('CAL', 'LU', 'Lu Chen', 'Cal Diaz');
const MO = pair('DEE', 'MO', 'Mo Ali', 'Dee Fox');
const c = (mentorId: string, menteeId: string, date: string, minutes: number): HoursContact => ({ mentorId, menteeIds: [menteeId], date, minutes });

const input = (over: Partial<CoordinatorDigestInput> = {}): CoordinatorDigestInput => ({
  today: '2026-10-19',
  calendar: { activeMonths: [10, 11, 12, 1, 2, 3, 4, 5] },
  pairs: [JO, KIM, LU, MO],
  contacts: [c('ANA', 'JO', '2026-10-02', 45), c('BEN', 'KIM', '2026-10-05', 120), c('CAL', 'LU', '2026-10-07', 30), c('CAL', 'LU', '2026-09-30', 200)],
  agreedIds: new Set(['ANA', 'JO', 'BEN', 'KIM', 'CAL', 'LU', 'DEE']),
  firstSessions: [
    { mentorId: 'ANA', menteeId: 'JO', date: '2026-10-02', parentPresent: false },
    { mentorId: 'CAL', menteeId: 'LU', date: '2026-10-07', parentPresent: true },
    { mentorId: 'ZED', menteeId: 'OLD', date: '2026-03-01', parentPresent: false },
  ],
  ...over,
});

describe('the pre-med coordinators’ weekly figures', () => {
  it('lists the introduced pairs under 120 minutes this month, fewest first', () => {
    const d = buildCoordinatorDigest(input());
    expect(d).toMatchObject({ month: '2026-10', active: true, daysLeft: 13, pairs: 4, required: 120 });
    expect(d.underMinimum.map((p) => [p.menteeName, p.minutes])).toEqual([
      ['Lu Chen', 30],
      ['Jo Rivera', 45],
    ]);
  });

  it('lists pairs waiting for an agreement, and whose, instead of counting their minutes', () => {
    const d = buildCoordinatorDigest(input());
    expect(d.pendingAgreements).toEqual([{ mentorId: 'DEE', menteeId: 'MO', mentorName: 'Dee Fox', menteeName: 'Mo Ali', mentorPending: false, menteePending: true }]);
    expect(d.underMinimum.map((p) => p.menteeId)).not.toContain('MO');
    expect(buildCoordinatorDigest(input({ agreedIds: new Set() })).pendingAgreements.map((p) => [p.menteeId, p.mentorPending, p.menteePending])).toEqual([
      ['JO', true, true],
      ['KIM', true, true],
      ['LU', true, true],
      ['MO', true, true],
    ]);
  });

  it('lists the current pairs’ first sessions without a parent', () => {
    expect(buildCoordinatorDigest(input()).withoutParent).toEqual([{ mentorId: 'ANA', menteeId: 'JO', mentorName: 'Dr. Ana Lee', menteeName: 'Jo Rivera', date: '2026-10-02' }]);
  });

  it('lists no pair under the minimum in a month the track does not run', () => {
    const d = buildCoordinatorDigest(input({ today: '2026-09-21' }));
    expect(d).toMatchObject({ month: '2026-09', active: false, underMinimum: [] });
    expect(d.pendingAgreements).toHaveLength(1);
  });
});

describe('the coordinators’ digest message', () => {
  it('shows names, minutes and dates, and no notes', () => {
    const message = buildCoordinatorDigestMessage(buildCoordinatorDigest(input()));
    const text = JSON.stringify(message.blocks);
    expect(message.text).toBe('Pre-med outreach this week (Mon, Oct 19): hours, agreements and first sessions at a glance.');
    expect(text).toContain('2 pairs are under 120 minutes in October 2026');
    expect(text).toContain('• Lu Chen with Cal Diaz: 30 min');
    expect(text).toContain('1 pair is waiting for the program agreement');
    expect(text).toContain('• Mo Ali with Dee Fox: waiting for the mentee');
    expect(text).toContain('1 first session with a minor logged without a parent or guardian');
    expect(text).toContain('• Jo Rivera with Dr. Ana Lee, Fri, Oct 2');
  });

  it('says when all is well, and when no minimum applies', () => {
    const calm = input({ pairs: [KIM], firstSessions: [] });
    const text = JSON.stringify(buildCoordinatorDigestMessage(buildCoordinatorDigest(calm)).blocks);
    expect(text).toContain('Every introduced pair has logged at least 120 minutes in October 2026');
    expect(text).toContain('Every pair has accepted the program agreement');
    expect(text).toContain('No first session with a minor was logged without a parent or guardian');
    expect(JSON.stringify(buildCoordinatorDigestMessage(buildCoordinatorDigest({ ...calm, today: '2026-07-06' })).blocks)).toContain('No minimum applies in July 2026');
  });

  it('escapes names and stays within Slack’s limits with many pairs', () => {
    const many = Array.from({ length: 300 }, (_, i) => pair(`M${i}`, `E${i}`, `Mentee <${i}>`, `Mentor ${i}`));
    const message = buildCoordinatorDigestMessage(buildCoordinatorDigest(input({ pairs: many, contacts: [], agreedIds: new Set(), firstSessions: [] })));
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(message.blocks)).toContain('Mentee &lt;0&gt;');
    expect(JSON.stringify(message.blocks)).not.toContain('Mentee <0>');
  });

  it('goes to the track’s coordinators: active pre-med admins', () => {
    const person = (id: string, track: string, active = true): Person => ({
      id, name: id, email: undefined, roles: ['admin'], tracks: [{ track, role: 'admin' }], year: undefined, mdphd: false, timezone: undefined, active,
    });
    const source = createCoordinatorDigestSource(async () => buildCoordinatorDigest(input()));
    expect(source.name).toBe('premed');
    expect(source.readers([person('P1', 'premed'), person('C1', 'clinical'), person('P2', 'premed', false)])).toEqual(['P1']);
  });
});
