import { describe, expect, it } from 'vitest';
import {
  contactKindFor,
  decideRequestAction,
  isLaterTs,
  isUrgentWellbeing,
  requestStatus,
  responseDeadline,
  slackTsToDate,
  type HelpRequest,
  type RequestAction,
} from '../../src/program/records/request.js';
import { formatInZone } from '../../src/slack/format-time.js';
import { aRequest } from '../support/program-fixture.js';

const settings = { replyHours: 24, emailReplyHours: 48 };

describe('response deadlines (SPEC §3.3)', () => {
  it.each([
    // created (UTC)               reach         deadline (UTC)               shown in New York
    ['2026-09-01T14:00:00Z', 'slack', '2026-09-02T14:00:00.000Z', 'Wed, Sep 2, 10:00 AM EDT'],
    ['2026-09-01T14:00:00Z', 'text_call', '2026-09-02T14:00:00.000Z', 'Wed, Sep 2, 10:00 AM EDT'],
    ['2026-09-01T14:00:00Z', 'email', '2026-09-03T14:00:00.000Z', 'Thu, Sep 3, 10:00 AM EDT'],
    // Fall back (America/New_York, 2026-11-01 02:00 EDT → 01:00 EST): 24 elapsed hours end an hour earlier by the clock.
    ['2026-10-31T16:00:00Z', 'slack', '2026-11-01T16:00:00.000Z', 'Sun, Nov 1, 11:00 AM EST'],
    ['2026-10-31T16:00:00Z', 'email', '2026-11-02T16:00:00.000Z', 'Mon, Nov 2, 11:00 AM EST'],
    // Created in the repeated hour itself (01:30 EDT, the first of the two).
    ['2026-11-01T05:30:00Z', 'slack', '2026-11-02T05:30:00.000Z', 'Mon, Nov 2, 12:30 AM EST'],
    // Spring forward (2027-03-14 02:00 EST → 03:00 EDT): an hour later by the clock.
    ['2027-03-13T17:00:00Z', 'slack', '2027-03-14T17:00:00.000Z', 'Sun, Mar 14, 1:00 PM EDT'],
    ['2027-03-13T17:00:00Z', 'text_call', '2027-03-14T17:00:00.000Z', 'Sun, Mar 14, 1:00 PM EDT'],
    ['2027-03-12T17:00:00Z', 'email', '2027-03-14T17:00:00.000Z', 'Sun, Mar 14, 1:00 PM EDT'],
  ] as const)('%s by %s is due %s (%s in New York)', (created, reach, due, shown) => {
    const deadline = responseDeadline(new Date(created), reach, settings);
    expect(deadline.toISOString()).toBe(due);
    expect(formatInZone(deadline, 'America/New_York')).toBe(shown);
  });

  it('shows the same deadline in each reader’s zone', () => {
    const deadline = responseDeadline(new Date('2026-10-31T16:00:00Z'), 'slack', settings);
    expect(formatInZone(deadline, 'America/Chicago')).toBe('Sun, Nov 1, 10:00 AM CST');
    expect(formatInZone(deadline, 'America/Los_Angeles')).toBe('Sun, Nov 1, 8:00 AM PST');
    expect(formatInZone(deadline, 'UTC')).toBe('Sun, Nov 1, 4:00 PM UTC');
  });

  it('follows the configured windows', () => {
    const created = new Date('2026-09-01T00:00:00Z');
    const custom = { replyHours: 12, emailReplyHours: 72 };
    expect(responseDeadline(created, 'slack', custom).toISOString()).toBe('2026-09-01T12:00:00.000Z');
    expect(responseDeadline(created, 'text_call', custom).toISOString()).toBe('2026-09-01T12:00:00.000Z');
    expect(responseDeadline(created, 'email', custom).toISOString()).toBe('2026-09-04T00:00:00.000Z');
  });
});

