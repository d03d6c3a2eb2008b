import type { Logger } from '../log/logger.js';
import type { IntroductionSummary } from '../services/run-introductions.js';

/** A scheduled job: when it runs (cron, in UTC) and what it does as of a given time. */
export interface Job {
  readonly name: string;
  readonly description: string;
  /** node-cron pattern, evaluated in UTC; each job decides per recipient whether its local hour has come. */
  readonly schedule: string;
  run(now: Date, logger: Logger): Promise<JobSummary>;
}

/** What a run did, in counts (never names or text), for the log and the command line. */
export type JobSummary = Readonly<Record<string, number>>;

/**
 * Services the jobs call. Each feature adds its job here with its issue. Every job is listed whatever is given
 * (the command line lists them before connecting); running one whose service is missing is a wiring mistake.
 */
export interface JobDeps {
  // Roster, introductions and /mentor-admin (issue 3).
  readonly runIntroductions?: (now: Date) => Promise<IntroductionSummary>;
}

/** The jobs this version knows, by name. */
export function createJobs(deps: JobDeps): ReadonlyMap<string, Job> {
  const jobs: Job[] = [
    // Roster, introductions and /mentor-admin (issue 3).
    {
      name: 'introductions',
      description: 'introduce every group not yet introduced in its private channel, and welcome people who joined since',
      schedule: '7 * * * *',
      run: async (now) => ({ ...(await wired(deps.runIntroductions, 'introductions')(now)) }),
    },
  ];
  return new Map(jobs.map((job) => [job.name, job]));
}

function wired<T>(service: T | undefined, job: string): T {
  if (service === undefined) throw new Error(`the ${job} job was created without its service (see createJobs in main.ts)`);
  return service;
}

/** Names the SPEC promises (§4); those not in the registry yet arrive with their issues. */
export const PLANNED_JOBS = ['introductions', 'nudges', 'checkin-prompts', 'pulse', 'digests'] as const;
