import { loadConfig } from '../config/env.js';
import { FEATURE_SETTINGS } from '../features/index.js';
import { createAppLogger, wire, type Wiring } from '../main.js';
import { isCalendarDate } from '../program/calendar-date.js';
import { startDemoDatabase } from './demo-database.js';
import type { DemoRecord } from './demo-record.js';
import { summarizeDemo, type DemoSummary } from './demo-summary.js';
import { createSimulatedClock, playSemester } from './play-semester.js';
import { readSampleProgram, SAMPLE } from './sample-program.js';
import { semesterStory } from './semester-story.js';
import { at } from './story-step.js';
import { FakeSlack } from './slack-simulator/fake-slack.js';

export interface DemoOptions {
  /** A MongoDB of yours (the demo makes a database of its own there, and drops it); unset: an embedded one. */
  readonly mongoUri: string | undefined;
  /** The last simulated day played (YYYY-MM-DD); unset: the sample semester's last day. */
  readonly until: string | undefined;
  /** Where the page would be served (the dashboard's sign-in links name it). */
  readonly port: number;
  /** Progress lines for the person running it. */
  say(line: string): void;
  /** Where the app's own log lines (warnings and errors only) go. */
  readonly logStream?: NodeJS.WritableStream;
  /** Stops the play between two moments (Ctrl-C): what was made is removed, and the promise rejects with the reason. */
  readonly signal?: AbortSignal;
}

/** A played demo: what it left, its summary, and the app still wired (for the page and the dashboard) until `stop()`. */
export interface PlayedDemo {
  readonly record: DemoRecord;
  readonly summary: DemoSummary;
  readonly wiring: Wiring;
  readonly adminId: string;
  /** The simulated clock, stopped at the end of the last day played (the dashboard reads it as now). */
  readonly clock: () => Date;
  /** Closes the app, drops or stops the database, stops the Slack simulator: nothing is left behind. */
  stop(): Promise<void>;
}

/** The demo's settings refused: the message says which and why. */
export class DemoOptionError extends Error {
  override name = 'DemoOptionError';
}

/** Ctrl-C stopped the play before its end: what it made was removed. */
export class DemoStopped extends Error {
  override name = 'DemoStopped';
  constructor() {
    super('Stopped before the end of the play; nothing is left behind.');
  }
}

export function checkUntil(until: string | undefined): string {
  if (until === undefined) return SAMPLE.lastDay;
  if (!isCalendarDate(until) || until < SAMPLE.firstDay || until > SAMPLE.lastDay) {
    throw new DemoOptionError(`--until takes a date from ${SAMPLE.firstDay} to ${SAMPLE.lastDay} (the sample semester), as YYYY-MM-DD; got "${until}".`);
  }
  return until;
}

/** Starts the database, the Slack simulator and the app on a simulated clock, and plays the sample semester. */
export async function playDemo(options: DemoOptions): Promise<PlayedDemo> {
  const until = checkUntil(options.until);
  const sample = await readSampleProgram();
  const database = await startDemoDatabase(options.mongoUri, options.say);
  options.say(`Database: ${database.served}.`);
  const clock = createSimulatedClock(at({ date: SAMPLE.firstDay, time: '07:00' }));
  const slack = await new FakeSlack(sample.users, () => clock().getTime()).start();
  const stops: (() => Promise<void>)[] = [() => slack.stop(), () => database.stop()];
  const stop = async () => {
    for (const step of stops.splice(0)) await step().catch(() => undefined);
  };
  try {
    const env = {
      SLACK_BOT_TOKEN: slack.token,
      SLACK_SIGNING_SECRET: 'peer-mentor-demo-signing-secret',
      SLACK_API_URL: slack.apiUrl,
      MONGODB_URI: database.uri,
      PORT: String(options.port),
      PUBLIC_URL: `http://localhost:${options.port}`,
      PROGRAM_TIMEZONE: SAMPLE.zone,
      ADMIN_USER_IDS: sample.adminId,
      SCHEDULER_ENABLED: 'false',
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
    };
    const config = loadConfig(env, FEATURE_SETTINGS);
    const wiring = await wire(config, createAppLogger(config, options.logStream ? { logStream: options.logStream } : {}), clock);
    stops.unshift(async () => {
      if (database.dropAtEnd) await wiring.database.connection.dropDatabase();
      await wiring.close();
    });
    await wiring.database.connection.syncIndexes();
    const steps = semesterStory(wiring.features, wiring.stores, { roster: sample.csv, rotations: sample.rotationsCsv });
    options.say(`Playing the sample semester from ${SAMPLE.firstDay} to ${until}…`);
    const played = await playSemester(wiring, steps, clock, { from: SAMPLE.firstDay, until }, (date) => {
      if (new Date(`${date}T12:00:00Z`).getUTCDay() === 1) options.say(`  week of ${date}`);
    }, options.signal);
    const record: DemoRecord = { zone: SAMPLE.zone, from: SAMPLE.firstDay, until, people: sample.people, story: played.story, slack };
    const requests = await wiring.stores.requests.findCreatedBetween(at({ date: SAMPLE.firstDay, time: '00:00' }), clock());
    return { record, summary: summarizeDemo(record, played.days, requests, played.tallies), wiring, adminId: sample.adminId, clock, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
