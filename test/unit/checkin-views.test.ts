import { describe, expect, it } from 'vitest';
import { programMonth, semesterOf, DEFAULT_ACTIVE_MONTHS, DEFAULT_SEMESTERS } from '../../src/program/calendar.js';
import type { Contact } from '../../src/program/records/contact.js';
import type { CheckinPrompt } from '../../src/features/contacts/ports.js';
import { buildCheckinFormErrors, buildCheckinModal, buildCheckinPromptMessage, buildCheckinRefusal, buildContactConfirmation, describeContact } from '../../src/features/contacts/slack/checkin-views.js';
import { formatLongDate, formatMonth } from '../../src/slack/format-time.js';
import { withAsked } from '../../src/features/contacts/slack/checkin-metadata.js';
import type { CheckinQuestion } from '../../src/slack/checkin-question.js';
import { buildMentorNotice, buildPulseAnswered, buildPulseMessage } from '../../src/features/pulse/slack/pulse-views.js';

const calendar = { timezone: 'America/Chicago', activeMonths: DEFAULT_ACTIVE_MONTHS, semesters: DEFAULT_SEMESTERS };

const aContact = (overrides: Partial<Contact> = {}): Contact => ({
  id: '65f0c0ffee0000000000abcd',
  mentorId: 'P3',
  menteeIds: ['M1'],
  at: new Date('2026-09-14T15:00:00Z'),
  date: '2026-09-14',
  kind: 'call',
  group: false,
  minutes: 20,
  note: undefined,
  source: 'logged',
  sourceKey: 'view:V1',
  createdAt: new Date('2026-09-14T15:00:00Z'),
  undoneAt: undefined,
  ...overrides,
});

type AnyBlock = Record<string, unknown> & { type: string; block_id?: string; element?: Record<string, unknown>; elements?: Record<string, unknown>[]; accessory?: Record<string, unknown> };

