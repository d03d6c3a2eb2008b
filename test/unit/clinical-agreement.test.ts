import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, settingsOf } from '../../src/config/env.js';
import { clinicalSettings, DEFAULT_CLINICAL_AGREEMENT_TEXT } from '../../src/features/clinical/settings.js';
import { buildRotationsErrors, buildRotationsModal, buildRotationsResultModal } from '../../src/features/clinical/slack/rotations-views.js';
import { buildMentorWelcome, buildMentorWelcomeAgreed } from '../../src/features/clinical/slack/welcome-views.js';

const good = { SLACK_BOT_TOKEN: 'xoxb-123-456-abc', SLACK_SIGNING_SECRET: 'abcdef0123456789' };

describe('the honesty agreement setting', () => {
  it('defaults to an agreement about honesty and the limits of a peer mentor', () => {
    expect(settingsOf(loadConfig(good, [clinicalSettings]), clinicalSettings)).toEqual({ agreementText: DEFAULT_CLINICAL_AGREEMENT_TEXT, matchDays: 21, mentorCapacity: 6 });
    expect(DEFAULT_CLINICAL_AGREEMENT_TEXT).toMatch(/honest/);
    expect(DEFAULT_CLINICAL_AGREEMENT_TEXT).toMatch(/not a preceptor or a professor/);
  });

  it('reads CLINICAL_AGREEMENT_TEXT, and refuses one too long for a Slack message', () => {
    const config = loadConfig({ ...good, CLINICAL_AGREEMENT_TEXT: ' I will tell the truth. ' }, [clinicalSettings]);
    expect(settingsOf(config, clinicalSettings)).toMatchObject({ agreementText: 'I will tell the truth.' });
    expect(() => loadConfig({ ...good, CLINICAL_AGREEMENT_TEXT: 'x'.repeat(2_501) }, [clinicalSettings])).toThrow(ConfigError);
  });
});

describe('a clinical mentor’s welcome DM', () => {
  it('carries the agreement, quoted line by line, and one I agree button', () => {
    const message = buildMentorWelcome('U0CLP00001', 'Line one.\nLine two.');
    const json = JSON.stringify(message.blocks);
    expect(message.text).toMatch(/honesty agreement/);
    expect(json).toContain('<@U0CLP00001>');
    expect(json).toContain('>Line one.\\n>Line two.');
    const buttons = message.blocks!.flatMap((b) => (b.type === 'actions' ? b.elements : []));
    expect(buttons).toEqual([expect.objectContaining({ type: 'button', action_id: 'clinical_agree', text: { type: 'plain_text', text: 'I agree' } })]);
  });

  it('once accepted, keeps the agreement and says when, without the button', () => {
    const message = buildMentorWelcomeAgreed('U0CLP00001', 'Be honest.', 'Mon, Jan 4, 9:00 AM CST');
    const json = JSON.stringify(message.blocks);
    expect(json).toContain('>Be honest.');
    expect(json).toContain('You accepted the honesty agreement on Mon, Jan 4, 9:00 AM CST');
    expect(json).not.toContain('clinical_agree');
  });
});

describe('the rotations form', () => {
  it('asks for pasted CSV within Slack’s 3,000 characters, and shows the text again after a refusal', () => {
    const form = buildRotationsModal('email,kind\n');
    expect(form).toMatchObject({ callback_id: 'clinical_rotations', submit: { text: 'Import' } });
    const input = form.blocks.find((b) => b.type === 'input')!;
    expect(input).toMatchObject({ block_id: 'clinical_rotations_csv', element: { action_id: 'clinical_rotations_csv_input', max_length: 3_000, initial_value: 'email,kind\n' } });
  });

  it('lists the problems under the input, counted, the first twelve shown', () => {
    const errors = Array.from({ length: 14 }, (_, i) => ({ line: i + 2, column: 'subject' as const, reason: 'expected one of …' }));
    const text = buildRotationsErrors(errors)['clinical_rotations_csv']!;
    expect(text.split('\n')[0]).toBe('Nothing was imported: 14 lines need fixing.');
    expect(text).toContain('• line 2, column subject: expected one of …');
    expect(text).toContain('…and 2 more.');
  });

  it('says what an import did, and shows the form again with every problem after a refusal', () => {
    const done = buildRotationsResultModal({ status: 'imported', summary: { rows: 3, people: 2, created: 2, updated: 1, unchanged: 0, removed: 0 }, ignoredColumns: [] }, '');
    expect(JSON.stringify(done.blocks)).toContain('Rotations of 2 people: 2 created, 1 updated, 0 unchanged, 0 removed');
    expect(done.submit).toBeUndefined();
    const refused = buildRotationsResultModal({ status: 'refused', errors: [{ line: 3, column: 'kind', reason: 'not a clinical mentee' }], ignoredColumns: [] }, 'csv');
    expect(JSON.stringify(refused.blocks)).toContain('line 3, column kind: not a clinical mentee');
    expect(refused.submit).toBeDefined();
  });
});
