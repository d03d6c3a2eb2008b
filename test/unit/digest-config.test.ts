import { describe, expect, it } from 'vitest';
import { ConfigError, settingsOf, loadConfig } from '../../src/config/env.js';
import { digestSettings } from '../../src/features/digests/settings.js';

const good = { SLACK_BOT_TOKEN: 'xoxb-123-456-abc', SLACK_SIGNING_SECRET: 'abcdef0123456789' };

describe('digest settings', () => {
  it('default to Monday at 08:00 in each reader’s zone', () => {
    expect(settingsOf(loadConfig(good, [digestSettings]), digestSettings)).toEqual({ day: 1, hour: 8 });
  });

  it('read DIGEST_DAY (a day name, its first letters, or 1–7 from Monday) and DIGEST_HOUR', () => {
    expect(settingsOf(loadConfig({ ...good, DIGEST_DAY: 'Friday', DIGEST_HOUR: '17' }, [digestSettings]), digestSettings)).toEqual({ day: 5, hour: 17 });
    expect(settingsOf(loadConfig({ ...good, DIGEST_DAY: 'sun', DIGEST_HOUR: '0' }, [digestSettings]), digestSettings)).toEqual({ day: 7, hour: 0 });
    expect(settingsOf(loadConfig({ ...good, DIGEST_DAY: '2', DIGEST_HOUR: '' }, [digestSettings]), digestSettings)).toEqual({ day: 2, hour: 8 });
  });

  it.each([
    ['DIGEST_DAY', 'someday', /DIGEST_DAY is not valid: expected a day of the week, e\.g\. monday/],
    ['DIGEST_DAY', '0', /DIGEST_DAY is not valid/],
    ['DIGEST_HOUR', '24', /DIGEST_HOUR is not valid: expected an hour from 0 to 23/],
    ['DIGEST_HOUR', '8am', /DIGEST_HOUR is not valid/],
  ])('refuse a bad %s (%s), saying what is expected', (name, value, message) => {
    let error: unknown;
    try {
      loadConfig({ ...good, [name]: value }, [digestSettings]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.join('\n')).toMatch(message);
  });
});
