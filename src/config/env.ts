import { z } from 'zod';
import { DEFAULT_ACTIVE_MONTHS, DEFAULT_SEMESTERS, type ProgramCalendar } from '../program/calendar.js';
import { DEFAULT_CHECKIN_SCHEDULE, type CheckinSchedule } from '../program/checkin-schedule.js';
import { DEFAULT_DIGEST_SCHEDULE, parseWeekday, type DigestSchedule } from '../features/digests/domain/digest-schedule.js';
import { parseActiveMonths, parseSemesters, type Parsed } from './program.js';
import { DEFAULT_GROUP_CAPACITY } from '../features/switching/domain/switch.js';
import { DEFAULT_NUDGE_SETTINGS, type NudgeSettings } from '../features/nudges/domain/nudge.js';
import { parseQuietHours, type QuietHours } from '../delivery/quiet-hours.js';
import { isTimeZone } from '../program/zoned-time.js';
import { readDaysBefore, readQuietHours } from '../features/nudges/nudge-settings.js';

/** Slack's Web API when SLACK_API_URL is not set. */
export const DEFAULT_SLACK_API_URL = 'https://slack.com/api/';

const LOG_LEVELS = ['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly'] as const;

/** Empty strings count as unset: `.env` files and CI often export `NAME=`. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

const booleanText = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => ['true', 'false', '1', '0', 'yes', 'no'].includes(v), {
    message: 'expected true or false',
  })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const slackUserId = /^[UW][A-Z0-9]{2,}$/;

/** Shown at once to a mentee who asks for urgent help with balance and well-being, unless SUPPORT_RESOURCES_TEXT says otherwise. */
export const DEFAULT_SUPPORT_RESOURCES_TEXT =
  'You do not have to wait for your mentors. Your school’s counselling service offers confidential support: reach it ' +
  'through the student affairs office or the school’s wellness pages. If you are in danger or thinking about harming ' +
  'yourself, call 911 now, or call or text 988 (the Suicide & Crisis Lifeline, in the US).';

/** Nothing is sent from 21:00 until 08:00 in the recipient's zone, unless QUIET_HOURS says otherwise. */
export const DEFAULT_QUIET_HOURS = '21:00-08:00';

const replyHours = (fallback: number) => {
  const error = `expected a whole number of hours from 1 to 720 (default ${fallback})`;
  return optional(z.coerce.number({ error }).int({ error }).min(1, { error }).max(720, { error })).transform((hours) => hours ?? fallback);
};
/** A text setting read by one of config/program.ts's parsers, its message kept. */
const parsedText = <T>(parse: (text: string) => Parsed<T>) =>
  z.string().transform((text, ctx): T => {
    const parsed = parse(text.trim());
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: 'custom', message: parsed.error });
    return z.NEVER;
  });

