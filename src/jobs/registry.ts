import type { Logger } from '../log/logger.js';

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

/** Services the jobs call. Each feature adds its job here with its issue. */
export type JobDeps = Record<string, never>;

/** The jobs this version knows, by name. */
export function createJobs(_deps: JobDeps): ReadonlyMap<string, Job> {
  const jobs: Job[] = [];
  return new Map(jobs.map((job) => [job.name, job]));
}

/** Names the SPEC promises (§4); those not in the registry yet arrive with their issues. */
export const PLANNED_JOBS = ['introductions', 'nudges', 'checkin-prompts', 'pulse', 'digests'] as const;