describe('check-in views', () => {
  it('says what was logged, in plain words', () => {
    expect(formatLongDate('2026-09-14')).toBe('Mon 14 Sep 2026');
    expect(formatMonth('2027-01')).toBe('January 2027');
    expect(describeContact(aContact())).toBe('a call with <@M1> on Mon 14 Sep 2026, 20 minutes');
    expect(describeContact(aContact({ kind: 'in_person', minutes: 0 }))).toBe('an in-person meeting with <@M1> on Mon 14 Sep 2026, no minutes given');
    expect(describeContact(aContact({ kind: 'email', minutes: 1 }))).toBe('an e-mail with <@M1> on Mon 14 Sep 2026, 1 minute');
    expect(describeContact(aContact({ kind: 'video', group: true, menteeIds: ['M1', 'M2'] }))).toBe('a group video call with <@M1>, <@M2> on Mon 14 Sep 2026, 20 minutes');
  });

  it('builds a form offering only the mentees given, with the limits of each field', () => {
    const mentees = Array.from({ length: 120 }, (_, i) => ({ id: `M${i}`, name: `Mentee number ${i} with a rather long name that goes on and on and on` }));
    const modal = buildCheckinModal({ mentees, selected: ['M3', 'X9'], group: true, kind: 'video', today: '2026-09-14', earliest: '2026-06-16' }, '{"source":"prompt"}');
    expect(modal.callback_id).toBe('checkin_modal');
    expect(modal.private_metadata).toBe('{"source":"prompt"}');
    expect((modal.title as { text: string }).text.length).toBeLessThanOrEqual(24);
    const blocks = modal.blocks as AnyBlock[];
    const element = (id: string) => blocks.find((b) => b.block_id === id)!.element!;
    const options = element('checkin_mentees')['options'] as { text: { text: string }; value: string }[];
    expect(options).toHaveLength(100);
    expect(options.every((o) => o.text.text.length <= 75)).toBe(true);
    expect((element('checkin_mentees')['initial_options'] as { value: string }[]).map((o) => o.value)).toEqual(['M3']);
    expect((element('checkin_kind')['initial_option'] as { value: string }).value).toBe('video');
    expect((element('checkin_mode')['initial_option'] as { value: string }).value).toBe('group');
    expect(element('checkin_date')['initial_date']).toBe('2026-09-14');
    expect(element('checkin_minutes')).toMatchObject({ type: 'number_input', is_decimal_allowed: false, min_value: '0', max_value: '600' });
    expect(element('checkin_note')).toMatchObject({ type: 'plain_text_input', multiline: true, max_length: 1000 });
    expect(blocks.find((b) => b.block_id === 'checkin_note')!['optional']).toBe(true);
  });

  it('adds a track’s question before the note, about the mentees it names, required by Slack only when they are all the form offers', () => {
    const question: CheckinQuestion = {
      name: 'parent',
      blockId: 'q_block',
      actionId: 'q_input',
      about: () => Promise.resolve([]),
      block: (names, onlyChoice) => ({ type: 'input', block_id: 'q_block', optional: !onlyChoice, label: { type: 'plain_text', text: `About ${names.join(' and ')}` }, element: { type: 'radio_buttons', action_id: 'q_input', options: [] } }),
      readAnswer: (v) => v,
      missing: 'Please answer.',
      refuseLine: () => Promise.resolve(undefined),
      answered: () => Promise.resolve(),
    };
    const form = { selected: [], group: false, kind: undefined, today: '2026-09-14', earliest: '2026-06-16' };
    const mixed = buildCheckinModal({ ...form, mentees: [{ id: 'M1', name: 'Jo' }, { id: 'M2', name: 'Amy' }], questions: [{ question, about: ['M1'] }] }, '{}');
    const ids = (mixed.blocks as AnyBlock[]).map((b) => b.block_id);
    expect(ids.slice(-2)).toEqual(['q_block', 'checkin_note']);
    expect((mixed.blocks as AnyBlock[]).find((b) => b.block_id === 'q_block')).toMatchObject({ optional: true, label: { text: 'About Jo' } });
    const only = buildCheckinModal({ ...form, mentees: [{ id: 'M1', name: 'Jo' }], questions: [{ question, about: ['M1'] }] }, '{}');
    expect((only.blocks as AnyBlock[]).find((b) => b.block_id === 'q_block')).toMatchObject({ optional: false });
    expect((buildCheckinModal({ ...form, mentees: [{ id: 'M1', name: 'Jo' }] }, '{}').blocks as AnyBlock[]).some((b) => b.block_id === 'q_block')).toBe(false);
    // The form's metadata says whom each question was asked about (nothing when none was).
    expect(withAsked({ questions: [{ question, about: ['M1'] }] })).toEqual({ asked: { parent: ['M1'] } });
    expect(withAsked({})).toEqual({});
    expect(buildCheckinRefusal([{ field: 'mentees', code: 'use_the_form', words: 'Use the form, please.' }]).text).toContain('Use the form, please.');
  });

  it('puts each problem on its field in the form, and every problem in a one-line refusal', () => {
    const problems = [
      { field: 'mentees', code: 'not_your_mentees', personIds: ['X1', 'X2'] },
      { field: 'date', code: 'too_old' },
      { field: 'kind', code: 'unknown_kind', word: 'fax' },
    ] as const;
    expect(buildCheckinFormErrors(problems)).toEqual({
      checkin_mentees: expect.stringContaining('<@X1>, <@X2> are not one of your current mentees'),
      checkin_date: expect.stringContaining('more than 90 days ago'),
      checkin_kind: expect.stringContaining('“fax”'),
    });
    expect(buildCheckinRefusal(problems).text.split('\n')).toHaveLength(4);
    expect(buildCheckinRefusal(problems).text).toMatch(/Nothing was logged\.$/);
  });

  it('confirms to the author with their note escaped, and Undo carrying the contact id', () => {
    const message = buildContactConfirmation(aContact({ note: 'Bring <@U123> & *notes*' }));
    expect(message.text).toBe(':white_check_mark: Logged: a call with <@M1> on Mon 14 Sep 2026, 20 minutes.');
    const json = JSON.stringify(message.blocks);
    expect(json).toContain('Bring &lt;@U123&gt; &amp; *notes*');
    expect(json).toContain('"action_id":"checkin_undo"');
    expect(json).toContain('"value":"65f0c0ffee0000000000abcd"');
    expect(JSON.stringify(buildContactConfirmation(aContact()).blocks)).not.toContain('private note');
  });

  it('draws a prompt within Slack’s 50 blocks however many mentees, with month and semester statuses and three answers a line', () => {
    const month = programMonth('2026-09', calendar);
    const prompt = (n: number): CheckinPrompt => ({
      mentorId: 'P3',
      month,
      semester: semesterOf(month.from, calendar),
      mentees: Array.from({ length: n }, (_, i) => ({ id: `M${i}`, name: `Mentee ${i}`, communicated: i % 2 === 0, met: i % 3 === 0, attempts: i === 1 ? 2 : 0 })),
    });
    const small = buildCheckinPromptMessage(prompt(2));
    const texts = (small.blocks as AnyBlock[]).map((b) => (b['text'] as { text?: string } | undefined)?.text ?? '').join('\n');
    expect(texts).toContain('Check-in for September 2026');
    expect(texts).toContain('*<@M0>*\n:white_check_mark: in touch in September  ·  :white_check_mark: met in Fall 2026');
    expect(texts).toContain('*<@M1>*\n:white_circle: no communication yet in September  ·  :white_circle: no meeting yet in Fall 2026  ·  :telephone_receiver: tried 2 times');
    const buttons = (small.blocks as AnyBlock[]).flatMap((b) => b.elements ?? []).filter((e) => e['type'] === 'button').map((e) => [e['action_id'], e['value']]);
    expect(buttons).toEqual([
      ['checkin_prompt_touch', '2026-09|M0'],
      ['checkin_prompt_unreached', '2026-09|M0'],
      ['checkin_prompt_concern', '2026-09|M0'],
      ['checkin_prompt_touch', '2026-09|M1'],
      ['checkin_prompt_unreached', '2026-09|M1'],
      ['checkin_prompt_concern', '2026-09|M1'],
      ['checkin_prompt_group', '2026-09'],
    ]);
    const big = buildCheckinPromptMessage(prompt(60));
    expect(big.blocks.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(big.blocks)).toContain('…and 40 more');
    const summer = buildCheckinPromptMessage({ ...prompt(1), semester: undefined, mentees: [{ id: 'M0', name: 'M', communicated: false, met: undefined, attempts: 0 }] });
    expect(JSON.stringify(summer.blocks)).not.toMatch(/met in|no meeting yet/);
  });
});

