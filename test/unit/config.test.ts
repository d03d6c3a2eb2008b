import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_SLACK_API_URL, loadConfig } from '../../src/config/env.js';

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

describe('loadConfig', () => {
  it('applies the SPEC §4 defaults to a minimal HTTP-mode environment', () => {
    const config = loadConfig(good);
    expect(config).toMatchObject({
      slack: { botToken: good.SLACK_BOT_TOKEN, signingSecret: good.SLACK_SIGNING_SECRET, appToken: undefined, apiUrl: DEFAULT_SLACK_API_URL },
      mongodbUri: undefined,
      port: 3000,
      programTimezone: 'UTC',
      adminUserIds: [],
      schedulerEnabled: true,
      logLevel: 'info',
      production: false,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads every variable it is given', () => {
    const config = loadConfig({
      ...good,
      SLACK_APP_TOKEN: 'xapp-1-A1-2-abc',
      SLACK_API_URL: 'http://127.0.0.1:9999/api',
      MONGODB_URI: 'mongodb://127.0.0.1:27017/pm',
      PORT: '8080',
      PROGRAM_TIMEZONE: 'America/Chicago',
      ADMIN_USER_IDS: ' U012ABCDEF , W034GHIJKL ',
      SCHEDULER_ENABLED: 'false',
      LOG_LEVEL: 'debug',
      NODE_ENV: 'production',
    });
    expect(config.slack.appToken).toBe('xapp-1-A1-2-abc');
    expect(config.slack.apiUrl).toBe('http://127.0.0.1:9999/api/');
    expect(config.mongodbUri).toBe('mongodb://127.0.0.1:27017/pm');
    expect(config.port).toBe(8080);
    expect(config.programTimezone).toBe('America/Chicago');
    expect(config.adminUserIds).toEqual(['U012ABCDEF', 'W034GHIJKL']);
    expect(config.schedulerEnabled).toBe(false);
    expect(config.logLevel).toBe('debug');
    expect(config.production).toBe(true);
  });

  it.each(['https://slack.example/api/', 'http://127.0.0.1:9999/api/', 'http://127.8.9.10/api/', 'http://localhost:3001/api/', 'http://[::1]:3001/api/'])(
    'takes SLACK_API_URL %s: https anywhere, http on this machine only',
    (url) => {
      expect(loadConfig({ ...good, SLACK_API_URL: url }).slack.apiUrl).toBe(url);
    },
  );

  it('treats empty values as unset', () => {
    const config = loadConfig({ ...good, PORT: '', MONGODB_URI: ' ', SLACK_APP_TOKEN: '' });
    expect(config.port).toBe(3000);
    expect(config.mongodbUri).toBeUndefined();
    expect(config.slack.appToken).toBeUndefined();
  });

  it('does not need a signing secret in Socket Mode', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: good.SLACK_BOT_TOKEN, SLACK_APP_TOKEN: 'xapp-1-A1-2-abc' });
    expect(config.slack.signingSecret).toBeUndefined();
  });

  it('names both missing Slack secrets at once', () => {
    const problems = problemsOf({});
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^SLACK_BOT_TOKEN is missing: expected the bot token \(xoxb-…\)/);
    expect(problems[1]).toMatch(/^SLACK_SIGNING_SECRET is missing: .*HTTP mode/);
  });

  it.each([
    ['SLACK_BOT_TOKEN', 'xoxp-user-token', /bot token \(xoxb-…\)/],
    ['SLACK_APP_TOKEN', 'xoxb-not-an-app-token', /app-level token starting with xapp-/],
    ['SLACK_API_URL', 'ftp://slack.example', /http\(s\) URL/],
    ['SLACK_API_URL', 'http://slack.example/api/', /https:\/\/ URL .* http:\/\/ only on this machine/],
    ['SLACK_API_URL', 'http://10.0.0.5:8080/api/', /https:\/\/ URL/],
    ['SLACK_API_URL', 'http://128.0.0.1/api/', /https:\/\/ URL/],
    ['SLACK_API_URL', 'http://localhost.evil.example/api/', /https:\/\/ URL/],
    ['MONGODB_URI', 'postgres://localhost/db', /mongodb:\/\/ or mongodb\+srv:\/\//],
    ['PORT', '70000', /port number from 0 to 65535/],
    ['PORT', 'eighty', /port number from 0 to 65535/],
    ['PROGRAM_TIMEZONE', 'Mars/Olympus_Mons', /IANA time zone/],
    ['ADMIN_USER_IDS', 'U012ABCDEF,bob', /comma-separated Slack user ids/],
    ['SCHEDULER_ENABLED', 'sometimes', /true or false/],
    ['LOG_LEVEL', 'loud', /one of error, warn, info/],
  ])('refuses a bad %s (%s) and says what is expected', (name, value, expected) => {
    const problems = problemsOf({ ...good, [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${name} is not valid: `));
    expect(problems[0]).toMatch(expected);
  });

  it('reports every bad value in one message', () => {
    try {
      loadConfig({ SLACK_BOT_TOKEN: 'nope', PORT: 'x', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (error) {
      const message = (error as Error).message;
      for (const name of ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'PORT', 'LOG_LEVEL']) expect(message).toContain(name);
      expect(message).toContain('.env.example');
    }
  });
});
