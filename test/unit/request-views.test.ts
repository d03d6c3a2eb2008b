import { describe, expect, it } from 'vitest';
import type { HelpRequest } from '../../src/program/records/request.js';
import type { RequestCard } from '../../src/features/requests/ports.js';
import { buildAwayModal, buildMarkAwayReply, buildMenteesNotice, buildPartnerNotice } from '../../src/features/away/slack/away-views.js';
import {
  buildActionRefusal,
  buildConfirmation,
  buildFacultyAlert,
  buildRequestMessage,
  buildRequestModal,
  buildSupportModal,
} from '../../src/features/requests/slack/request-views.js';
import { aRequest } from '../support/program-fixture.js';

const zones = new Map([
  ['M1', 'America/Los_Angeles'],
  ['P3', 'America/New_York'],
  ['P4', 'America/Chicago'],
]);
const card = (overrides: Partial<HelpRequest> = {}): RequestCard => ({ request: aRequest(overrides), zones });
const json = (value: unknown) => JSON.stringify(value);
const buttonsOf = (blocks: unknown[]) =>
  (blocks as { type: string; elements?: { action_id: string; value: string }[] }[])
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? [])
    .map((e) => e.action_id);

const windows = { replyHours: 24, emailReplyHours: 48 };

describe('the request form', () => {
  it('asks for topic, urgency, how to reach, and a required description of up to 2,000 characters, prefilled', () => {
    const modal = buildRequestModal({ prefill: '  help with anatomy  ', offerMdphd: false, ...windows });
    expect(modal.callback_id).toBe('request_submit');
    expect(modal.title.text.length).toBeLessThanOrEqual(24);
    const blockIds = modal.blocks.map((b) => b.block_id).filter(Boolean);
    expect(blockIds).toEqual(['request_topic', 'request_urgency', 'request_reach', 'request_description']);
    const description = modal.blocks.find((b) => b.block_id === 'request_description') as { element: { max_length: number; initial_value: string }; optional?: boolean };
    expect(description.element).toMatchObject({ max_length: 2000, initial_value: 'help with anatomy' });
    expect(description.optional).toBeUndefined();
    const topics = (modal.blocks.find((b) => b.block_id === 'request_topic') as { element: { options: { value: string; text: { text: string } }[] } }).element.options;
    expect(topics.map((o) => o.value)).toHaveLength(10);
    expect(topics.map((o) => o.text.text)).toContain('Balance and well-being');
    expect(json(modal)).toContain('Text or call');
    expect(json(modal)).toContain('E-mail');
    expect(json(modal)).toContain('within 24 hours for Slack, texts and calls, and 48 hours for e-mail');
    expect(json(buildRequestModal({ prefill: '', offerMdphd: false, replyHours: 12, emailReplyHours: 72 }))).toContain('within 12 hours for Slack, texts and calls, and 72 hours for e-mail');
  });

  it('offers the MD/PhD mentors only to MD/PhD mentees, and leaves an empty prefill out', () => {
    const modal = buildRequestModal({ prefill: '', offerMdphd: true, ...windows });
    expect(modal.blocks.map((b) => b.block_id)).toContain('request_audience');
    expect(json(modal)).toContain('The MD/PhD peer mentors');
    expect(json(modal)).not.toContain('initial_value');
    expect(json(buildRequestModal({ prefill: 'x'.repeat(2500), offerMdphd: false, ...windows }))).toContain(`"initial_value":"${'x'.repeat(2000)}"`);
  });

  it('turns into the support resources for an urgent well-being request', () => {
    const modal = buildSupportModal('Call the Wellness Center at 555-0100.');
    expect(json(modal)).toContain('Call the Wellness Center at 555-0100.');
    expect(modal.submit).toBeUndefined();
  });
});

describe('the request message', () => {
  it('shows what, by when in each mentor’s zone, to whom, and the buttons of an open request', () => {
    const message = buildRequestMessage(card());
    const text = json(message.blocks);
    expect(text).toContain('Study tips');
    expect(text).toContain('Sat, Oct 31, 11:00 AM EDT (<@P3>)');
    expect(text).toContain('Sat, Oct 31, 10:00 AM CDT (<@P4>)');
    expect(text).toContain('Sent to <@P3> and <@P4>.');
    expect(buttonsOf(message.blocks)).toEqual(['request_claim', 'request_respond', 'request_close']);
    // The mentee's words are plain text, never read as markup; the notification text carries only the topic.
    expect(message.blocks).toContainEqual({ type: 'section', text: { type: 'plain_text', text: 'How do I study for the renal block?' } });
    expect(message.text).not.toContain('renal');
  });

  it('gives one deadline when every responder shares a zone', () => {
    const message = buildRequestMessage({ request: aRequest({ mentorIds: ['P4'], routedTo: 'partner', coveringFor: ['P3'] }), zones });
    expect(json(message.blocks)).toContain('*Reply by*\\nSat, Oct 31, 10:00 AM CDT"');
    expect(json(message.blocks)).toContain('Sent to <@P4>, covering while <@P3> is away.');
  });

  it.each([
    [{ claimedBy: 'P3' }, '<@P3> is taking this.', ['request_respond', 'request_close']],
    [{ claimedBy: 'P3', respondedBy: 'P4' }, 'Answered by <@P4>.', ['request_close_helped', 'request_close_not_helped', 'request_close']],
    [{ respondedBy: 'P4', closedAs: 'closed', closedBy: 'M1', helped: false }, 'Closed by <@M1>: it didn’t help.', []],
    [{ closedAs: 'cancelled', closedBy: 'M1' }, 'Withdrawn by <@M1>.', []],
    [{ claimedBy: 'P3', closedAs: 'moved', closedBy: 'A1' }, 'Moved: <@M1> has joined another mentoring group, and this request went to their new mentors.', []],
  ] as const)('shows the state %j', (state, line, buttons) => {
    const message = buildRequestMessage(card(state as Partial<HelpRequest>));
    expect(json(message.blocks)).toContain(line);
    expect(buttonsOf(message.blocks)).toEqual(buttons);
  });

  it('routes to faculty are said so', () => {
    const message = buildRequestMessage(card({ mentorIds: ['F1'], routedTo: 'faculty', coveringFor: ['P3', 'P4'] }));
    expect(json(message.blocks)).toContain('Sent to <@F1>, the faculty mentor, while <@P3> and <@P4> are away.');
  });
});

