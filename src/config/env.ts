import { z } from 'zod';
import { DEFAULT_ACTIVE_MONTHS, DEFAULT_SEMESTERS, type ProgramCalendar } from '../program/calendar.js';
import { DEFAULT_CHECKIN_SCHEDULE, type CheckinSchedule } from '../program/checkin-schedule.js';
import { parseActiveMonths, parseSemesters, readQuietHours } from './program.js';
import { parseQuietHours, type QuietHours } from '../delivery/quiet-hours.js';
import { isTimeZone } from '../program/zoned-time.js';
import { booleanText, describeIssues, optional, parsedText, wholeNumber, type SettingsFragment } from './settings.js';

/** Slack's Web API when SLACK_API_URL is not set. */
export const DEFAULT_SLACK_API_URL = 'https://slack.com/api/';

/** Whether a host name is this machine: localhost, 127.0.0.0/8 or ::1. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** The bot token goes with every call: over https, or over http only to this machine (tests, a local proxy). */
function isSafeApiUrl(url: string): boolean {
  const parsed = new URL(url);
  return parsed.protocol === 'https:' || isLoopbackHost(parsed.hostname);
}

const LOG_LEVELS = ['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly'] as const;

const slackUserId = /^[UW][A-Z0-9]{2,}$/;

/** Nothing is sent from 21:00 until 08:00 in the recipient's zone, unless QUIET_HOURS says otherwise. */
export const DEFAULT_QUIET_HOURS = '21:00-08:00';

const envSchema = z
  .object({
    SLACK_BOT_TOKEN: z
      .string({ error: 'expected the bot token (xoxb-…) from the app’s OAuth & Permissions page' })
      .trim()
      .startsWith('xoxb-', { error: 'expected the bot token (xoxb-…) from the app’s OAuth & Permissions page' }),
    SLACK_SIGNING_SECRET: optional(z.string().trim().min(8, { error: 'expected the signing secret from the app’s Basic Information page' })),
    SLACK_APP_TOKEN: optional(z.string().trim().startsWith('xapp-', { error: 'expected an app-level token starting with xapp- (or leave unset for HTTP mode)' })),
    SLACK_API_URL: optional(
      z
        .url({ protocol: /^https?$/, error: 'expected an http(s) URL such as https://slack.com/api/', abort: true })
        .refine(isSafeApiUrl, {
          error: 'expected an https:// URL such as https://slack.com/api/ (the bot token is sent there); http:// only on this machine (localhost, 127.0.0.1, ::1)',
        })
        .transform((url) => (url.endsWith('/') ? url : `${url}/`)),
    ).transform((url) => url ?? DEFAULT_SLACK_API_URL),
    MONGODB_URI: optional(
      z.string().trim().regex(/^mongodb(\+srv)?:\/\/\S+$/, { error: 'expected a mongodb:// or mongodb+srv:// connection string' }),
    ),
    PORT: optional(
      z.coerce
        .number({ error: 'expected a port number from 0 to 65535' })
        .int({ error: 'expected a port number from 0 to 65535' })
        .min(0, { error: 'expected a port number from 0 to 65535' })
        .max(65535, { error: 'expected a port number from 0 to 65535' }),
    ).transform((port) => port ?? 3000),
    PROGRAM_TIMEZONE: optional(
      z.string().trim().refine(isTimeZone, { error: 'expected an IANA time zone such as America/Chicago or UTC' }),
    ).transform((tz) => tz ?? 'UTC'),
    ADMIN_USER_IDS: optional(z.string())
      .transform((list) => (list ?? '').split(',').map((id) => id.trim()).filter((id) => id !== ''))
      .pipe(z.array(z.string().regex(slackUserId, { error: 'expected comma-separated Slack user ids such as U012ABCDEF,U034GHIJKL' }))),
    SCHEDULER_ENABLED: optional(booleanText).transform((on) => on ?? true),
    LOG_LEVEL: optional(z.enum(LOG_LEVELS, { error: `expected one of ${LOG_LEVELS.join(', ')}` })).transform(
      (level) => level ?? 'info',
    ),
    NODE_ENV: optional(z.string().trim()).transform((env) => env ?? 'development'),
    PROGRAM_ACTIVE_MONTHS: optional(parsedText(parseActiveMonths)).transform((months) => months ?? [...DEFAULT_ACTIVE_MONTHS]),
    PROGRAM_SEMESTERS: optional(parsedText(parseSemesters)).transform((semesters) => semesters ?? [...DEFAULT_SEMESTERS]),
    CHECKIN_PROMPT_HOUR: optional(wholeNumber(0, 23, 'an hour from 0 to 23 (9 means 09:00 in each mentor’s time zone)')).transform(
      (hour) => hour ?? DEFAULT_CHECKIN_SCHEDULE.promptHour,
    ),
    PULSE_DAY: optional(wholeNumber(1, 28, 'a day of the month from 1 to 28')).transform((day) => day ?? DEFAULT_CHECKIN_SCHEDULE.pulseDay),
    PULSE_HOUR: optional(wholeNumber(0, 23, 'an hour from 0 to 23 (10 means 10:00 in each mentee’s time zone)')).transform(
      (hour) => hour ?? DEFAULT_CHECKIN_SCHEDULE.pulseHour,
    ),
    QUIET_HOURS: optional(parsedText(readQuietHours)).transform((quiet) => quiet ?? parseQuietHours(DEFAULT_QUIET_HOURS)!),
  });

