import { spawn, type ChildProcess } from 'node:child_process';
import { SIGNING_SECRET } from './actor.js';
import type { ServedApp } from './app-harness.js';

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface TsxProcess {
  readonly child: ChildProcess;
  /** Resolves to the exit status. */
  readonly exited: Promise<number | null>;
  /** What it wrote so far. */
  output(): { readonly stdout: string; readonly stderr: string };
}

/** A source file run as its own process, as `npm run <script>` runs it (`tsx <file>`), with only the env given. */
export function spawnTsx(script: string, args: readonly string[], env: Readonly<Record<string, string>>): TsxProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

/** A command-line tool as its own process, run to its end. */
export async function runCliProcess(script: string, args: readonly string[], env: Readonly<Record<string, string>>): Promise<CliRun> {
  const run = spawnTsx(script, args, env);
  const code = await run.exited;
  return { code, ...run.output() };
}

/** The environment that points a command-line tool at a served test app's fake Slack and database. */
export function envFor(app: Pick<ServedApp, 'slack' | 'mongoUri'>, extra: Readonly<Record<string, string>> = {}): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: app.slack.token,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: app.slack.apiUrl,
    MONGODB_URI: app.mongoUri,
    NODE_ENV: 'production',
    ...extra,
  };
}

/** `npm run job -- <name> --now <iso>` against a served test app. */
export function runJobCli(app: ServedApp, name: string, now: string, env: Readonly<Record<string, string>> = {}): Promise<CliRun> {
  return runCliProcess('src/cli/run-job.ts', [name, '--now', now], envFor(app, env));
}

/** `npm run export -- <args>` against a served test app. */
export function runExportCli(app: ServedApp, args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<CliRun> {
  return runCliProcess('src/cli/export.ts', args, envFor(app, env));
}