describe('messages around a request', () => {
  it('confirms to the mentee with the deadline in the mentee’s zone and the window', () => {
    expect(buildConfirmation(card()).text).toContain('*Sat, Oct 31, 8:00 AM PDT* (within 24 hours, as you prefer Slack)');
    const email = buildConfirmation(card({ reach: 'email', deadline: new Date('2026-11-01T15:00:00Z') }));
    expect(email.text).toContain('*Sun, Nov 1, 7:00 AM PST* (within 48 hours, as you prefer E-mail)');
  });

  it('tells the Faculty Mentor who asked and who was alerted, nothing more', () => {
    const alert = buildFacultyAlert('M1', ['P3', 'P4']);
    expect(alert.text).toContain('<@M1>, one of your mentees, has asked for urgent support');
    expect(alert.text).toContain('I alerted <@P3> and <@P4>.');
  });

  it('explains a refused click to the clicker', () => {
    const claimed = aRequest({ claimedBy: 'P3' });
    expect(buildActionRefusal({ kind: 'refused', reason: 'already_claimed', request: claimed }, 'P3')).toBe('You’ve already taken this one.');
    expect(buildActionRefusal({ kind: 'refused', reason: 'already_claimed', request: claimed }, 'P4')).toContain('<@P3> has already taken this one.');
    expect(buildActionRefusal({ kind: 'refused', reason: 'mentee_only', request: claimed }, 'P4')).toContain('Only <@M1> can say whether it helped');
    expect(buildActionRefusal({ kind: 'done', status: 'claimed', affected: [] }, 'P3')).toBeUndefined();
  });
});

describe('time-away views', () => {
  it('opens the form at the mentor’s today and keeps it to check the dates', () => {
    const modal = buildAwayModal('2026-10-30');
    expect(modal.callback_id).toBe('away_submit');
    expect(JSON.parse(modal.private_metadata!)).toEqual({ today: '2026-10-30' });
    expect(json(modal)).toContain('"initial_date":"2026-10-30"');
    expect(modal.blocks.map((b) => b.block_id).filter(Boolean)).toEqual(['away_start', 'away_end', 'away_note', 'away_tell']);
  });

  const away = { id: 'A1', mentorId: 'P3', start: '2026-11-02', end: '2026-11-06', timezone: 'America/Chicago', note: 'Boards', tellMentees: true, createdAt: new Date(), cancelledAt: undefined, sourceKey: 'k' };

  it('tells the mentor who covers, when nobody does, and whether the mentees were told', () => {
    const reply = buildMarkAwayReply({ kind: 'marked', away, partnerIds: ['P4'], facultyIds: ['F1'], uncovered: [['2026-11-05', '2026-11-06']], mentees: 'no_channel' });
    expect(reply.text).toContain('You’re away from Mon, Nov 2 to Fri, Nov 6. <@P4> has been told');
    expect(reply.text).toContain('Your partner is away too from Thu, Nov 5 to Fri, Nov 6: on those days requests will reach <@F1>.');
    expect(reply.text).toContain('Your group has no channel yet');
    expect(reply.text).toContain('Your note (only you see it): Boards');
    expect(buildMarkAwayReply({ kind: 'invalid', problem: 'start_in_past', today: '2026-10-30' }).text).toContain('(Today is Fri, Oct 30 where you are.)');
  });

  it('never puts the note in what others read', () => {
    const notice = { mentorId: 'P3', start: away.start, end: away.end, coverIds: ['P4'] };
    expect(buildPartnerNotice(notice, 2).text).toContain('<@P3> will be away from Mon, Nov 2 to Fri, Nov 6.');
    expect(buildPartnerNotice(notice, 2).text).toContain('2 requests that still wait');
    expect(buildMenteesNotice(notice).text).toContain('<@P4> will answer your requests');
    for (const m of [buildPartnerNotice(notice, 0), buildMenteesNotice(notice)]) expect(json(m)).not.toContain('Boards');
  });
});