export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  readonly slack: {
    readonly botToken: string;
    /** Unset only in Socket Mode, where Slack does not sign requests. */
    readonly signingSecret: string | undefined;
    /** Set: Socket Mode. Unset: Bolt's HTTP receiver on `port`. */
    readonly appToken: string | undefined;
    readonly apiUrl: string;
  };
  /** Unset: an embedded MongoDB (mongodb-memory-server) keeping its data under `.data/`. */
  readonly mongodbUri: string | undefined;
  readonly port: number;
  readonly programTimezone: string;
  readonly adminUserIds: readonly string[];
  readonly schedulerEnabled: boolean;
  readonly logLevel: LogLevel;
  readonly production: boolean;
  /** Program months and semesters (PROGRAM_TIMEZONE, PROGRAM_ACTIVE_MONTHS, PROGRAM_SEMESTERS). */
  readonly calendar: ProgramCalendar;
  /** When check-in prompts and pulses go out (CHECKIN_PROMPT_HOUR, PULSE_DAY, PULSE_HOUR). */
  readonly checkins: CheckinSchedule;
  /** Local hours in which nothing is sent to a person (QUIET_HOURS). */
  readonly quietHours: QuietHours;
  /** The features' own settings, by fragment, as checked at start (see `settingsOf`). */
  readonly settings: ReadonlyMap<SettingsFragment<unknown>, unknown>;
  /** The environment the settings were read from, for a fragment not checked at start (tests build features alone). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Every missing or bad variable, each named with what it expects. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `Peer Mentor cannot start: the configuration has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}.\n` +
        problems.map((p) => `  - ${p}`).join('\n') +
        '\nSet these in the environment or in .env (see .env.example).',
    );
    this.name = 'ConfigError';
  }
}

function isSet(value: string | undefined): boolean {
  return value !== undefined && value.trim() !== '';
}

/**
 * Reads and validates the environment once, at start: the core settings and each feature's fragment. Throws
 * ConfigError listing every problem.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>, fragments: readonly SettingsFragment<unknown>[] = []): Config {
  const parsed = envSchema.safeParse(env);
  const problems = parsed.success ? [] : describeIssues(parsed.error.issues, env);
  const settings = new Map<SettingsFragment<unknown>, unknown>();
  for (const fragment of fragments) {
    const read = fragment.schema.safeParse(env);
    if (read.success) settings.set(fragment, read.data);
    else problems.push(...describeIssues(read.error.issues, env));
  }
  if (!isSet(env['SLACK_APP_TOKEN']) && !isSet(env['SLACK_SIGNING_SECRET'])) {
    problems.push(
      'SLACK_SIGNING_SECRET is missing: expected the signing secret from the app’s Basic Information page (required in HTTP mode, that is with SLACK_APP_TOKEN unset)',
    );
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  return Object.freeze({
    slack: Object.freeze({
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: e.SLACK_API_URL,
    }),
    mongodbUri: e.MONGODB_URI,
    port: e.PORT,
    programTimezone: e.PROGRAM_TIMEZONE,
    adminUserIds: Object.freeze([...e.ADMIN_USER_IDS]),
    schedulerEnabled: e.SCHEDULER_ENABLED,
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === 'production',
    calendar: Object.freeze({
      timezone: e.PROGRAM_TIMEZONE,
      activeMonths: Object.freeze([...e.PROGRAM_ACTIVE_MONTHS]),
      semesters: Object.freeze(e.PROGRAM_SEMESTERS.map((rule) => Object.freeze({ ...rule }))),
    }),
    checkins: Object.freeze({ promptHour: e.CHECKIN_PROMPT_HOUR, pulseDay: e.PULSE_DAY, pulseHour: e.PULSE_HOUR }),
    quietHours: Object.freeze({ start: Object.freeze({ ...e.QUIET_HOURS.start }), end: Object.freeze({ ...e.QUIET_HOURS.end }) }),
    settings,
    env: Object.freeze({ ...env }),
  });
}

/** A feature's settings: as checked at start, or (a feature built alone, in tests) read now; ConfigError if wrong. */
export function settingsOf<T>(config: Config, fragment: SettingsFragment<T>): T {
  if (config.settings.has(fragment)) return config.settings.get(fragment) as T;
  const read = fragment.schema.safeParse(config.env);
  if (!read.success) throw new ConfigError(describeIssues(read.error.issues, config.env));
  return read.data;
}
