import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/program/overview/build-digest.js';
import { buildProgramDigest } from '../../src/program/overview/build-program-digest.js';
import { splitRows } from '../../src/program/overview/split-rows.js';
import type { ProgramState } from '../../src/program/overview/program-state.js';
import type { Group, Membership, Person } from '../../src/program/roster.js';
import {
  MESSAGE_MAX_BLOCKS,
  SECTION_MAX_CHARS,
  buildCohortDigestMessage,
  buildProgramDigestMessage,
  formatDuration,
} from '../../src/program/slack/overview-view.js';
import type { SlackMessage } from '../../src/slack/help-message.js';
import { CALENDAR, NOW, ZONE, aContact, aRequest, fixedState } from '../support/program-fixture.js';

const settings = { calendar: CALENDAR, zone: ZONE };

type AnyBlock = { type: string; text?: { type: string; text: string }; elements?: { text?: string }[] };
const blocksOf = (m: SlackMessage) => m.blocks as unknown as AnyBlock[];
const textOf = (m: SlackMessage) => blocksOf(m).map((b) => [b.text?.text ?? '', ...(b.elements ?? []).map((e) => e.text ?? '')].join('\n')).join('\n');

/** Every Slack limit a digest message must keep (SLACK.md §5). */
function expectWithinLimits(message: SlackMessage): void {
  const blocks = blocksOf(message);
  expect(blocks.length).toBeLessThanOrEqual(MESSAGE_MAX_BLOCKS);
  for (const block of blocks) {
    if (block.type === 'section') expect(block.text!.text.length).toBeLessThanOrEqual(SECTION_MAX_CHARS);
    if (block.type === 'header') expect(block.text!.text.length).toBeLessThanOrEqual(150);
    if (block.type === 'context') expect(block.elements!.length).toBeLessThanOrEqual(10);
  }
  expect(message.text.length).toBeGreaterThan(0);
  // Slack refuses messages whose blocks hold much more than ~13,000 characters in all (msg_blocks_too_long).
  expect(textOf(message).length).toBeLessThan(12_000);
}

/** A cohort of `size` mentees with long names, each with an overdue request and no contact: the worst case for length. */
function bigCohort(size: number): ProgramState {
  const person = (id: string, name: string, roles: Person['roles']): Person => ({ id, name, email: undefined, roles, year: undefined, mdphd: false, timezone: undefined, active: true });
  const mentees = Array.from({ length: size }, (_, i) => person(`U${String(i).padStart(9, '0')}`, `Mentee ${i} ${'with a very long double-barrelled name '.repeat(3)}`, ['mentee']));
  const people = [person('UFACULTY01', 'Dr. Big', ['faculty']), person('UMENTOR003', 'Mentor Three', ['peer_mentor']), person('UMENTOR004', 'Mentor Four', ['peer_mentor']), ...mentees];
  const group: Group = { id: 'GBIG', name: `Big-${'Cohort'.repeat(40)}`, kind: 'cohort', channelId: undefined, introducedAt: undefined, active: true };
  const member = (personId: string, role: Membership['role']): Membership => ({ groupId: 'GBIG', personId, role, from: new Date('2026-08-01T00:00:00Z'), to: undefined });
  return {
    people: new Map(people.map((p) => [p.id, p])),
    groups: [group],
    memberships: [member('UFACULTY01', 'faculty'), member('UMENTOR003', 'peer_mentor'), member('UMENTOR004', 'peer_mentor'), ...mentees.map((m) => member(m.id, 'mentee'))],
    // Half of them were in touch and met.
    contacts: mentees.filter((_, i) => i % 2 === 0).map((m) => aContact({ mentorId: 'UMENTOR003', menteeIds: [m.id], date: '2026-10-02', kind: 'video' })),
    requests: mentees.map((m, i) =>
      aRequest({
        id: `R${i}`,
        menteeId: m.id,
        topic: i % 3 === 0 ? 'balance_wellbeing' : 'study_tips',
        urgency: i % 3 === 0 ? 'urgent' : 'routine',
        createdAt: new Date('2026-10-01T12:00:00Z'),
        deadline: new Date('2026-10-02T12:00:00Z'),
      }),
    ),
    away: [],
    pulses: mentees.map((m) => ({ menteeId: m.id, month: '2026-10', score: 1, answeredAt: NOW, sharedAt: NOW })),
    pendingSwitches: new Map([['GBIG', 7]]),
  };
}

