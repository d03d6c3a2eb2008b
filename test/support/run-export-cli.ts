import { spawn } from 'node:child_process';
import type { CliRun } from './run-job-cli.js';
import { SIGNING_SECRET, type TestApp } from './test-app.js';

/** `npm run export -- <args>` as its own process, against a running test app's fake Slack and database. */
export function runExportCli(app: TestApp, args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<CliRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/export.ts', ...args], {
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