describe('request lifecycle: who may do what', () => {
  const open = aRequest();
  const claimed = aRequest({ claimedBy: 'P3', claimedAt: new Date('2026-09-01T13:00:00Z') });
  const responded = aRequest({ claimedBy: 'P3', respondedBy: 'P4', respondedAt: new Date('2026-09-01T14:00:00Z') });
  const closed = aRequest({ respondedBy: 'P4', closedAs: 'closed', closedBy: 'M1', closedAt: new Date('2026-09-01T15:00:00Z'), helped: true });
  const cancelled = aRequest({ closedAs: 'cancelled', closedBy: 'M1', closedAt: new Date('2026-09-01T15:00:00Z') });
  const moved = aRequest({ claimedBy: 'P3', closedAs: 'moved', closedBy: 'A1', closedAt: new Date('2026-09-01T15:00:00Z') });

  it('derives the status from what happened, never backwards', () => {
    expect(requestStatus(open)).toBe('open');
    expect(requestStatus(claimed)).toBe('claimed');
    expect(requestStatus(responded)).toBe('responded');
    expect(requestStatus(aRequest({ respondedBy: 'P4' }))).toBe('responded');
    expect(requestStatus(closed)).toBe('closed');
    expect(requestStatus(cancelled)).toBe('cancelled');
    expect(requestStatus(aRequest({ claimedBy: 'P3', closedAs: 'closed' }))).toBe('closed');
    expect(requestStatus(moved)).toBe('moved');
  });

  const cases: [string, HelpRequest, RequestAction, string, string][] = [
    ['a mentor claims an open request', open, 'claim', 'P3', 'claim'],
    ['the mentee cannot claim', open, 'claim', 'M1', 'refuse:mentors_only'],
    ['an outsider cannot claim', open, 'claim', 'X9', 'refuse:not_involved'],
    ['a mentor of another Pair cannot respond', open, 'respond', 'P9', 'refuse:not_involved'],
    ['a second claim is refused', claimed, 'claim', 'P4', 'refuse:already_claimed'],
    ['the claimer claiming again is refused (harmless repeat)', claimed, 'claim', 'P3', 'refuse:already_claimed'],
    ['claiming an answered request is refused', responded, 'claim', 'P3', 'refuse:already_responded'],
    ['any of the request’s mentors may respond to an open request', open, 'respond', 'P4', 'respond'],
    ['the partner may respond to a request the other claimed', claimed, 'respond', 'P4', 'respond'],
    ['responding twice is refused', responded, 'respond', 'P3', 'refuse:already_responded'],
    ['the mentee cannot mark it responded', open, 'respond', 'M1', 'refuse:mentors_only'],
    ['the mentee closing before any response cancels it', open, 'close', 'M1', 'end:cancelled:-'],
    ['the mentee closing a claimed, unanswered request cancels it', claimed, 'close', 'M1', 'end:cancelled:-'],
    ['the mentee closes an answered request', responded, 'close', 'M1', 'end:closed:-'],
    ['the mentee closes saying it helped', responded, 'close_helped', 'M1', 'end:closed:yes'],
    ['the mentee closes saying it did not help', responded, 'close_not_helped', 'M1', 'end:closed:no'],
    ['a mentor closing an open request is asked why first', open, 'close', 'P4', 'ask_reason'],
    ['a mentor closing a claimed, unanswered request is asked why first', claimed, 'close', 'P3', 'ask_reason'],
    ['a mentor closes an answered request without a reason', responded, 'close', 'P3', 'end:closed:-'],
    ['a mentor cannot say it helped', responded, 'close_helped', 'P3', 'refuse:mentee_only'],
    ['an outsider cannot close', responded, 'close', 'X9', 'refuse:not_involved'],
    ['nothing happens to a closed request', closed, 'close', 'M1', 'refuse:already_ended'],
    ['nothing happens to a cancelled request', cancelled, 'respond', 'P3', 'refuse:already_ended'],
    ['nothing happens to a request moved to the mentee’s new mentors', moved, 'respond', 'P3', 'refuse:already_ended'],
    ['the mentee cannot close a moved request (the copy is open)', moved, 'close', 'M1', 'refuse:already_ended'],
  ];
  it.each(cases)('%s', (_what, request, action, actor, expected) => {
    const decision = decideRequestAction(request, action, actor);
    const summary =
      decision.kind === 'refuse'
        ? `refuse:${decision.reason}`
        : decision.kind === 'end'
          ? `end:${decision.as}:${decision.helped === undefined ? '-' : decision.helped ? 'yes' : 'no'}`
          : decision.kind;
    expect(summary).toBe(expected);
  });

  it('closes an unanswered request for a mentor who says why, keeping the reason; a reason is not kept once it is answered', () => {
    expect(decideRequestAction(open, 'close', 'P4', 'duplicate')).toEqual({ kind: 'end', as: 'closed', helped: undefined, reason: 'duplicate' });
    expect(decideRequestAction(claimed, 'close', 'P3', 'reached_another_way')).toMatchObject({ kind: 'end', as: 'closed', reason: 'reached_another_way' });
    expect(decideRequestAction(responded, 'close', 'P3', 'not_for_mentors')).toEqual({ kind: 'end', as: 'closed', helped: undefined });
    // The mentee withdrawing an unanswered request gives no reason; a reason never turns it into a mentor's close.
    expect(decideRequestAction(open, 'close', 'M1', 'duplicate')).toEqual({ kind: 'end', as: 'cancelled', helped: undefined });
    expect(decideRequestAction(closed, 'close', 'P3', 'duplicate')).toEqual({ kind: 'refuse', reason: 'already_ended' });
    expect(decideRequestAction(open, 'close', 'X9', 'duplicate')).toEqual({ kind: 'refuse', reason: 'not_involved' });
  });

  it('lets the faculty mentor act when the request was routed to them', () => {
    const toFaculty = aRequest({ mentorIds: ['F1'], routedTo: 'faculty', coveringFor: ['P3', 'P4'] });
    expect(decideRequestAction(toFaculty, 'claim', 'F1').kind).toBe('claim');
    expect(decideRequestAction(toFaculty, 'respond', 'P3')).toEqual({ kind: 'refuse', reason: 'not_involved' });
  });
});

describe('small request rules', () => {
  it('alerts for urgent well-being only', () => {
    expect(isUrgentWellbeing({ topic: 'balance_wellbeing', urgency: 'urgent' })).toBe(true);
    expect(isUrgentWellbeing({ topic: 'balance_wellbeing', urgency: 'this_week' })).toBe(false);
    expect(isUrgentWellbeing({ topic: 'study_tips', urgency: 'urgent' })).toBe(false);
  });

  it('counts a response as a contact of the kind the mentee asked for', () => {
    expect(contactKindFor('slack')).toBe('slack');
    expect(contactKindFor('text_call')).toBe('text');
    expect(contactKindFor('email')).toBe('email');
  });

  it('orders Slack timestamps and reads them as instants', () => {
    expect(isLaterTs('1700000001.000001', '1700000000.999999')).toBe(true);
    expect(isLaterTs('1700000000.000200', '1700000000.000100')).toBe(true);
    expect(isLaterTs('1700000000.000100', '1700000000.000100')).toBe(false);
    expect(isLaterTs('1700000000.000099', '1700000000.000100')).toBe(false);
    expect(slackTsToDate('1700000000.500000').toISOString()).toBe('2023-11-14T22:13:20.500Z');
  });
});
