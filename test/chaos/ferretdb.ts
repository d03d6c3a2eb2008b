import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { acceptsConnections, freePort } from '../support/loopback-ports.js';
import { atExit, track } from './processes.js';

/**
 * Where FerretDB keeps the data: `sqlite` (as scripts/ferretdb.sh serves it: CI's size), or `postgresql`, a PostgreSQL
 * cluster of the run's own (FerretDB 1.x updates a document without scanning the collection only there, which the full
 * size's tens of thousands of claims need).
 */
export type Backend = 'sqlite' | 'postgresql';

/** A FerretDB of the chaos run's own, on a fixed loopback port and data directory, so that it can be restarted mid-run. */
export interface ChaosDatabase {
  readonly backend: Backend;
  /** A connection string for database `name` on it. */
  uri(name: string): string;
  /** Stops the server (and PostgreSQL behind it), waits `downMs`, and starts them again on the same ports and data. */
  restart(downMs: number): Promise<void>;
  stop(): Promise<void>;
}

/** FerretDB 1.24.2 from scripts/ferretdb.sh (which builds it with Go once, when it is not cached yet). */
function ferretDbBinary(): string {
  const out = execFileSync('scripts/ferretdb.sh', ['build'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const bin = out.trim().split('\n').at(-1);
  if (bin === undefined || bin === '') throw new Error('scripts/ferretdb.sh build printed no binary path');
  return bin;
}

export async function startChaosDatabase(dataDir: string, backend: Backend): Promise<ChaosDatabase> {
  const bin = ferretDbBinary();
  const port = await freePort();
  const postgres = backend === 'postgresql' ? await startPostgres(path.join(dataDir, 'postgresql')) : undefined;
  let server: ChildProcess | undefined;

  const start = async () => {
    const log = openSync(path.join(dataDir, 'ferretdb.log'), 'a');
    const storage =
      postgres === undefined ? ['--handler=sqlite', `--sqlite-url=file:${dataDir}/`] : ['--handler=postgresql', `--postgresql-url=${postgres.url}`];
    const child = spawn(
      bin,
      [...storage, `--state-dir=${dataDir}`, `--listen-addr=127.0.0.1:${port}`, '--debug-addr=-', '--telemetry=disable', '--log-level=warn'],
      { stdio: ['ignore', log, log] },
    );
    server = child;
    track(child);
    await waitUntilListening(port, () => child.exitCode !== null, `FerretDB (see ${dataDir}/ferretdb.log)`);
  };

  const stop = async () => {
    const child = server;
    server = undefined;
    if (child === undefined || child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };

  await start();
  return {
    backend,
    uri: (name) => `mongodb://127.0.0.1:${port}/${name}`,
    async restart(downMs) {
      await stop();
      postgres?.stop('fast');
      await sleep(downMs);
      await postgres?.start();
      await start();
    },
    async stop() {
      await stop();
      postgres?.stop('immediate');
    },
  };
}

interface Postgres {
  readonly url: string;
  start(): Promise<void>;
  stop(mode: 'fast' | 'immediate'): void;
}

/** A PostgreSQL cluster in `dir`, on a free loopback port, without fsync (its data lives as long as the run). */
async function startPostgres(dir: string): Promise<Postgres> {
  const binDir = postgresBinDir();
  // PostgreSQL refuses to run as root: then it runs as the `postgres` user, who owns its directory.
  const asRoot = process.getuid?.() === 0;
  const run = (program: string, args: readonly string[], quiet = false) =>
    execFileSync(asRoot ? 'runuser' : path.join(binDir, program), asRoot ? ['-u', 'postgres', '--', path.join(binDir, program), ...args] : [...args], {
      stdio: ['ignore', 'ignore', quiet ? 'ignore' : 'inherit'],
    });
  mkdirSync(dir, { recursive: true });
  if (asRoot) execFileSync('chown', ['-R', 'postgres:', dir]);
  const data = path.join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
  const pg: Postgres = {
    url: `postgres://postgres@127.0.0.1:${port}/ferretdb`,
    async start() {
      run('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'postgresql.log'), '-w', 'start']);
      await waitUntilListening(port, () => false, 'PostgreSQL');
    },
    stop(mode) {
      try {
        run('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop'], true);
      } catch {
        // Already stopped.
      }
    },
  };
  await pg.start();
  atExit(() => pg.stop('immediate'));
  run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'ferretdb']);
  return pg;
}

/** PostgreSQL's programs: where the initdb on PATH really is, else the newest under /usr/lib/postgresql (Debian's layout). */
function postgresBinDir(): string {
  for (const dir of (process.env['PATH'] ?? '').split(path.delimiter)) {
    if (dir !== '' && existsSync(path.join(dir, 'initdb'))) return path.dirname(realpathSync(path.join(dir, 'initdb')));
  }
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) if (existsSync(`/usr/lib/postgresql/${version}/bin/initdb`)) return `/usr/lib/postgresql/${version}/bin`;
  throw new Error('the postgresql backend needs PostgreSQL (initdb, pg_ctl, postgres): install it, e.g. apt-get install postgresql');
}

async function waitUntilListening(port: number, gone: () => boolean, what: string): Promise<void> {
  const started = Date.now();
  while (!(await acceptsConnections(port))) {
    if (gone()) throw new Error(`${what} exited at start`);
    if (Date.now() - started > 30_000) throw new Error(`${what} did not listen on 127.0.0.1:${port} within 30 s`);
    await sleep(100);
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
