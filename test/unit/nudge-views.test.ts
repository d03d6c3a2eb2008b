import { describe, expect, it } from 'vitest';
import type { ListNudge, RequestNudge } from '../../src/features/nudges/domain/nudge.js';
import type { RequestFacts } from '../../src/program/records/request.js';
import { buildNudgeMessage } from '../../src/features/nudges/slack/nudge-views.js';
import { aRequest } from '../support/program-fixture.js';

const { description: SECRET, ...request } = aRequest({ id: 'R1', menteeId: 'M1', mentorIds: ['P3', 'P4'], deadline: new Date('2026-10-31T15:00:00Z') });
const pending: RequestFacts = request;
const json = (value: unknown) => JSON.stringify(value);
const actionIds = (blocks: unknown[] | undefined) =>
  (blocks as { type: string; elements?: { action_id?: string }[] }[]).filter((b) => b.type === 'actions').flatMap((b) => (b.elements ?? []).map((e) => e.action_id));
const requestNudge = (overrides: Partial<RequestNudge>): RequestNudge => ({
  kind: 'request-reminder',
  key: 'nudge:request-reminder:R1:P4',
  recipientId: 'P4',
  zone: 'America/Chicago',
  request: pending,
  hours: 6,
  coveringFor: [],
  ...overrides,
});

describe('nudge messages', () => {
  it('reminds with the time left, the deadline in the recipient’s zone, where to answer, and the request’s buttons', () => {
    const message = buildNudgeMessage(requestNudge({}));
    expect(message.text).toBe('Reminder: <@M1>’s request for help is due in 6 h (Sat, Oct 31, 10:00 AM CDT).');
    expect(json(message.blocks)).toContain('Study tips');
    expect(json(message.blocks)).toContain('your first message there counts as the response');
    expect(actionIds(message.blocks)).toEqual(['request_claim', 'request_respond', 'request_close']);
    expect(json(message.blocks)).toContain('"value":"R1"');
    const tokyo = buildNudgeMessage(requestNudge({ zone: 'Asia/Tokyo' }));
    expect(tokyo.text).toContain('Sun, Nov 1, 12:00 AM GMT+9');
  });

  it('offers only the buttons the request’s state allows, and says whom a partner covers for', () => {
    const claimed = buildNudgeMessage(requestNudge({ request: { ...pending, claimedBy: 'P3', claimedAt: new Date('2026-10-30T16:00:00Z') }, coveringFor: ['P3'] }));
    expect(actionIds(claimed.blocks)).toEqual(['request_respond', 'request_close']);
    expect(json(claimed.blocks)).toContain('You’re covering for <@P3>, who is away.');
  });

  it('gives no buttons to someone covering from outside the request’s conversation, and names whom to check with', () => {
    const message = buildNudgeMessage(requestNudge({ kind: 'request-overdue', recipientId: 'P9', request: { ...pending, mentorIds: ['P4'] }, coveringFor: ['P4'], hours: 1 }));
    expect(actionIds(message.blocks)).toEqual([]);
    expect(json(message.blocks)).toContain('It was sent to <@P4>, so its conversation and buttons are theirs');
  });

  it('tells the Pair a request is overdue, and how late', () => {
    const message = buildNudgeMessage(requestNudge({ kind: 'request-overdue', key: 'nudge:request-overdue:R1:P3', hours: 2, zone: 'America/New_York' }));
    expect(message.text).toBe('<@M1>’s request for help was due Sat, Oct 31, 11:00 AM EDT and has no answer yet.');
    expect(json(message.blocks)).toContain('(2 h ago)');
    expect(json(message.blocks)).toContain('Your Pair partner has been told too');
    expect(actionIds(message.blocks)).toContain('request_respond');
  });

  it('tells the Faculty Mentor who asked whom and how late, never the topic or the words', () => {
    const message = buildNudgeMessage(requestNudge({ kind: 'request-escalation', key: 'nudge:request-escalation:R1:F1', recipientId: 'F1', hours: 24 }));
    expect(message.text).toBe('<@M1>, one of your mentees, asked <@P3> and <@P4> for help and has had no answer: it was due Sat, Oct 31, 10:00 AM CDT (24 h ago).');
    expect(json(message)).not.toContain('Study tips');
    expect(json(message)).not.toContain(SECRET);
    expect(actionIds(message.blocks)).toEqual([]);
  });

  const list = (overrides: Partial<ListNudge>): ListNudge =>
    ({
      kind: 'month-end',
      key: 'nudge:month-end:P3:2026-10:3',
      recipientId: 'P3',
      zone: 'America/New_York',
      month: { key: '2026-10', from: '2026-10-01', to: '2026-10-31', active: true },
      daysLeft: 3,
      menteeIds: ['M1', 'M2'],
      missing: 2,
      asFaculty: false,
      ...overrides,
    }) as ListNudge;

  it('lists the mentees with no communication yet this month in one message', () => {
    const message = buildNudgeMessage(list({}));
    expect(message.text).toBe('3 days left of October 2026: 2 of your mentees have had no communication yet this month.');
    expect(json(message.blocks)).toContain('<@M1>, <@M2>');
    expect(json(message.blocks)).toContain('/mentor-checkin');
    expect(buildNudgeMessage(list({ daysLeft: 1, menteeIds: ['M1'], missing: 1 })).text).toBe('Last day of October 2026: one of your mentees has had no communication yet this month.');
  });

  it('lists the mentees with no meeting this semester, and says when it comes to the faculty mentor instead', () => {
    const message = buildNudgeMessage(
      list({
        kind: 'semester-end',
        key: 'nudge:semester-end:F1:2026-Fall:14',
        semester: { key: '2026-Fall', name: 'Fall', label: 'Fall 2026', from: '2026-08-01', to: '2026-12-31' },
        daysLeft: 14,
        asFaculty: true,
      } as Partial<ListNudge>),
    );
    expect(message.text).toBe('14 days left of Fall 2026: 2 of your mentees have not met a mentor yet this semester.');
    expect(json(message.blocks)).toContain('Their peer mentors are away');
    expect(json(message.blocks)).toContain('in person or by video');
  });

  it('names the mentees it is given within Slack’s limits, and counts the rest', () => {
    const named = Array.from({ length: 100 }, (_, i) => `U${String(i).padStart(9, '0')}`);
    const message = buildNudgeMessage(list({ menteeIds: named, missing: 500 }));
    expect(message.blocks!.length).toBeLessThanOrEqual(50);
    for (const block of message.blocks as { text?: { text: string } }[]) expect((block.text?.text ?? '').length).toBeLessThanOrEqual(3_000);
    for (const id of named) expect(json(message.blocks)).toContain(`<@${id}>`);
    expect(json(message.blocks)).toContain('…and 400 more.');
    expect(message.text).toContain('500 of your mentees');
  });
});
