import cron from 'node-cron';
import { describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { WebClient } from '@slack/web-api';
import { loadConfig } from '../../src/config/env.js';
import { createMessenger } from '../../src/delivery/slack/messenger.js';
import type { FeatureContext } from '../../src/features/feature.js';
import { createFeatures } from '../../src/features/index.js';
import { createJobs } from '../../src/jobs/registry.js';
import { createLogger } from '../../src/log/logger.js';
import { createTestStores } from '../support/use-cases.js';

/** The minutes of an hour at which a node-cron pattern whose other fields are all `*` fires. */
function minutesOf(schedule: string): number[] {
  const [minute, ...rest] = schedule.split(' ');
  expect(rest).toEqual(['*', '*', '*', '*']);
  return minute!.split(',').map(Number);
}

describe('job schedules', () => {
  // The features on a connection that never opens and a Slack client that is never called: only their jobs are read.
  const connection = mongoose.createConnection();
  const stores = createTestStores(connection);
  const messenger = createMessenger(new WebClient('xoxb-unused'));
  const unused = () => Promise.reject(new Error('not called when listing jobs'));
  const ctx: FeatureContext = {
    config: loadConfig({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'test-signing-secret' }),
    logger: createLogger({ level: 'error', json: true, secrets: [] }),
    database: { connection, ping: () => Promise.resolve(false), close: unused },
    stores,
    claims: stores.claims,
    messenger,
    directory: { findByEmails: unused, findByIds: unused },
    admins: { isAdmin: unused, adminIds: unused },
    links: { refreshHomes: unused, openRequestForm: unused, moveAwaitingRequests: unused },
    surfaces: { exportTables: () => [], homeSections: () => [] },
  };
  const jobs = createJobs(Object.values(createFeatures(ctx)));

  it('are the five the program runs', () => {
    expect([...jobs.keys()].sort()).toEqual(['checkin-prompts', 'digests', 'introductions', 'nudges', 'pulse']);
  });

  it('are valid node-cron patterns', () => {
    for (const job of jobs.values()) expect(cron.validate(job.schedule), job.name).toBe(true);
  });

  it('run nudges every 15 minutes, off the hour, so that each person’s quarter-hour is caught', () => {
    const minutes = minutesOf(jobs.get('nudges')!.schedule);
    expect(minutes).toEqual([2, 17, 32, 47]);
  });

  it('run every other job at least hourly, so that each person’s local hour is caught', () => {
    for (const job of jobs.values()) expect(minutesOf(job.schedule).length, job.name).toBeGreaterThanOrEqual(1);
  });
});
