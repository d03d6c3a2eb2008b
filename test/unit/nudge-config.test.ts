import { describe, expect, it } from 'vitest';
import { ConfigError, settingsOf, loadConfig } from '../../src/config/env.js';
import { nudgeSettings } from '../../src/features/nudges/settings.js';

const good = { SLACK_BOT_TOKEN: 'xoxb-123-456-abc', SLACK_SIGNING_SECRET: 'abcdef0123456789' };

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env, [nudgeSettings]);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return [...(error as ConfigError).problems];
  }
  throw new Error('expected the configuration to be refused');
}

describe('quiet hours and nudge settings', () => {
  it('defaults to quiet 21:00–08:00, reminders at 75 %, faculty 24 h after the deadline, lists 10 and 3 / 30 and 14 days before the end', () => {
    const config = loadConfig(good, [nudgeSettings]);
    expect(config.quietHours).toEqual({ start: { hour: 21, minute: 0 }, end: { hour: 8, minute: 0 } });
    expect(settingsOf(config, nudgeSettings)).toEqual({ reminderShare: 0.75, escalationHours: 24, monthEndDays: [10, 3], semesterEndDays: [30, 14] });
    expect(Object.isFrozen(settingsOf(config, nudgeSettings))).toBe(true);
    expect(Object.isFrozen(config.quietHours)).toBe(true);
  });

  it('reads every setting it is given', () => {
    const config = loadConfig({
      ...good,
      QUIET_HOURS: ' 22:30-07:15 ',
      REQUEST_REMINDER_PERCENT: '50',
      REQUEST_ESCALATION_HOURS: '0',
      MONTH_END_NUDGE_DAYS: '3, 7,14',
      SEMESTER_END_NUDGE_DAYS: 'off',
    }, [nudgeSettings]);
    expect(config.quietHours).toEqual({ start: { hour: 22, minute: 30 }, end: { hour: 7, minute: 15 } });
    expect(settingsOf(config, nudgeSettings)).toEqual({ reminderShare: 0.5, escalationHours: 0, monthEndDays: [14, 7, 3], semesterEndDays: [] });
    expect(loadConfig({ ...good, QUIET_HOURS: 'off' }, [nudgeSettings]).quietHours).toEqual({ start: { hour: 0, minute: 0 }, end: { hour: 0, minute: 0 } });
  });

  it.each([
    ['QUIET_HOURS', '9pm-8am', /HH:MM-HH:MM, e\.g\. 21:00-08:00.*or off/],
    ['QUIET_HOURS', '25:00-08:00', /HH:MM-HH:MM/],
    ['REQUEST_REMINDER_PERCENT', '100', /whole percentage from 1 to 99/],
    ['REQUEST_REMINDER_PERCENT', '0.75', /whole percentage from 1 to 99/],
    ['REQUEST_ESCALATION_HOURS', '-1', /whole number of hours from 0 to 720/],
    ['REQUEST_ESCALATION_HOURS', 'a day', /whole number of hours from 0 to 720/],
    ['MONTH_END_NUDGE_DAYS', '10;3', /whole numbers of days from 1 to 28, comma-separated, e\.g\. 10,3, or off \(could not read "10;3"\)/],
    ['MONTH_END_NUDGE_DAYS', '30', /from 1 to 28/],
    ['MONTH_END_NUDGE_DAYS', '3,3', /3 is given twice/],
    ['SEMESTER_END_NUDGE_DAYS', '0,14', /whole numbers of days from 1 to 180.*could not read "0"/],
  ])('refuses a bad %s (%s) and says what is expected', (name, value, expected) => {
    const problems = problemsOf({ ...good, [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${name} is not valid: `));
    expect(problems[0]).toMatch(expected);
  });
});
