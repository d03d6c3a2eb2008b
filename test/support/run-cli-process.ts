import { spawn } from 'node:child_process';
import { SIGNING_SECRET, type TestApp } from './test-app.js';

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A command-line tool as its own process, as `npm run <script>` runs it (`tsx <file>`), with only the env given. */
export function runCliProcess(script: string, args: readonly string[], env: Readonly<Record<string, string>>): Promise<CliRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

/** The environment that points a command-line tool at a running test app's fake Slack and database. */
export function envFor(app: TestApp, extra: Readonly<Record<string, string>> = {}): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: app.slack.token,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: app.slack.apiUrl,
    MONGODB_URI: app.mongoUri,
    NODE_ENV: 'production',
    ...extra,
  };
}

/** `npm run job -- <name> --now <iso>` against a running test app. */
export function runJobCli(app: TestApp, name: string, now: string, env: Readonly<Record<string, string>> = {}): Promise<CliRun> {
  return runCliProcess('src/cli/run-job.ts', [name, '--now', now], envFor(app, env));
}

/** `npm run export -- <args>` against a running test app. */
export function runExportCli(app: TestApp, args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<CliRun> {
  return runCliProcess('src/cli/export.ts', args, envFor(app, env));
}
