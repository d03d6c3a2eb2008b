import cron from 'node-cron';
import { describe, expect, it } from 'vitest';
import { createJobs } from '../../src/jobs/registry.js';
import { offlineFeatures } from '../support/offline-features.js';

/** The minutes of an hour at which a node-cron pattern whose other fields are all `*` fires. */
function minutesOf(schedule: string): number[] {
  const [minute, ...rest] = schedule.split(' ');
  expect(rest).toEqual(['*', '*', '*', '*']);
  return minute!.split(',').map(Number);
}

describe('job schedules', () => {
  // The features built offline: only their jobs are read.
  const jobs = createJobs(Object.values(offlineFeatures()));

  it('are the ones the program runs', () => {
    expect([...jobs.keys()].sort()).toEqual(['admin-channel', 'checkin-prompts', 'digests', 'goals', 'housekeeping', 'introductions', 'nudges', 'pulse', 'questionnaire', 'retention', 'rotations', 'surveys', 'trainings']);
  });

  it('are valid node-cron patterns', () => {
    for (const job of jobs.values()) expect(cron.validate(job.schedule), job.name).toBe(true);
  });

  it('run nudges every 15 minutes, off the hour, so that each person’s quarter-hour is caught', () => {
    const minutes = minutesOf(jobs.get('nudges')!.schedule);
    expect(minutes).toEqual([2, 17, 32, 47]);
  });

  it('run every other job but housekeeping and retention at least hourly, so that each person’s local hour is caught', () => {
    for (const job of jobs.values()) if (job.name !== 'housekeeping' && job.name !== 'retention') expect(minutesOf(job.schedule).length, job.name).toBeGreaterThanOrEqual(1);
  });

  it('run housekeeping once a day, off the hour', () => {
    expect(jobs.get('housekeeping')!.schedule).toBe('43 3 * * *');
  });

  it('run retention once a day, off the hour and apart from housekeeping', () => {
    expect(jobs.get('retention')!.schedule).toBe('17 4 * * *');
  });

  it('check the switch admin channel at start and hourly, off the hour', () => {
    expect(jobs.get('admin-channel')).toMatchObject({ schedule: '13 * * * *', runsAtStart: true });
    expect([...jobs.values()].filter((j) => j.runsAtStart === true).map((j) => j.name)).toEqual(['admin-channel']);
  });
});