describe('pulse views', () => {
  it('asks 1–5 with the month on every button, and offers sharing only when it may', () => {
    const pulse = buildPulseMessage('2026-09');
    const buttons = (pulse.blocks as AnyBlock[]).flatMap((b) => b.elements ?? []);
    expect(buttons.map((b) => [b['action_id'], b['value']])).toEqual([
      ['pulse_score_1', '2026-09'],
      ['pulse_score_2', '2026-09'],
      ['pulse_score_3', '2026-09'],
      ['pulse_score_4', '2026-09'],
      ['pulse_score_5', '2026-09'],
      ['pulse_talk', '2026-09'],
    ]);
    const ids = (m: { blocks: unknown[] }) => (m.blocks as AnyBlock[]).flatMap((b) => b.elements ?? []).map((e) => e['action_id']);
    expect(ids(buildPulseAnswered('2026-09', 1, { created: true, canShare: true }))).toEqual(['pulse_share', 'pulse_talk']);
    expect(ids(buildPulseAnswered('2026-09', 4, { created: true, canShare: false }))).toEqual(['pulse_talk']);
    expect(buildPulseAnswered('2026-09', 3, { created: false, canShare: false }).text).toMatch(/already answered/);
  });

  it('tells a mentor only that the mentee would like to hear from them', () => {
    expect(buildMentorNotice('M1').text).toBe('<@M1> would like to hear from you. Please reach out when you can; a message counts toward this month’s check-in.');
  });
});
