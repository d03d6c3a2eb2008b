import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../log/logger.js';
import type { Job } from './job.js';

export interface Scheduler {
  /** Starts no more runs (runs in progress go on): the first thing a shutdown does. */
  halt(): void;
  /**
   * Stops scheduling and waits for runs in progress, up to `timeoutMs`; resolves to the names of the jobs still
   * running then. Their claims are the claim store's to let go (a job that can no longer claim stops taking work).
   */
  stop(timeoutMs: number): Promise<string[]>;
}

/**
 * Runs each job on its cron schedule in this process, and once at start a job that `runsAtStart`. Several instances
 * may each run the same job: what a job sends is claimed in MongoDB first, so repeats are harmless (no in-process
 * locks).
 */
export function startScheduler(jobs: Iterable<Job>, logger: Logger, clock: () => Date): Scheduler {
  const running = new Map<Promise<unknown>, string>();
  const tasks: ScheduledTask[] = [];
  let halted = false;
  const atStart: (() => unknown)[] = [];
  for (const job of jobs) {
    const jobLogger = logger.child({ job: job.name });
    const runNow = () => {
      if (halted) return undefined;
      const run = job
        .run(clock(), jobLogger)
        .then((summary) => jobLogger.info('job finished', { summary }))
        .catch((error: unknown) => jobLogger.error('job failed', { error }));
      running.set(run, job.name);
      void run.finally(() => running.delete(run));
      return run;
    };
    tasks.push(cron.schedule(job.schedule, runNow, { name: job.name, timezone: 'UTC', noOverlap: true }));
    if (job.runsAtStart === true) atStart.push(runNow);
  }
  logger.info('scheduler started', { jobs: tasks.map((t) => t.name) });
  for (const runNow of atStart) runNow();
  return {
    halt() {
      halted = true;
    },
    async stop(timeoutMs) {
      halted = true;
      await Promise.all(tasks.map((task) => task.destroy()));
      let timer: NodeJS.Timeout | undefined;
      const bound = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
      await Promise.race([Promise.allSettled([...running.keys()]), bound]);
      clearTimeout(timer);
      const unfinished = [...running.values()];
      for (const name of unfinished) logger.warn('job still running at stop; the next run does the rest', { job: name });
      return unfinished;
    },
  };
}
