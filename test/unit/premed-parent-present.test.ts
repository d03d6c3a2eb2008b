import { describe, expect, it } from 'vitest';
import {
  checkParentAnswer,
  isFirstContactWithMinor,
  minorsAwaitingFirstContact,
  noParentAlertKey,
  parentQuestionFor,
  readParentAnswer,
  tellsCoordinators,
  type FirstContactMark,
} from '../../src/features/premed/domain/parent-present.js';
import { SendError } from '../../src/delivery/ports.js';
import { createPremedRulesSender } from '../../src/features/premed/slack/rules-sender.js';
import { parentPresentIds } from '../../src/features/premed/slack/parent-present-ids.js';
import { buildNoParentAlert, buildParentAnswerErrors, buildParentPresentBlock } from '../../src/features/premed/slack/parent-present-view.js';

const jo = { id: 'JO', minor: true };
const sam = { id: 'SAM', minor: false };
const logged = (over: Partial<FirstContactMark> = {}): FirstContactMark => ({ mentorId: 'ANA', menteeIds: ['JO'], source: 'logged', ...over });

describe('is this the first contact with this minor', () => {
  it('is, for a minor with whom the mentor has logged nothing yet', () => {
    expect(isFirstContactWithMinor('ANA', jo, [])).toBe(true);
    expect(isFirstContactWithMinor('ANA', jo, [logged({ menteeIds: ['KIM'] })])).toBe(true);
  });

  it('is not once a contact is logged, from the form or a check-in prompt', () => {
    expect(isFirstContactWithMinor('ANA', jo, [logged()])).toBe(false);
    expect(isFirstContactWithMinor('ANA', jo, [logged({ source: 'prompt' })])).toBe(false);
    expect(isFirstContactWithMinor('ANA', jo, [logged({ menteeIds: ['KIM', 'JO'] })])).toBe(false);
  });

  it('asks again when the first was undone, for a new mentor, and not for a reply to a request', () => {
    expect(isFirstContactWithMinor('ANA', jo, [logged({ undoneAt: new Date('2026-10-03T12:00:00Z') })])).toBe(true);
    expect(isFirstContactWithMinor('BEN', jo, [logged()])).toBe(true);
    expect(isFirstContactWithMinor('ANA', jo, [logged({ source: 'request_response' })])).toBe(true);
  });

  it('never asks about an adult mentee', () => {
    expect(isFirstContactWithMinor('ANA', sam, [])).toBe(false);
  });

  it('finds, among the mentees a form offers, the minors it would be the first contact with', () => {
    const kim = { id: 'KIM', minor: true };
    expect(minorsAwaitingFirstContact('ANA', [jo, sam, kim], [logged({ menteeIds: ['KIM'] }), logged({ mentorId: 'BEN' })])).toEqual(['JO']);
    expect(minorsAwaitingFirstContact('ANA', [sam], [])).toEqual([]);
  });
});

describe('the check-in form’s parent question', () => {
  it('is asked when the form offers a minor awaiting a first contact, and required by Slack when that is all it offers', () => {
    expect(parentQuestionFor('ANA', [jo], [])).toEqual({ minorIds: ['JO'], onlyChoice: true });
    expect(parentQuestionFor('ANA', [jo, sam], [])).toEqual({ minorIds: ['JO'], onlyChoice: false });
    expect(parentQuestionFor('ANA', [jo, sam], [logged()])).toBeUndefined();
    expect(parentQuestionFor('ANA', [sam], [])).toBeUndefined();
  });
});

