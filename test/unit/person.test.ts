import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, settingsOf } from '../../src/config/env.js';
import { buildPersonFile } from '../../src/features/person/domain/person-file.js';
import { parsePersonQuery } from '../../src/features/person/domain/person-query.js';
import { personSettings } from '../../src/features/person/settings.js';
import { buildForgetModal, buildPersonSummary } from '../../src/features/person/slack/person-views.js';
import { countHoldings, pseudonymOf, type Holdings } from '../../src/program/personal-data.js';

const good = { SLACK_BOT_TOKEN: 'xoxb-123-456-abc', SLACK_SIGNING_SECRET: 'abcdef0123456789' };

describe('whom an admin names', () => {
  it.each([
    ['<@U0MENTEE02|ben>', { kind: 'id', id: 'U0MENTEE02' }],
    ['<@U0MENTEE02>', { kind: 'id', id: 'U0MENTEE02' }],
    ['  U0MENTEE02 ', { kind: 'id', id: 'U0MENTEE02' }],
    ['W0ENTERPRISE', { kind: 'id', id: 'W0ENTERPRISE' }],
    ['Ben@School.example', { kind: 'email', email: 'ben@school.example' }],
    ['<mailto:ben@school.example|ben@school.example>', { kind: 'email', email: 'ben@school.example' }],
    ['', undefined],
    ['ben', undefined],
    ['ben mentee', undefined],
    ['U0MENTEE02 U0MENTEE01', undefined],
    ['<!channel>', undefined],
    ['ben@', undefined],
  ])('reads %j', (text, expected) => {
    expect(parsePersonQuery(text)).toEqual(expected);
  });
});

describe('a person’s file and summary', () => {
  const holdings: readonly Holdings[] = [{ profile: [{ name: 'Ben' }], memberships: [] }, { 'requests made': [{ description: 'help' }, { description: 'more' }] }, { profile: [{ zone: 'x' }] }];

  it('counts records by kind, leaving out kinds with none', () => {
    expect(countHoldings(holdings)).toEqual({ profile: 2, 'requests made': 2 });
  });

  it('puts everything in one JSON document named after the person and the day', () => {
    const file = buildPersonFile('U0MENTEE02', holdings, new Date('2026-10-05T13:05:00Z'));
    expect(file.filename).toBe('person-U0MENTEE02-2026-10-05.json');
    expect(JSON.parse(file.json)).toEqual({
      person: 'U0MENTEE02',
      exportedAt: '2026-10-05T13:05:00.000Z',
      records: { profile: [{ name: 'Ben' }, { zone: 'x' }], memberships: [], 'requests made': [{ description: 'help' }, { description: 'more' }] },
    });
  });

  it('numbers a forgotten person', () => {
    expect(pseudonymOf(12)).toBe('Former participant #12');
  });

  it('shows the summary with Export and Forget, a roster name escaped', () => {
    const message = JSON.stringify(buildPersonSummary({ personId: 'U0EVIL0001', name: '<!channel> Evil & Co', counts: { profile: 1 }, messages: 2 }));
    expect(message).toContain('*&lt;!channel&gt; Evil &amp; Co* (<@U0EVIL0001>)');
    expect(message).not.toContain('<!channel>');
    expect(message).toContain('• profile: 1');
    expect(message).toContain('the app’s Slack messages carrying their words: 2');
    expect(message).toContain('"action_id":"person_export","text":{"type":"plain_text","text":"Export (JSON)"},"value":"U0EVIL0001"');
    expect(message).toContain('"action_id":"person_forget"');
    expect(JSON.stringify(buildPersonSummary({ personId: 'U0NOBODY01', name: undefined, counts: {}, messages: 0 }))).toContain('Nothing is held about them.');
  });

  it('names what will go in the confirmation, and carries the person back with the submission', () => {
    const modal = buildForgetModal({ personId: 'U0MENTEE02', name: 'Ben Mentee', counts: { 'requests made': 3 }, messages: 1 });
    expect(modal.private_metadata).toBe('U0MENTEE02');
    expect(modal.callback_id).toBe('person_forget_confirm');
    const text = JSON.stringify(modal);
    expect(text).toContain('This cannot be undone. Forgetting *Ben Mentee* (<@U0MENTEE02>)');
    expect(text).toContain('Former participant #n');
    expect(text).toContain('their pulse scores are erased');
    expect(text).toContain('1 message the app posted with their words is deleted from Slack');
    expect(text).toContain('• requests made: 3');
  });
});

describe('RETENTION_MONTHS', () => {
  it('defaults to 24 months', () => {
    expect(settingsOf(loadConfig(good, [personSettings]), personSettings)).toEqual({ retentionMonths: 24 });
    expect(settingsOf(loadConfig({ ...good, RETENTION_MONTHS: ' 36 ' }, [personSettings]), personSettings)).toEqual({ retentionMonths: 36 });
  });

  it.each(['0', '1.5', 'two years', '601'])('refuses %j, saying what is expected', (value) => {
    let problems: readonly string[] = [];
    try {
      loadConfig({ ...good, RETENTION_MONTHS: value }, [personSettings]);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      problems = (error as ConfigError).problems;
    }
    expect(problems).toEqual(['RETENTION_MONTHS is not valid: expected a whole number of months from 1 to 600 (default 24)']);
  });
});
