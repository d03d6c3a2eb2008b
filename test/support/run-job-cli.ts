import { spawn } from 'node:child_process';
import { SIGNING_SECRET, type TestApp } from './test-app.js';

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `npm run job -- <name> --now <iso>` as its own process, against a running test app's fake Slack and database. */
export function runJobCli(app: TestApp, name: string, now: string, env: Readonly<Record<string, string>> = {}): Promise<CliRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/run-job.ts', name, '--now', now], {
    env: {
      PATH: process.env['PATH'] ?? '',
      SLACK_BOT_TOKEN: app.slack.token,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: app.slack.apiUrl,
      MONGODB_URI: app.mongoUri,
      NODE_ENV: 'production',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}