describe('the Faculty Mentor’s digest message', () => {
  const digest = buildDigest({ ...fixedState(), groupIds: ['G1'] }, NOW, settings);
  const [part] = splitRows(digest.mentees);
  const message = buildCohortDigestMessage(digest, part!);
  const text = textOf(message);

  it('says what needs attention first, then the rules, requests, time away, switches and pulse', () => {
    expect(blocksOf(message)[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Weekly digest: Blue-Okafor' } });
    expect(text).toContain('Week of Mon 5 Oct 2026 · October 2026 · Fall 2026');
    const attention = text.indexOf('Needs your attention first');
    expect(attention).toBeGreaterThan(-1);
    expect(text).toContain('A request is past the reply deadline: <@M2> (sent 3 days ago)');
    expect(text).toContain('Urgent well-being request: <@M3> (answered)');
    expect(text).toContain('2 mentees have had no communication yet in October 2026: <@M2> and <@M3>');
    expect(text.indexOf('Contact rules')).toBeGreaterThan(attention);
    expect(text).toContain('1 of 3 mentees in touch in October 2026; 2 of 3 met in Fall 2026.');
    expect(text).toContain('2 waiting for an answer (1 overdue) · 1 answered this week · first answers in October 2026 took 6 h (median of 2)');
    expect(text).toContain('Mentors away this week or next:* <@P4> Mon 12 Oct 2026 – Fri 16 Oct 2026');
    expect(text).toContain('Switch requests waiting for the program coordinators:* 2');
    expect(text).toContain('Pulse* (October 2026): 3 of 3 answered; 2 low (1 or 2). Asked to hear from their mentors: <@M1>.');
    expect(message.text).toBe('Weekly digest for Blue-Okafor: 1 of 3 mentees in touch this month, 1 overdue request.');
  });

  it('lists each mentee with this month’s communication and this semester’s meeting, with when and by whom', () => {
    expect(text).toContain('*Mentees* (1–3 of 3)');
    expect(text).toContain('• <@M1> — :white_check_mark: in touch Sat 3 Oct 2026 (<@P4>) · :white_check_mark: met Sun 20 Sep 2026 (<@P4>)');
    expect(text).toContain('• <@M2> — :white_circle: no communication yet in October 2026 · :white_check_mark: met Thu 20 Aug 2026 (<@P3>)');
    expect(text).toContain('• <@M3> — :white_circle: no communication yet in October 2026 · :white_circle: no meeting yet in Fall 2026');
    expect(text).not.toContain('<@M4>');
    expect(text).not.toContain('Continued');
    expectWithinLimits(message);
  });

  it('says so when nothing needs attention', () => {
    const state = fixedState();
    const calm = buildDigest({ ...state, groupIds: ['G3'], requests: [] }, NOW, settings);
    expect(textOf(buildCohortDigestMessage(calm, splitRows(calm.mentees)[0]!))).toContain('Nothing needs your attention first this week');
  });

  it('keeps a 60-mentee cohort within Slack’s limits: summarised, then continued in a second message, no mentee cut off', () => {
    const big = buildDigest({ ...bigCohort(60), groupIds: ['GBIG'] }, NOW, settings);
    const parts = splitRows(big.mentees);
    expect(parts).toHaveLength(2);
    const messages = parts.map((p) => buildCohortDigestMessage(big, p));
    messages.forEach(expectWithinLimits);
    const [first, second] = messages.map(textOf);
    // The summary names the first people and counts the rest, instead of running over the limit.
    expect(first).toContain('60 requests are past the reply deadline');
    expect(first).toContain('and 48 more');
    expect(first).toContain('Continued in the next message (1 of 2).');
    expect(first).toContain('*Mentees* (1–30 of 60)');
    expect(second).toContain('*Mentees* (31–60 of 60)');
    expect(second).not.toContain('Needs your attention first');
    expect((blocksOf(messages[1]!)[0]!.text!.text)).toMatch(/\(continued, 2 of 2\)$/);
    for (const mentee of big.mentees) {
      const lines = messages.flatMap((m) => textOf(m).split('\n')).filter((l) => l.startsWith(`• <@${mentee.id}>`));
      expect(lines, mentee.id).toHaveLength(1);
    }
  });

  it('keeps a 300-mentee cohort within the limits in every part', () => {
    const huge = buildDigest({ ...bigCohort(300), groupIds: ['GBIG'] }, NOW, settings);
    const parts = splitRows(huge.mentees);
    expect(parts).toHaveLength(10);
    parts.map((p) => buildCohortDigestMessage(huge, p)).forEach(expectWithinLimits);
  });
});

describe('the admins’ program-wide digest message', () => {
  it('gives totals, the groups needing attention, and every group’s line', () => {
    const digest = buildProgramDigest(fixedState(), NOW, settings);
    const message = buildProgramDigestMessage(digest, splitRows(digest.groups)[0]!);
    const text = textOf(message);
    expect(blocksOf(message)[0]!.text!.text).toBe('Weekly digest: the program');
    expect(text).toContain('*Program:* 3 groups, 4 mentees; 2 in touch in October 2026, 2 met in Fall 2026.');
    expect(text).toContain('3 waiting for an answer (1 overdue, 2 urgent well-being) · 1 answered this week');
    expect(text).toContain('*Groups needing attention*');
    expect(text.indexOf('*Blue-Okafor*')).toBeLessThan(text.indexOf('*Green-Adeyemi*'));
    expect(text).toContain('• *Blue-Okafor* (<@F1>) — 3 mentees · in touch 1/3 · met 2/3 · 2 waiting (1 overdue) · 2 switch requests :warning: overdue requests, mentees not yet in touch');
    expect(text).toContain('• *MD-PhD* — 1 mentee · in touch 1/1 · met 1/1 · 1 waiting');
    expect(message.text).toBe('Weekly program digest: 3 groups, 2 needing attention.');
    expectWithinLimits(message);
  });

  it('continues a program of 75 groups over three messages within the limits', () => {
    const state = fixedState();
    const groups: Group[] = Array.from({ length: 75 }, (_, i) => ({ id: `G${i}`, name: `Group-${i}-${'x'.repeat(60)}`, kind: 'cohort', channelId: undefined, introducedAt: undefined, active: true }));
    const memberships: Membership[] = groups.flatMap((g, i) => [
      { groupId: g.id, personId: 'F1', role: 'faculty', from: new Date('2026-08-01T00:00:00Z'), to: undefined },
      { groupId: g.id, personId: i % 2 === 0 ? 'M2' : 'M3', role: 'mentee', from: new Date('2026-08-01T00:00:00Z'), to: undefined },
    ]);
    const digest = buildProgramDigest({ ...state, groups, memberships }, NOW, settings);
    const parts = splitRows(digest.groups);
    expect(parts).toHaveLength(3);
    const messages = parts.map((p) => buildProgramDigestMessage(digest, p));
    messages.forEach(expectWithinLimits);
    expect(textOf(messages[0]!)).toContain('and 65 more');
    for (const group of groups) expect(messages.flatMap((m) => textOf(m).split('\n')).filter((l) => l.startsWith(`• *${group.name}*`)).length).toBeGreaterThanOrEqual(1);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 min'],
    [45, '45 min'],
    [60, '1 h'],
    [345, '6 h'],
    [47 * 60, '47 h'],
    [48 * 60, '2 days'],
    [73 * 60, '3 days'],
  ])('%d minutes → %s', (minutes, text) => {
    expect(formatDuration(minutes)).toBe(text);
  });
});
