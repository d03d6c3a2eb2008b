import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../src/features/clinical/domain/match.js';
import { obligationsOf } from '../../src/features/clinical/domain/obligations.js';
import { buildOfficeDigest } from '../../src/features/clinical/domain/office-digest.js';
import { rotationRows } from '../../src/features/clinical/domain/rotation-rows.js';
import type { Rotation } from '../../src/features/clinical/domain/rotation.js';
import { buildOfficeDigestMessage, buildOfficeHomeBlocks } from '../../src/features/clinical/slack/office-digest-view.js';
import { buildRotationNudge } from '../../src/features/clinical/slack/rotation-nudge-views.js';
import { aPerson } from '../support/program-fixture.js';

const TODAY = '2027-01-04';
const rotation = (personId: string, start: string, end: string, subject: Rotation['subject'] = 'surgery'): Rotation => ({
  id: `${personId}|upcoming|${subject}|${start}`,
  personId,
  kind: 'upcoming',
  subject,
  site: undefined,
  preceptor: undefined,
  start,
  end,
});
const assignment = (r: Rotation, mentorId: string): Assignment => ({
  rotationId: r.id,
  menteeId: r.personId,
  mentorId,
  assignedAt: new Date('2026-12-01T12:00:00Z'),
  chosenBy: 'auto',
  step: 1,
});
const mentor = (id: string, name: string) => aPerson({ id, name, roles: ['peer_mentor'], tracks: [{ track: 'clinical', role: 'peer_mentor' }], year: 4 });

describe('the Clinical Office at a glance', () => {
  const running = rotation('M1', '2026-12-14', '2027-01-29');
  const starting = rotation('M2', '2027-01-06', '2027-02-26');
  const ended = rotation('M3', '2026-11-02', '2026-12-18');
  const old = rotation('M4', '2026-09-01', '2026-10-30');
  const soon = [rotation('M5', '2027-01-11', '2027-02-05'), rotation('M6', '2027-01-11', '2027-02-05'), rotation('M7', '2027-01-18', '2027-02-12')];
  const late = rotation('M8', '2027-01-19', '2027-02-12');
  const ob = (r: Rotation, contacts: Parameters<typeof obligationsOf>[3]) => obligationsOf(r, ['A'], '2026-12-01', contacts, TODAY);
  const digest = buildOfficeDigest({
    today: TODAY,
    rotations: [
      { rotation: running, current: assignment(running, 'A'), obligations: ob(running, [{ mentorId: 'A', menteeIds: ['M1'], date: '2026-12-10', kind: 'video', minutes: 130 }]) },
      { rotation: starting, current: assignment(starting, 'A'), obligations: ob(starting, []) },
      { rotation: ended, current: assignment(ended, 'B'), obligations: ob(ended, []) },
      { rotation: old, current: assignment(old, 'B'), obligations: ob(old, []) },
      ...[...soon, late].map((r) => ({ rotation: r, current: undefined, obligations: undefined })),
    ],
    people: [mentor('A', 'Ann'), mentor('B', 'Bo'), mentor('C', 'Cy'), aPerson({ id: 'P', roles: ['peer_mentor'], year: 4 })],
    agreedIds: new Set(['A']),
  });

  it('counts rotations without a mentor starting within 14 days, by first day', () => {
    expect(digest.unassignedSoon).toEqual({ count: 3, byStart: [{ date: '2027-01-11', count: 2 }, { date: '2027-01-18', count: 1 }] });
  });

  it('counts meetings done, missing and to come over the recent rotations, mentees under 120 minutes, mentors under 3, agreements pending', () => {
    expect(digest).toMatchObject({
      recent: 3,
      pre: { done: 1, missing: 1, upcoming: 1 },
      mid: { done: 0, missing: 1, upcoming: 2 },
      menteesUnderMinutes: 1,
      menteesUnderMinutesEnded: 1,
      mentors: 3,
      mentorsUnderMin: 3,
      pendingAgreementIds: ['B', 'C'],
    });
  });

  it('says it in counts and dates; the Home names the mentors whose agreement is pending', () => {
    const message = JSON.stringify(buildOfficeDigestMessage(digest));
    expect(message).toContain('*3 rotations start in the next 14 days without a mentor:* Mon, Jan 11 (2), Mon, Jan 18');
    expect(message).toContain('*Pre-rotation meetings:* 1 done · 1 missing · 1 to come');
    expect(message).toContain('*Mentees under 120 minutes:* 1 (1 of them in a rotation that has ended)');
    expect(message).toContain('*Mentors with fewer than 3 mentees:* 3 of 3');
    expect(message).toContain('*Honesty agreements pending:* 2');
    expect(message).not.toContain('<@B>');
    expect(JSON.stringify(buildOfficeHomeBlocks(digest))).toContain('• <@B>');
  });

  it('exports each rotation with its meeting dates or statuses, minutes asked and met, and blank mentor cells when unassigned', () => {
    const people = new Map([aPerson({ id: 'M1', name: 'Mo' }), aPerson({ id: 'M5', name: 'Fi' }), mentor('A', 'Ann')].map((p) => [p.id, p]));
    expect(rotationRows([{ rotation: soon[0]!, current: undefined, obligations: undefined }, { rotation: running, current: assignment(running, 'A'), obligations: ob(running, [{ mentorId: 'A', menteeIds: ['M1'], date: '2026-12-10', kind: 'video', minutes: 130 }]) }], people)).toEqual([
      ['surgery', undefined, undefined, '2026-12-14', '2027-01-29', 'Mo', 'Ann', '2026-12-01T12:00:00.000Z', 'auto', '2026-12-10', 'upcoming', 120, 130],
      ['surgery', undefined, undefined, '2027-01-11', '2027-02-05', 'Fi', undefined, undefined, undefined, undefined, undefined, 120, undefined],
    ]);
  });
});

describe('a clinical nudge as the mentor reads it', () => {
  const base = { recipientId: 'A', zone: 'America/Chicago', menteeId: 'M1', rotation: { id: 'R', subject: 'pediatrics' as const, start: '2027-01-04', end: '2027-02-26' }, minutes: 45, required: 120 };
  it.each([
    [{ kind: 'pre' as const, days: 7, daysLeft: 7, date: '2027-01-04' }, 'Sam Rivera’s pediatrics rotation starts in 7 days (Mon, Jan 4), and you have not met yet.'],
    [{ kind: 'pre' as const, days: 2, daysLeft: 1, date: '2027-01-04' }, 'Sam Rivera’s pediatrics rotation starts tomorrow (Mon, Jan 4), and you have not met yet.'],
    [{ kind: 'mid' as const, days: 2, daysLeft: 2, date: '2027-01-30' }, 'Sam Rivera’s pediatrics rotation is halfway on Sat, Jan 30, and you have not met since it began.'],
    [{ kind: 'minutes' as const, days: 0, daysLeft: 0, date: '2027-02-26' }, '45 of 120 minutes with Sam Rivera this rotation.'],
  ])('%o', (nudge, text) => {
    const message = buildRotationNudge({ ...base, ...nudge, key: 'k' }, 'Sam Rivera');
    expect(message.text).toBe(text);
  });
});
