import type { Feature } from '../features/feature.js';
import type { Job } from './job.js';

/**
 * The jobs of the features, by name. A feature's step of another feature's job (e.g. requests posted before the
 * nudges) runs first in the same run, and its counts join the job's summary.
 */
export function createJobs(features: readonly Feature[]): ReadonlyMap<string, Job> {
  const steps = features.flatMap((f) => f.jobSteps ?? []);
  const jobs = features.flatMap((f) => f.jobs ?? []).map((job): Job => {
    const before = steps.filter((s) => s.job === job.name);
    if (before.length === 0) return job;
    return {
      ...job,
      async run(now, logger) {
        let summary = {};
        for (const step of before) summary = { ...summary, ...(await step.run(now)) };
        return { ...(await job.run(now, logger)), ...summary };
      },
    };
  });
  return new Map(jobs.map((job) => [job.name, job]));
}
