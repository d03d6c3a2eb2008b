import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/env.js';
import { parseActiveMonths, parseSemesters } from '../../src/config/program.js';

const good = { SLACK_BOT_TOKEN: 'xoxb-123-456-abc', SLACK_SIGNING_SECRET: 'abcdef0123456789' };

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return [...(error as ConfigError).problems];
  }
  throw new Error('expected the configuration to be refused');
}

describe('the program calendar and check-in settings', () => {
  it('defaults to August–May, Fall 1 Aug–31 Dec and Spring 1 Jan–31 May, prompts at 09:00, pulses on the 15th at 10:00', () => {
    const config = loadConfig({ ...good, PROGRAM_TIMEZONE: 'America/Chicago' });
    expect(config.calendar).toEqual({
      timezone: 'America/Chicago',
      activeMonths: [8, 9, 10, 11, 12, 1, 2, 3, 4, 5],
      semesters: [
        { name: 'Fall', start: { month: 8, day: 1 }, end: { month: 12, day: 31 } },
        { name: 'Spring', start: { month: 1, day: 1 }, end: { month: 5, day: 31 } },
      ],
    });
    expect(config.checkins).toEqual({ promptHour: 9, pulseDay: 15, pulseHour: 10 });
    expect(Object.isFrozen(config.calendar)).toBe(true);
  });

  it('reads the settings it is given', () => {
    const config = loadConfig({
      ...good,
      PROGRAM_ACTIVE_MONTHS: '10-12, 1-4',
      PROGRAM_SEMESTERS: 'Autumn:10-01..12-20,Winter:01-05..04-30',
      CHECKIN_PROMPT_HOUR: '8',
      PULSE_DAY: '1',
      PULSE_HOUR: '17',
    });
    expect(config.calendar.activeMonths).toEqual([10, 11, 12, 1, 2, 3, 4]);
    expect(config.calendar.semesters.map((s) => s.name)).toEqual(['Autumn', 'Winter']);
    expect(config.checkins).toEqual({ promptHour: 8, pulseDay: 1, pulseHour: 17 });
  });

  it.each([
    ['PROGRAM_ACTIVE_MONTHS', 'August-May', /expected months 1–12 as ranges or single months, e\.g\. 8-5/],
    ['PROGRAM_ACTIVE_MONTHS', '8-13', /"8-13" is not a month/],
    ['PROGRAM_SEMESTERS', 'Fall 08-01 to 12-31', /expected name:MM-DD\.\.MM-DD/],
    ['PROGRAM_SEMESTERS', 'Fall:08-01..12-32', /not MM-DD/],
    ['PROGRAM_SEMESTERS', 'Fall:08-01..12-31,Spring:12-15..05-31', /Fall and Spring overlap/],
    ['PROGRAM_SEMESTERS', 'Fall:08-01..12-31,fall:01-01..05-31', /"fall" is used twice/],
    ['CHECKIN_PROMPT_HOUR', '24', /an hour from 0 to 23/],
    ['PULSE_DAY', '31', /a day of the month from 1 to 28/],
    ['PULSE_HOUR', 'noon', /an hour from 0 to 23/],
  ])('refuses a bad %s (%s) and says what is expected', (name, value, expected) => {
    const problems = problemsOf({ ...good, [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${name} is not valid: `));
    expect(problems[0]).toMatch(expected);
  });

  it('parses month lists with ranges over New Year, single months and repeats', () => {
    expect(parseActiveMonths('8-5')).toEqual({ ok: true, value: [8, 9, 10, 11, 12, 1, 2, 3, 4, 5] });
    expect(parseActiveMonths('9,10,10,3-4')).toEqual({ ok: true, value: [9, 10, 3, 4] });
    expect(parseActiveMonths('1-12')).toMatchObject({ ok: true, value: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] });
  });

  it('parses semesters, including one over New Year and one ending on 29 February', () => {
    expect(parseSemesters('Winter:11-15..02-29,Summer:06-01..08-15')).toEqual({
      ok: true,
      value: [
        { name: 'Winter', start: { month: 11, day: 15 }, end: { month: 2, day: 29 } },
        { name: 'Summer', start: { month: 6, day: 1 }, end: { month: 8, day: 15 } },
      ],
    });
  });
});
