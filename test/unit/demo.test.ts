import { describe, expect, it } from 'vitest';
import type { DemoRecord } from '../../src/demo/demo-record.js';
import { latestSignInLink } from '../../src/demo/demo-server.js';
import { formatSummary, summarizeDemo } from '../../src/demo/demo-summary.js';
import { createSimulatedClock } from '../../src/demo/play-semester.js';
import { checkUntil, DemoOptionError } from '../../src/demo/run-demo.js';
import { SAMPLE } from '../../src/demo/sample-program.js';
import { at } from '../../src/demo/story-step.js';
import { FakeSlack } from '../../src/demo/slack-simulator/fake-slack.js';
import type { FakeMessage } from '../../src/demo/slack-simulator/fake-workspace.js';
import type { RequestFacts } from '../../src/program/records/request.js';

const tagged = (channel: string, key: string, extra: Partial<FakeMessage> = {}): FakeMessage => ({
  channel,
  ts: `1.${Math.random()}`,
  at: 0,
  text: 'x',
  blocks: [],
  metadata: { event_type: 'peer_mentor_send', event_payload: { id: `${key}#1` } },
  ...extra,
});

function recordWith(messages: FakeMessage[]): DemoRecord {
  const slack = new FakeSlack();
  slack.messages.push(...messages);
  return { zone: SAMPLE.zone, from: SAMPLE.firstDay, until: '2026-08-30', people: [], story: [], slack };
}

const HOUR = 3_600_000;
const aRequest = (createdAt: Date, answeredAfterHours: number | undefined, urgency: RequestFacts['urgency'] = 'routine') =>
  ({ createdAt, deadline: new Date(createdAt.getTime() + 24 * HOUR), claimedAt: answeredAfterHours === undefined ? undefined : new Date(createdAt.getTime() + answeredAfterHours * HOUR), respondedAt: undefined, urgency }) as RequestFacts;

describe('the demo', () => {
  it('takes --until only within the sample semester, as a calendar date', () => {
    expect(checkUntil(undefined)).toBe(SAMPLE.lastDay);
    expect(checkUntil('2026-10-26')).toBe('2026-10-26');
    for (const bad of ['2026-08-16', '2026-12-19', '2026-02-30', '26-10-2026', 'soon']) expect(() => checkUntil(bad), bad).toThrow(DemoOptionError);
    expect(() => checkUntil('2027-01-04')).toThrow(/from 2026-08-17 to 2026-12-18/);
  });

  it('plays the story at its local time in the program zone, across the change from daylight saving time', () => {
    expect(at({ date: '2026-08-19', time: '10:30' }).toISOString()).toBe('2026-08-19T15:30:00.000Z');
    expect(at({ date: '2026-11-03', time: '09:30' }).toISOString()).toBe('2026-11-03T15:30:00.000Z');
  });

  it('never turns its clock back: a step at a tick’s minute keeps the order they were played in', () => {
    const clock = createSimulatedClock(new Date('2026-08-17T12:00:00Z'));
    clock.set(new Date('2026-08-17T15:00:00Z'));
    clock.set(new Date('2026-08-17T14:00:00Z'));
    expect(clock().toISOString()).toBe('2026-08-17T15:00:00.000Z');
  });

  it('counts each message sent once, by the kind its claim key names; ephemerals and untagged posts are not a kind', () => {
    const record = recordWith([
      tagged('C1', 'intro:g1'),
      tagged('D1', 'intro:g1:U1'),
      tagged('D2', 'nudge:request-reminder:r1'),
      tagged('D2', 'nudge:request-escalation:r1'),
      tagged('D3', 'nudge:month-end:U2:2026-08'),
      tagged('D3', 'digest:U3:2026-W35'),
      tagged('D4', 'digest-admin:U4:2026-W35'),
      tagged('D5', 'request:r1'),
      { channel: 'D5', ts: '9.1', at: 0, text: 'only you', blocks: [], ephemeralUser: 'U5' },
      { channel: 'D6', ts: '9.2', at: 0, text: 'a confirmation', blocks: [] },
    ]);
    const summary = summarizeDemo(record, 14, [], {});
    const count = (label: string) => summary.messages.find((l) => l.label.startsWith(label))!.count;
    expect(count('introductions')).toBe(2);
    expect(count('request reminders')).toBe(1);
    expect(count('escalations')).toBe(1);
    expect(count('overdue notes')).toBe(0);
    expect(count('month-end')).toBe(1);
    expect(count('weekly digests')).toBe(2);
    expect(count('requests for help delivered')).toBe(1);
    expect(count('other messages')).toBe(1);
    expect(summary.messages.reduce((sum, l) => (l.label.startsWith('Home') ? sum : sum + l.count), 0)).toBe(9);
  });

  it('counts requests answered on time (first answer by the deadline) and late, and the urgent ones', () => {
    const start = new Date('2026-08-19T15:00:00Z');
    const requests = [aRequest(start, 2), aRequest(start, 24), aRequest(start, 30), aRequest(start, undefined, 'urgent')];
    const summary = summarizeDemo(recordWith([]), 3, requests, { 'check-ins logged': 2 });
    const count = (label: string) => summary.outcomes.find((l) => l.label === label)!.count;
    expect([count('requests for help'), count('answered on time'), count('answered late'), count('urgent requests'), count('check-ins logged')]).toEqual([4, 2, 1, 1, 2]);
    expect(formatSummary(summary)).toMatch(/^The sample semester, 2026-08-17 to 2026-08-30 \(3 days\):/);
    expect(formatSummary(summary)).toMatch(/answered late\s+1\n/);
  });

  it('follows the latest sign-in link the app sent the admin by DM', () => {
    const slack = new FakeSlack([{ id: 'U1', name: 'Pat' }]);
    slack.addChannel({ id: 'D1', name: 'dm', isIm: true, members: ['U1', slack.bot.userId] });
    const link = (token: string) => `http://localhost:3000/dashboard/sign-in?token=${token}`;
    slack.messages.push(
      { channel: 'D1', ts: '1.1', at: 0, text: `Sign in: <${link('old')}|Open the dashboard>`, blocks: [] },
      { channel: 'D1', ts: '1.2', at: 0, text: 'Your weekly digest', blocks: [] },
      { channel: 'D1', ts: '1.3', at: 0, text: 'Sign in', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `<${link('new')}|Open the dashboard>` } }] },
    );
    expect(latestSignInLink(slack, 'U1')).toBe(link('new'));
    expect(latestSignInLink(slack, 'U2')).toBeUndefined();
  });
});
