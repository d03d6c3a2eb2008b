import { describe, expect, it } from 'vitest';
import { ConfigError, settingsOf, loadConfig } from '../../src/config/env.js';
import { requestSettings, DEFAULT_SUPPORT_RESOURCES_TEXT } from '../../src/features/requests/settings.js';

const good = { SLACK_BOT_TOKEN: 'xoxb-123-456-abc', SLACK_SIGNING_SECRET: 'abcdef0123456789' };

describe('request settings', () => {
  it('default to the program’s rules: 24 h, 48 h for e-mail, and support resources naming counselling and emergency numbers', () => {
    const config = loadConfig(good, [requestSettings]);
    expect(settingsOf(config, requestSettings)).toEqual({ replyHours: 24, emailReplyHours: 48, supportResourcesText: DEFAULT_SUPPORT_RESOURCES_TEXT });
    expect(DEFAULT_SUPPORT_RESOURCES_TEXT).toMatch(/counselling service/);
    expect(DEFAULT_SUPPORT_RESOURCES_TEXT).toMatch(/911/);
    expect(DEFAULT_SUPPORT_RESOURCES_TEXT).toMatch(/988/);
  });

  it('read REQUEST_REPLY_HOURS, REQUEST_EMAIL_REPLY_HOURS and SUPPORT_RESOURCES_TEXT', () => {
    const config = loadConfig({ ...good, REQUEST_REPLY_HOURS: '12', REQUEST_EMAIL_REPLY_HOURS: ' 72 ', SUPPORT_RESOURCES_TEXT: 'Call the Wellness Center at 555-0100.' }, [requestSettings]);
    expect(settingsOf(config, requestSettings)).toEqual({ replyHours: 12, emailReplyHours: 72, supportResourcesText: 'Call the Wellness Center at 555-0100.' });
  });

  it.each([
    ['REQUEST_REPLY_HOURS', '0'],
    ['REQUEST_REPLY_HOURS', '1.5'],
    ['REQUEST_EMAIL_REPLY_HOURS', 'two days'],
    ['REQUEST_EMAIL_REPLY_HOURS', '1000'],
  ])('refuse a bad %s (%s), saying what is expected', (name, value) => {
    let problems: readonly string[] = [];
    try {
      loadConfig({ ...good, [name]: value }, [requestSettings]);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      problems = (error as ConfigError).problems;
    }
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^${name} is not valid: expected a whole number of hours from 1 to 720`))]);
  });
});
