import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../support/loopback-ports.js';

/** Every process the driver started and that still runs: ended with the driver, whatever ends it. */
const running = new Set<ChildProcess>();

/** Registers a child process of the driver's, so that `killAllChildren` ends it. */
export function track(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
}

const cleanups: (() => void)[] = [];

/** Runs `cleanup` (synchronous) when the driver exits, e.g. to stop a server that runs as a daemon. */
export function atExit(cleanup: () => void): void {
  cleanups.push(cleanup);
}

/** SIGKILLs every process the driver started that still runs (each by its own pid), then runs the `atExit` cleanups. */
export function killAllChildren(): void {
  for (const child of running) child.kill('SIGKILL');
  for (const cleanup of cleanups.splice(0)) cleanup();
}

export interface Proc {
  readonly child: ChildProcess;
  readonly name: string;
  /** The exit code, or the signal that ended it. */
  readonly exited: Promise<number | NodeJS.Signals>;
  kill(signal: NodeJS.Signals): void;
}

/**
 * A source file run as its own process, as `npm run <script>` runs it (`node --import tsx <file>`), with only the env
 * given; both output streams go to `<logDir>/<name>.log`.
 */
export function spawnTsxLogged(logDir: string, name: string, script: string, args: readonly string[], env: Readonly<Record<string, string>>): Proc {
  const log = openSync(path.join(logDir, `${name}.log`), 'a');
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  track(child);
  const exited = new Promise<number | NodeJS.Signals>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code ?? -1)));
  return {
    child,
    name,
    exited,
    kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
  };
}

/** One app instance (`src/main.ts`) on a fixed port, which can be SIGKILLed and started again on the same port. */
export interface AppInstance {
  readonly index: number;
  readonly baseUrl: string;
  /** Whether it is up and answered /healthz since it was last started. */
  isUp(): boolean;
  start(): Promise<void>;
  kill(): Promise<void>;
  /** SIGTERM: the graceful stop; resolves to its exit status. */
  stop(): Promise<number | NodeJS.Signals | undefined>;
}

export async function createAppInstance(index: number, logDir: string, env: Readonly<Record<string, string>>): Promise<AppInstance> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let current: Proc | undefined;
  let up = false;
  let starts = 0;
  const instance: AppInstance = {
    index,
    baseUrl,
    isUp: () => up && current !== undefined && current.child.exitCode === null && current.child.signalCode === null,
    async start() {
      const started = Date.now();
      for (;;) {
        starts += 1;
        const proc = spawnTsxLogged(logDir, `app-${index}`, 'src/main.ts', [], { ...env, PORT: String(port) });
        current = proc;
        // An instance that cannot reach the database (it is restarting) exits: start it again, as a supervisor would.
        while (proc.child.exitCode === null && proc.child.signalCode === null) {
          const status = await fetch(`${baseUrl}/healthz`).then((r) => r.status, () => 0);
          if (status === 200) {
            up = true;
            return;
          }
          await sleep(200);
        }
        if (Date.now() - started > 120_000) throw new Error(`app instance ${index} did not start within 120 s (${starts} starts; see ${logDir}/app-${index}.log)`);
        await sleep(500);
      }
    },
    async kill() {
      up = false;
      const proc = current;
      if (proc === undefined) return;
      proc.kill('SIGKILL');
      await proc.exited;
    },
    async stop() {
      up = false;
      const proc = current;
      if (proc === undefined) return undefined;
      proc.kill('SIGTERM');
      return proc.exited;
    },
  };
  return instance;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
