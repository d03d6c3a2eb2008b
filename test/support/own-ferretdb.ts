import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { acceptsConnections, freePort } from './loopback-ports.js';

const run = promisify(execFile);

/**
 * A FerretDB of a test's own, which the test may stop and start again: the cached binary of scripts/ferretdb.sh
 * (built once with Go if missing), SQLite in a temporary directory, on a free loopback port. Stopping it (SIGTERM)
 * and starting it again keeps its port and its data, as a database server restarted in place does. While it is down,
 * its port is held by a listener that drops every connection at once: a server another test starts meanwhile on a
 * free port cannot take it, and the app's driver find a database there that is not its own.
 */
export class OwnFerretDb {
  private process: ChildProcess | undefined;
  private holder: Server | undefined;

  private constructor(
    private readonly binary: string,
    private readonly dir: string,
    readonly port: number,
  ) {}

  static async start(): Promise<OwnFerretDb> {
    const { stdout } = await run('scripts/ferretdb.sh', ['build'], { maxBuffer: 1 << 20 });
    const binary = stdout.trim().split('\n').at(-1)!;
    const dir = await mkdtemp(path.join(tmpdir(), 'peer-mentor-own-ferretdb-'));
    const db = new OwnFerretDb(binary, dir, await freePort());
    await db.up();
    return db;
  }

  /** Its connection string for a database `name`. */
  uri(name: string): string {
    return `mongodb://127.0.0.1:${this.port}/${name}`;
  }

  /** Starts it again, on the same port with the same data; resolves once it takes connections. */
  async up(): Promise<void> {
    if (this.process !== undefined) throw new Error('FerretDB is already running');
    await this.release();
    const child = spawn(
      this.binary,
      [
        '--handler=sqlite',
        `--sqlite-url=file:${this.dir}/`,
        `--state-dir=${this.dir}`,
        `--listen-addr=127.0.0.1:${this.port}`,
        '--debug-addr=-',
        '--telemetry=disable',
        '--log-level=error',
      ],
      { stdio: 'ignore' },
    );
    this.process = child;
    const exited = new Promise<'exited'>((resolve) => child.once('exit', () => resolve('exited')));
    const deadline = Date.now() + 10_000;
    for (;;) {
      const state = await Promise.race([acceptsConnections(this.port), exited]);
      if (state === 'exited') {
        this.process = undefined;
        throw new Error(`FerretDB exited at start (status ${String(child.exitCode)})`);
      }
      if (state) return;
      if (Date.now() > deadline) throw new Error(`FerretDB did not listen on 127.0.0.1:${this.port} within 10 s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Stops it as a server is stopped (SIGTERM); resolves once it has exited. */
  async down(): Promise<void> {
    const child = this.process;
    if (child === undefined) return;
    this.process = undefined;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
    const holder = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve, reject) => {
      holder.once('error', reject);
      holder.listen(this.port, '127.0.0.1', resolve);
    });
    this.holder = holder;
  }

  /** Stops it and removes its data. */
  async dispose(): Promise<void> {
    await this.down();
    await this.release();
    await rm(this.dir, { recursive: true, force: true });
  }

  /** Lets go of the port held while it was down. */
  private async release(): Promise<void> {
    const holder = this.holder;
    this.holder = undefined;
    await new Promise<void>((resolve) => (holder === undefined ? resolve() : holder.close(() => resolve())));
  }
}
