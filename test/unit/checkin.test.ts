import { describe, expect, it } from 'vitest';
import { checkDraft, parseContactKind, parseQuickCheckin, strangersAmong, undoRefusal, type CheckinDraft } from '../../src/features/contacts/domain/checkin.js';
import { summarizePulses, type PulseAnswer } from '../../src/program/records/pulse.js';

describe('the quick form: /mentor-checkin @mentee [@mentee…] <kind> [minutes]', () => {
  it.each([
    ['<@U0MENTEE1|sam> call 20', ['U0MENTEE1'], 'call', 20],
    ['<@U0MENTEE1|sam> <@U0MENTEE2|kim> in-person 45', ['U0MENTEE1', 'U0MENTEE2'], 'in_person', 45],
    ['<@U0MENTEE1> message', ['U0MENTEE1'], 'slack', undefined],
    ['<@U0MENTEE1|sam> E-mail 5min', ['U0MENTEE1'], 'email', 5],
    ['<@U0MENTEE1|sam> video 30 minutes', ['U0MENTEE1'], 'video', 30],
    ['<@U0MENTEE1|sam> <@U0MENTEE1|sam> text', ['U0MENTEE1'], 'text', undefined],
    ['<@W0MENTEE1|sam> meeting 0', ['W0MENTEE1'], 'in_person', 0],
  ] as const)('%s → %j %s %s', (text, menteeIds, kind, minutes) => {
    expect(parseQuickCheckin(text)).toEqual({ ok: true, value: { menteeIds, kind, minutes } });
  });

  it.each([
    ['call 20', [{ field: 'mentees', code: 'no_mentees' }]],
    ['@sam call 20', [{ field: 'mentees', code: 'plain_name', word: '@sam' }]],
    ['<@U0MENTEE1|sam>', [{ field: 'kind', code: 'missing_kind' }]],
    ['<@U0MENTEE1|sam> carrier-pigeon 20', [{ field: 'kind', code: 'unknown_kind', word: 'carrier-pigeon' }]],
    ['<@U0MENTEE1|sam> call 601', [{ field: 'minutes', code: 'bad_minutes' }]],
    ['<@U0MENTEE1|sam> call twenty', [{ field: 'text', code: 'unexpected_words', words: ['twenty'] }]],
    ['<@U0MENTEE1|sam> call 20 about exams', [{ field: 'text', code: 'unexpected_words', words: ['about', 'exams'] }]],
  ] as const)('%s is refused: %j', (text, problems) => {
    expect(parseQuickCheckin(text)).toEqual({ ok: false, problems });
  });

  it('knows every kind by its friendly names', () => {
    expect(['message', 'slack', 'text', 'call', 'email', 'e-mail', 'video', 'in-person', 'in_person', 'meeting'].map(parseContactKind)).toEqual([
      'slack', 'slack', 'text', 'call', 'email', 'email', 'video', 'in_person', 'in_person', 'in_person',
    ]);
    expect(parseContactKind('fax')).toBeUndefined();
  });
});

describe('checkDraft: what a contact may be', () => {
  const today = '2026-09-14';
  const draft = (overrides: Partial<CheckinDraft> = {}): CheckinDraft => ({ menteeIds: ['M1'], group: false, date: today, minutes: 20, note: undefined, ...overrides });

  it.each([
    ['today', {}, []],
    ['90 days back', { date: '2026-06-16' }, []],
    ['91 days back', { date: '2026-06-15' }, ['too_old']],
    ['tomorrow', { date: '2026-09-15' }, ['future_date']],
    ['not a date', { date: '2026-02-30' }, ['invalid_date']],
    ['no mentees', { menteeIds: [] }, ['no_mentees']],
    ['several mentees, individual', { menteeIds: ['M1', 'M2'] }, ['individual_with_several']],
    ['several mentees, group', { menteeIds: ['M1', 'M2'], group: true }, []],
    ['0 minutes', { minutes: 0 }, []],
    ['600 minutes', { minutes: 600 }, []],
    ['601 minutes', { minutes: 601 }, ['bad_minutes']],
    ['negative minutes', { minutes: -5 }, ['bad_minutes']],
    ['fractional minutes', { minutes: 2.5 }, ['bad_minutes']],
    ['a 1,000-character note', { note: 'x'.repeat(1000) }, []],
    ['a 1,001-character note', { note: 'x'.repeat(1001) }, ['note_too_long']],
  ] as const)('%s → %j', (_case, overrides, codes) => {
    expect(checkDraft(draft(overrides), today).map((p) => p.code)).toEqual(codes);
  });

  it('names the people who are not the mentor’s own mentees', () => {
    expect(strangersAmong(['M1', 'X9', 'M2', 'X8'], ['M1', 'M2'])).toEqual(['X9', 'X8']);
  });
});

describe('undoRefusal: the author, for 7 days', () => {
  const contact = { mentorId: 'P3', createdAt: new Date('2026-09-14T15:00:00Z') };
  it.each([
    ['the author, at once', 'P3', '2026-09-14T15:00:01Z', undefined],
    ['the author, 7 days later to the minute', 'P3', '2026-09-21T15:00:00Z', undefined],
    ['the author, a minute after 7 days', 'P3', '2026-09-21T15:01:00Z', 'expired'],
    ['someone else', 'P4', '2026-09-14T15:00:01Z', 'not_author'],
  ] as const)('%s → %s', (_case, actor, now, refusal) => {
    expect(undoRefusal(contact, actor, new Date(now))).toBe(refusal);
  });
});

describe('summarizePulses: counts, and names only of those who shared', () => {
  it('counts answers of the group’s mentees and names those who chose to share', () => {
    const answer = (menteeId: string, score: 1 | 2 | 3 | 4 | 5, shared = false): PulseAnswer => ({
      menteeId,
      month: '2026-09',
      score,
      answeredAt: new Date('2026-09-15T15:00:00Z'),
      sharedAt: shared ? new Date('2026-09-15T15:01:00Z') : undefined,
    });
    const summary = summarizePulses(['M1', 'M2', 'M3', 'M4', 'M5'], [answer('M1', 1, true), answer('M2', 2), answer('M3', 5), answer('X1', 1, true)]);
    expect(summary).toEqual({ asked: 5, answered: 3, counts: { 1: 1, 2: 1, 3: 0, 4: 0, 5: 1 }, low: 2, sharedMenteeIds: ['M1'] });
  });
});
