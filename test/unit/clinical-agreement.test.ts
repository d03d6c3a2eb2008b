import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, settingsOf } from '../../src/config/env.js';
import { clinicalSettings, DEFAULT_CLINICAL_AGREEMENT_TEXT } from '../../src/features/clinical/settings.js';
import { buildMentorWelcome, buildMentorWelcomeAgreed } from '../../src/features/clinical/slack/welcome-views.js';

const good = { SLACK_BOT_TOKEN: 'xoxb-123-456-abc', SLACK_SIGNING_SECRET: 'abcdef0123456789' };

describe('the honesty agreement setting', () => {
  it('defaults to an agreement about honesty and the limits of a peer mentor', () => {
    expect(settingsOf(loadConfig(good, [clinicalSettings]), clinicalSettings)).toEqual({ agreementText: DEFAULT_CLINICAL_AGREEMENT_TEXT });
    expect(DEFAULT_CLINICAL_AGREEMENT_TEXT).toMatch(/honest/);
    expect(DEFAULT_CLINICAL_AGREEMENT_TEXT).toMatch(/not a preceptor or a professor/);
  });

  it('reads CLINICAL_AGREEMENT_TEXT, and refuses one too long for a Slack message', () => {
    const config = loadConfig({ ...good, CLINICAL_AGREEMENT_TEXT: ' I will tell the truth. ' }, [clinicalSettings]);
    expect(settingsOf(config, clinicalSettings)).toEqual({ agreementText: 'I will tell the truth.' });
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
