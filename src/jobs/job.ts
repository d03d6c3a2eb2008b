import type { Logger } from '../log/logger.js';

/** A scheduled job: when it runs (cron, in UTC) and what it does as of a given time. */
export interface Job {
  readonly name: string;
  readonly description: string;
  /** node-cron pattern, evaluated in UTC; each job decides per recipient whether its local hour has come. */
  readonly schedule: string;
  /** Runs once when the scheduler starts too (a check whose answer the app needs from the start). */
  readonly runsAtStart?: boolean;
  run(now: Date, logger: Logger): Promise<JobSummary>;
}

/** What a run did, in counts (never names or text), for the log and the command line. */
export type JobSummary = Readonly<Record<string, number>>;

/** Part of another feature's job, run before that job's own work in the same run (e.g. requests posted before nudges). */
export interface JobStep {
  readonly job: string;
  run(now: Date): Promise<JobSummary>;
}

/** Jobs that look at each person's local hour run at least hourly (minute 5, so that a rerun is never on the hour). */
export const HOURLY = '5 * * * *';

/** A job that runs hourly (`HOURLY`): each run decides per recipient whether their local hour has come. */
export function hourlyJob(name: string, description: string, run: (now: Date) => Promise<JobSummary>): Job {
  return { name, description, schedule: HOURLY, run };
}
