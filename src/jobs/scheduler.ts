import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../log/logger.js';
import type { Job } from './job.js';

export interface Scheduler {
  /** Stops scheduling and waits for runs in progress. */
  stop(): Promise<void>;
}

/**
 * Runs each job on its cron schedule in this process. Several instances may each run the same job:
 * what a job sends is claimed in MongoDB first, so repeats are harmless (no in-process locks).
 */
export function startScheduler(jobs: Iterable<Job>, logger: Logger, clock: () => Date): Scheduler {
  const running = new Set<Promise<unknown>>();
  const tasks: ScheduledTask[] = [];
  for (const job of jobs) {
    const jobLogger = logger.child({ job: job.name });
    const task = cron.schedule(
      job.schedule,
      () => {
        const run = job
          .run(clock(), jobLogger)
          .then((summary) => jobLogger.info('job finished', { summary }))
          .catch((error: unknown) => jobLogger.error('job failed', { error }));
        running.add(run);
        void run.finally(() => running.delete(run));
        return run;
      },
      { name: job.name, timezone: 'UTC', noOverlap: true },
    );
    tasks.push(task);
  }
  logger.info('scheduler started', { jobs: tasks.map((t) => t.name) });
  return {
    async stop() {
      await Promise.all(tasks.map((task) => task.destroy()));
      await Promise.allSettled([...running]);
    },
  };
}
