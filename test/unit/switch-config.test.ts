import { describe, expect, it } from 'vitest';
import { ConfigError, settingsOf, loadConfig } from '../../src/config/env.js';
import { switchSettings } from '../../src/features/switching/settings.js';

const good = { SLACK_BOT_TOKEN: 'xoxb-123-456-abc', SLACK_SIGNING_SECRET: 'abcdef0123456789' };

const problemsOf = (env: Record<string, string>): readonly string[] => {
  try {
    loadConfig({ ...good, ...env }, [switchSettings]);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  return [];
};

describe('switch settings', () => {
  it('default to a DM to each admin and a capacity of 15 mentees per group', () => {
    expect(settingsOf(loadConfig(good, [switchSettings]), switchSettings)).toEqual({ adminChannelId: undefined, groupCapacity: 15 });
    expect(settingsOf(loadConfig({ ...good, SWITCH_ADMIN_CHANNEL: ' ', SWITCH_GROUP_CAPACITY: '' }, [switchSettings]), switchSettings)).toEqual({ adminChannelId: undefined, groupCapacity: 15 });
  });

  it('read SWITCH_ADMIN_CHANNEL and SWITCH_GROUP_CAPACITY', () => {
    expect(settingsOf(loadConfig({ ...good, SWITCH_ADMIN_CHANNEL: 'C012ABCDEF', SWITCH_GROUP_CAPACITY: '12' }, [switchSettings]), switchSettings)).toEqual({ adminChannelId: 'C012ABCDEF', groupCapacity: 12 });
    expect(settingsOf(loadConfig({ ...good, SWITCH_ADMIN_CHANNEL: 'G0PRIVATE1' }, [switchSettings]), switchSettings).adminChannelId).toBe('G0PRIVATE1');
  });

  it.each([
    ['SWITCH_ADMIN_CHANNEL', '#switch-requests', /^SWITCH_ADMIN_CHANNEL is not valid: expected a Slack channel id such as C012ABCDEF/],
    ['SWITCH_ADMIN_CHANNEL', 'U012ABCDEF', /^SWITCH_ADMIN_CHANNEL is not valid: expected a Slack channel id/],
    ['SWITCH_GROUP_CAPACITY', '0', /^SWITCH_GROUP_CAPACITY is not valid: expected a whole number of mentees from 1 to 500/],
    ['SWITCH_GROUP_CAPACITY', 'fifteen', /^SWITCH_GROUP_CAPACITY is not valid: expected a whole number of mentees from 1 to 500/],
    ['SWITCH_GROUP_CAPACITY', '2.5', /^SWITCH_GROUP_CAPACITY is not valid/],
  ])('refuse a bad %s (%s), saying what is expected', (name, value, message) => {
    expect(problemsOf({ [name]: value })).toEqual([expect.stringMatching(message)]);
  });
});
