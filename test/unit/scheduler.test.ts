import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type { Job } from '../../src/jobs/job.js';
import { startScheduler, type Scheduler } from '../../src/jobs/scheduler.js';
import { createLogger } from '../../src/log/logger.js';

interface Line {
  readonly message: string;
  readonly job?: string;
}

function capturingLogger() {
  const lines: Line[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') lines.push(JSON.parse(line) as Line);
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'info', json: true, secrets: [], stream }) };
}

/** A job due every second (node-cron's six-field form) whose runs last `runMs`; counts the runs it started. */
function aJob(name: string, runMs: number): Job & { started: number } {
  const job = {
    name,
    description: name,
    schedule: '* * * * * *',
    started: 0,
    async run() {
      job.started += 1;
      await new Promise((resolve) => setTimeout(resolve, runMs).unref());
      return { done: 1 };
    },
  };
  return job;
}

describe('stopping the scheduler', () => {
  let scheduler: Scheduler | undefined;
  afterEach(async () => {
    await scheduler?.stop(0);
  });

  it('waits for a run in progress that ends within the bound, and starts no more', async () => {
    const { logger, lines } = capturingLogger();
    const job = aJob('quick', 300);
    scheduler = startScheduler([job], logger, () => new Date());
    await expect.poll(() => job.started, { timeout: 3_000, interval: 20 }).toBe(1);
    expect(await scheduler.stop(2_000)).toEqual([]);
    expect(lines.filter((l) => l.message === 'job finished').map((l) => l.job)).toEqual(['quick']);
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(job.started).toBe(1);
  });

  it('gives up at the bound and says which jobs were still running', async () => {
    const { logger, lines } = capturingLogger();
    const slow = aJob('slow', 60_000);
    scheduler = startScheduler([slow], logger, () => new Date());
    await expect.poll(() => slow.started, { timeout: 3_000, interval: 20 }).toBe(1);
    const started = Date.now();
    expect(await scheduler.stop(200)).toEqual(['slow']);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(lines).toContainEqual(expect.objectContaining({ message: 'job still running at stop; the next run does the rest', job: 'slow' }));
  });
});

describe('a job that runs at start', () => {
  let scheduler: Scheduler | undefined;
  afterEach(async () => {
    await scheduler?.stop(0);
  });

  it('runs once as the scheduler starts, then on its schedule; the others wait for theirs', async () => {
    const { logger, lines } = capturingLogger();
    const check = { ...aJob('check', 0), schedule: '13 4 * * *', runsAtStart: true };
    const other = { ...aJob('other', 0), schedule: '13 4 * * *' };
    scheduler = startScheduler([check, other], logger, () => new Date());
    await expect.poll(() => lines.filter((l) => l.message === 'job finished').map((l) => l.job), { timeout: 3_000, interval: 20 }).toEqual(['check']);
    expect(lines).not.toContainEqual(expect.objectContaining({ message: 'job finished', job: 'other' }));
  });
});