describe('the answer is required', () => {
  it('refuses a first contact with a minor logged without an answer, and nothing else', () => {
    expect(checkParentAnswer(['JO'], ['JO'], undefined)).toBe('parent-answer-missing');
    expect(checkParentAnswer(['JO', 'SAM'], ['JO'], undefined)).toBe('parent-answer-missing');
    expect(checkParentAnswer(['JO'], ['JO'], 'no')).toBeUndefined();
    expect(checkParentAnswer(['JO'], ['JO'], 'yes')).toBeUndefined();
    expect(checkParentAnswer(['SAM'], ['JO'], undefined)).toBeUndefined();
  });

  it('reads the radio button’s value, and nothing it does not know', () => {
    expect([readParentAnswer('yes'), readParentAnswer('no'), readParentAnswer(null), readParentAnswer('maybe')]).toEqual(['yes', 'no', undefined, undefined]);
  });

  it('asks in the form with Yes and No, required by Slack when the minor is the only mentee offered', () => {
    const only = buildParentPresentBlock(['Jo'], true);
    expect(only).toMatchObject({
      type: 'input',
      block_id: parentPresentIds.block,
      optional: false,
      label: { text: 'Was a parent or guardian present?' },
      element: { type: 'radio_buttons', action_id: parentPresentIds.input, options: [{ value: 'yes' }, { value: 'no' }] },
    });
    expect(JSON.stringify(only)).toContain('Required for the first session with Jo (under 18)');
    expect(buildParentPresentBlock(['Jo', 'Kim', 'Lu'], false)).toMatchObject({ optional: true, hint: { text: expect.stringContaining('Jo, Kim or Lu') } });
  });

  it('explains a missing answer on the question itself', () => {
    expect(buildParentAnswerErrors('parent-answer-missing')).toEqual({
      [parentPresentIds.block]: 'Please say whether a parent or guardian was present: the program asks for one at the first session with a mentee under 18.',
    });
  });
});

describe('a first session without a parent', () => {
  it('tells the coordinators, by names and date only, once each', () => {
    expect(tellsCoordinators({ parentPresent: false })).toBe(true);
    expect(tellsCoordinators({ parentPresent: true })).toBe(false);
    expect(noParentAlertKey({ mentorId: 'ANA', menteeId: 'JO' }, 'COORD')).toBe('premed-no-parent:ANA:JO:COORD');
    const alert = buildNoParentAlert({ menteeName: 'Jo <Rivera>', mentorName: 'Dr. Ana Lee', date: '2026-10-03' });
    expect(alert.text).toBe('Dr. Ana Lee logged the first session with Jo &lt;Rivera&gt; (under 18) on Sat 3 Oct 2026, with no parent or guardian present.');
    expect(JSON.stringify(alert.blocks)).not.toMatch(/note/i);
  });
});

describe('the pre-med rules’ DMs', () => {
  it('DM the nudge to the mentor and the alert to the coordinator, and nothing else', async () => {
    const sent: { to: string; text: string }[] = [];
    const sender = createPremedRulesSender({
      dm: async (to, message) => {
        sent.push({ to, text: message.text });
        return { channel: `D-${to}`, ts: '1.1' };
      },
    });
    const nudge = { key: 'k', recipientId: 'ANA', zone: 'UTC', menteeId: 'JO', menteeName: 'Jo', month: '2026-10', days: 3, daysLeft: 3, minutes: 45, required: 120 };
    await expect(sender.sendHoursNudge(nudge)).resolves.toEqual({ channel: 'D-ANA', ts: '1.1' });
    await sender.sendNoParentAlert('COORD', { menteeName: 'Jo', mentorName: 'Ana', date: '2026-10-03' });
    expect(sent).toEqual([
      { to: 'ANA', text: 'You’ve logged 45 of 120 minutes with Jo this month.' },
      { to: 'COORD', text: 'Ana logged the first session with Jo (under 18) on Sat 3 Oct 2026, with no parent or guardian present.' },
    ]);
  });

  it('turn a refusal from Slack into a SendError the send path can retry', async () => {
    const sender = createPremedRulesSender({ dm: async () => Promise.reject(new Error('socket hang up')) });
    await expect(sender.sendNoParentAlert('COORD', { menteeName: 'Jo', mentorName: 'Ana', date: '2026-10-03' })).rejects.toBeInstanceOf(SendError);
  });
});
