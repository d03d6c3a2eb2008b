import { describe, expect, it } from 'vitest';
import { closedUnansweredThisWeek } from '../../src/features/requests/domain/closed-unanswered.js';
import { REQUEST_COLUMNS, requestRows } from '../../src/features/requests/domain/request-rows.js';
import { createCloseDigestLines } from '../../src/features/requests/slack/digest-lines.js';
import { aRequest } from '../support/program-fixture.js';

const NOW = new Date('2026-10-05T13:05:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 3_600_000);
const closedBy = (menteeId: string, reason: 'reached_another_way' | 'duplicate' | 'not_for_mentors' | undefined, at: Date) =>
  aRequest({ menteeId, closedAs: 'closed', closedBy: 'P3', closedAt: at, ...(reason === undefined ? {} : { closeReason: reason }) });

describe('requests closed before anyone answered', () => {
  const requests = [
    closedBy('M1', 'reached_another_way', daysAgo(1)),
    closedBy('M1', 'duplicate', daysAgo(6.9)),
    closedBy('M2', 'duplicate', daysAgo(2)),
    closedBy('M2', 'not_for_mentors', daysAgo(7.1)), // last week
    closedBy('M1', undefined, daysAgo(1)), // answered, then closed: no reason
    aRequest({ menteeId: 'M1' }), // still open
  ];

  it('counts this week’s, by reason, for a Faculty Mentor’s groups and for the whole program, and adds no line when there are none', async () => {
    const closes = closedUnansweredThisWeek(requests, NOW);
    const digest = createCloseDigestLines(async () => ({ closes, menteesByGroup: new Map([['blue', ['M1']], ['green', ['M2']], ['red', ['M9']]]) }));
    const facts = await digest.read(NOW);
    expect(digest.lines(facts, ['blue'], NOW)).toEqual(['• 2 requests closed unanswered this week: 1 reached another way, 1 duplicate']);
    expect(digest.lines(facts, ['green'], NOW)).toEqual(['• 1 request closed unanswered this week: 1 duplicate']);
    expect(digest.lines(facts, 'all', NOW)).toEqual(['• 3 requests closed unanswered this week: 1 reached another way, 2 duplicate']);
    expect(digest.lines(facts, ['red'], NOW)).toEqual([]);
  });

  it('exports the reason as close_reason, empty when there is none', () => {
    const rows = requestRows([closedBy('M1', 'not_for_mentors', daysAgo(1)), closedBy('M1', undefined, daysAgo(1))], new Map(), NOW, { timezone: 'UTC' });
    const column = REQUEST_COLUMNS.indexOf('close_reason');
    expect(rows.map((r) => r[column])).toEqual(['not_for_mentors', undefined]);
  });
});
