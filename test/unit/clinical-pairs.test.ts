import { describe, expect, it } from 'vitest';
import { isCurrentPair } from '../../src/features/clinical/domain/clinical-pairs.js';
import { dueNudges, type NudgeState } from '../../src/features/nudges/domain/due-nudges.js';
import { DEFAULT_NUDGE_SETTINGS } from '../../src/features/nudges/domain/nudge.js';
import { chooseAudience, type AudienceOption } from '../../src/features/requests/request-circle.js';
import { authorizePairAsk } from '../../src/features/switching/domain/switch.js';
import { DEFAULT_ACTIVE_MONTHS, DEFAULT_SEMESTERS } from '../../src/program/calendar.js';
import { officeOf } from '../../src/program/pairs.js';
import { isPairAudience } from '../../src/program/records/request.js';
import type { Person } from '../../src/program/roster.js';
import { aRequest } from '../support/program-fixture.js';

describe('clinical pairs: when a rotation’s mentor and mentee are a current pair', () => {
  it('lasts until a week after the rotation’s last day', () => {
    expect(isCurrentPair({ end: '2027-02-26' }, '2026-12-01')).toBe(true);
    expect(isCurrentPair({ end: '2027-02-26' }, '2027-03-05')).toBe(true);
    expect(isCurrentPair({ end: '2027-02-26' }, '2027-03-06')).toBe(false);
  });
});

describe('who may ask to change a pair’s mentor', () => {
  const pairs = [
    { menteeId: 'M1', mentorId: 'P1', pairKey: 'R1' },
    { menteeId: 'M1', mentorId: 'P2', pairKey: 'R2' },
  ];
  it('lets the mentee ask about their soonest pair, and a pair’s own mentor hand them over', () => {
    expect(authorizePairAsk('M1', 'M1', pairs)).toEqual({ ok: true, as: 'mentee', pair: pairs[0] });
    expect(authorizePairAsk('P2', 'M1', pairs)).toEqual({ ok: true, as: 'mentor', pair: pairs[1] });
  });
  it('refuses another mentor, and a mentee with no pair', () => {
    expect(authorizePairAsk('P9', 'M1', pairs)).toEqual({ ok: false, reason: 'not_their_mentor' });
    expect(authorizePairAsk('M2', 'M2', pairs)).toEqual({ ok: false, reason: 'no_pair' });
  });
});

describe('a request’s audience', () => {
  const option = (audience: string): AudienceOption => ({ audience, mentorIds: [`${audience}-mentor`], standInIds: [], mentorWord: audience === 'clinical' ? 'rotation mentor' : undefined });
  it('keeps a cohort mentee’s Mentor Pair the default, and takes the one asked for when the mentee has it', () => {
    const both = [option('cohort'), option('clinical')];
    expect(chooseAudience(both, undefined)?.audience).toBe('cohort');
    expect(chooseAudience(both, 'clinical')?.audience).toBe('clinical');
    expect(chooseAudience(both, 'mdphd')?.audience).toBe('cohort');
    expect(chooseAudience([option('clinical')], 'cohort')?.audience).toBe('clinical');
    expect(chooseAudience([], 'cohort')).toBeUndefined();
  });
  it('tells a pair track’s audience from the groups’', () => {
    expect(['cohort', 'mdphd', 'clinical'].map(isPairAudience)).toEqual([false, false, true]);
  });
});

describe('a clinical request left unanswered', () => {
  const person = (id: string, roles: Person['roles'], tracks?: Person['tracks']): Person => ({ id, name: id, email: undefined, roles, year: undefined, mdphd: false, timezone: 'America/Chicago', active: true, ...(tracks ? { tracks } : {}) });
  const PEOPLE = [
    person('CARL', ['peer_mentor'], [{ track: 'clinical', role: 'peer_mentor' }]),
    person('CLEO', ['mentee'], [{ track: 'clinical', role: 'mentee' }]),
    person('OLIVE', ['admin'], [{ track: 'clinical', role: 'admin' }]),
    person('COORD', ['admin']),
  ];
  const created = new Date('2026-12-01T15:00:00Z');
  const { description: _d, ...request } = aRequest({ id: 'R1', menteeId: 'CLEO', mentorIds: ['CARL'], audience: 'clinical', createdAt: created, deadline: new Date(created.getTime() + 24 * 3_600_000), messageTs: '1.1', channelId: 'D1' });
  const state = (people: Person[]): NudgeState => ({
    people,
    groups: [],
    memberships: [],
    requests: [request],
    away: [],
    contacts: [],
    calendar: { timezone: 'America/Chicago', activeMonths: DEFAULT_ACTIVE_MONTHS, semesters: DEFAULT_SEMESTERS },
  });
  const at = (hours: number) => new Date(created.getTime() + hours * 3_600_000);

  it('reminds the rotation mentor at 18 h, tells them at 24 h, and tells the Clinical Office (the track’s admins) at 48 h', () => {
    const kinds = (hours: number) => dueNudges(state(PEOPLE), at(hours), DEFAULT_NUDGE_SETTINGS).map((n) => `${n.kind}→${n.recipientId}`);
    expect(kinds(17)).toEqual([]);
    expect(kinds(18)).toEqual(['request-reminder→CARL']);
    expect(kinds(24)).toEqual(['request-overdue→CARL']);
    expect(kinds(47)).toEqual(['request-overdue→CARL']);
    expect(kinds(48)).toEqual(['request-overdue→CARL', 'request-escalation→OLIVE']);
  });

  it('escalates to the program’s admins when the track has no admin of its own', () => {
    const withoutOffice = PEOPLE.filter((p) => p.id !== 'OLIVE');
    expect(officeOf(withoutOffice, 'clinical')).toEqual([]);
    const due = dueNudges(state(withoutOffice), at(48), DEFAULT_NUDGE_SETTINGS);
    expect(due.filter((n) => n.kind === 'request-escalation').map((n) => n.recipientId)).toEqual(['COORD']);
  });
});