const wholeNumber = (min: number, max: number, what: string) =>
  z.coerce
    .number({ error: `expected ${what}` })
    .int({ error: `expected ${what}` })
    .min(min, { error: `expected ${what}` })
    .max(max, { error: `expected ${what}` });

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
        .url({ protocol: /^https?$/, error: 'expected an http(s) URL such as https://slack.com/api/' })
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
    REQUEST_REPLY_HOURS: replyHours(24),
    REQUEST_EMAIL_REPLY_HOURS: replyHours(48),
    SUPPORT_RESOURCES_TEXT: optional(
      z.string().trim().max(2_000, { error: 'expected at most 2,000 characters (it is shown in a Slack message)' }),
    ).transform((text) => text ?? DEFAULT_SUPPORT_RESOURCES_TEXT),
    // Contacts, check-in prompts and the pulse (issue 5).
    PROGRAM_ACTIVE_MONTHS: optional(parsedText(parseActiveMonths)).transform((months) => months ?? [...DEFAULT_ACTIVE_MONTHS]),
    PROGRAM_SEMESTERS: optional(parsedText(parseSemesters)).transform((semesters) => semesters ?? [...DEFAULT_SEMESTERS]),
    CHECKIN_PROMPT_HOUR: optional(wholeNumber(0, 23, 'an hour from 0 to 23 (9 means 09:00 in each mentor’s time zone)')).transform(
      (hour) => hour ?? DEFAULT_CHECKIN_SCHEDULE.promptHour,
    ),
    PULSE_DAY: optional(wholeNumber(1, 28, 'a day of the month from 1 to 28')).transform((day) => day ?? DEFAULT_CHECKIN_SCHEDULE.pulseDay),
    PULSE_HOUR: optional(wholeNumber(0, 23, 'an hour from 0 to 23 (10 means 10:00 in each mentee’s time zone)')).transform(
      (hour) => hour ?? DEFAULT_CHECKIN_SCHEDULE.pulseHour,
    ),
    // Switching mentors (issue 8).
    SWITCH_ADMIN_CHANNEL: optional(
      z.string().trim().regex(/^[CG][A-Z0-9]{2,}$/, { error: 'expected a Slack channel id such as C012ABCDEF (the channel’s details show it), or leave unset to DM each admin' }),
    ),
    SWITCH_GROUP_CAPACITY: optional(
      z.coerce
        .number({ error: 'expected a whole number of mentees from 1 to 500 (default 15)' })
        .int({ error: 'expected a whole number of mentees from 1 to 500 (default 15)' })
        .min(1, { error: 'expected a whole number of mentees from 1 to 500 (default 15)' })
        .max(500, { error: 'expected a whole number of mentees from 1 to 500 (default 15)' }),
    ).transform((capacity) => capacity ?? DEFAULT_GROUP_CAPACITY),
    // Nudges and escalation (issue 6).
    QUIET_HOURS: optional(parsedText(readQuietHours)).transform((quiet) => quiet ?? parseQuietHours(DEFAULT_QUIET_HOURS)!),
    REQUEST_REMINDER_PERCENT: optional(
      wholeNumber(1, 99, 'a whole percentage from 1 to 99 of the reply window (75: at 18 h of 24 h)'),
    ).transform((percent) => (percent === undefined ? DEFAULT_NUDGE_SETTINGS.reminderShare : percent / 100)),
    REQUEST_ESCALATION_HOURS: optional(
      wholeNumber(0, 720, 'a whole number of hours from 0 to 720 after the missed deadline (default 24)'),
    ).transform((hours) => hours ?? DEFAULT_NUDGE_SETTINGS.escalationHours),
    MONTH_END_NUDGE_DAYS: optional(parsedText(readDaysBefore(28, '10,3'))).transform((days) => days ?? [...DEFAULT_NUDGE_SETTINGS.monthEndDays]),
    SEMESTER_END_NUDGE_DAYS: optional(parsedText(readDaysBefore(180, '30,14'))).transform((days) => days ?? [...DEFAULT_NUDGE_SETTINGS.semesterEndDays]),
    // Weekly digests (issue 7).
    DIGEST_DAY: optional(
      z.string().transform((text, ctx) => {
        const day = parseWeekday(text);
        if (day !== undefined) return day;
        ctx.addIssue({ code: 'custom', message: 'expected a day of the week, e.g. monday (or mon, or 1 for Monday … 7 for Sunday)' });
        return z.NEVER;
      }),
    ).transform((day) => day ?? DEFAULT_DIGEST_SCHEDULE.day),
    DIGEST_HOUR: optional(wholeNumber(0, 23, 'an hour from 0 to 23 (8 means 08:00 in each reader’s time zone)')).transform(
      (hour) => hour ?? DEFAULT_DIGEST_SCHEDULE.hour,
    ),
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
  /** Requests for help (SPEC §3.3): reply windows and the support resources shown for urgent well-being requests. */
  readonly requests: {
    /** Hours to reply when the mentee prefers Slack, or a text or call. */
    readonly replyHours: number;
    /** Hours to reply when the mentee prefers e-mail. */
    readonly emailReplyHours: number;
    readonly supportResourcesText: string;
  };
  /** Program months and semesters (PROGRAM_TIMEZONE, PROGRAM_ACTIVE_MONTHS, PROGRAM_SEMESTERS). */
  readonly calendar: ProgramCalendar;
  /** When check-in prompts and pulses go out (CHECKIN_PROMPT_HOUR, PULSE_DAY, PULSE_HOUR). */
  readonly checkins: CheckinSchedule;
  /** Switching mentors (SPEC §3.10). */
  readonly switches: {
    /** Where switch requests go for a decision; unset: a DM to each admin. */
    readonly adminChannelId: string | undefined;
    /** A group has room for a mentee while it has fewer mentees than this. */
    readonly groupCapacity: number;
  };
  /** Local hours in which nothing is sent to a person (QUIET_HOURS). */
  readonly quietHours: QuietHours;
  /** When requests' mentors, faculty and mentors with mentees still to contact are nudged (REQUEST_REMINDER_PERCENT, …). */
  readonly nudges: NudgeSettings;
  /** When weekly digests go out (DIGEST_DAY, DIGEST_HOUR), in each reader's time zone. */
  readonly digests: DigestSchedule;
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

/** Reads and validates the environment once, at start. Throws ConfigError listing every problem. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const parsed = envSchema.safeParse(env);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'environment');
        const given = env[name]?.trim();
        return `${name} is ${given === undefined || given === '' ? 'missing' : 'not valid'}: ${issue.message}`;
      });
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
    requests: Object.freeze({
      replyHours: e.REQUEST_REPLY_HOURS,
      emailReplyHours: e.REQUEST_EMAIL_REPLY_HOURS,
      supportResourcesText: e.SUPPORT_RESOURCES_TEXT,
    }),
    calendar: Object.freeze({
      timezone: e.PROGRAM_TIMEZONE,
      activeMonths: Object.freeze([...e.PROGRAM_ACTIVE_MONTHS]),
      semesters: Object.freeze(e.PROGRAM_SEMESTERS.map((rule) => Object.freeze({ ...rule }))),
    }),
    checkins: Object.freeze({ promptHour: e.CHECKIN_PROMPT_HOUR, pulseDay: e.PULSE_DAY, pulseHour: e.PULSE_HOUR }),
    switches: Object.freeze({
      adminChannelId: e.SWITCH_ADMIN_CHANNEL,
      groupCapacity: e.SWITCH_GROUP_CAPACITY,
    }),
    quietHours: Object.freeze({ start: Object.freeze({ ...e.QUIET_HOURS.start }), end: Object.freeze({ ...e.QUIET_HOURS.end }) }),
    nudges: Object.freeze({
      reminderShare: e.REQUEST_REMINDER_PERCENT,
      escalationHours: e.REQUEST_ESCALATION_HOURS,
      monthEndDays: Object.freeze([...e.MONTH_END_NUDGE_DAYS]),
      semesterEndDays: Object.freeze([...e.SEMESTER_END_NUDGE_DAYS]),
    }),
    digests: Object.freeze({ day: e.DIGEST_DAY, hour: e.DIGEST_HOUR }),
  });
}
