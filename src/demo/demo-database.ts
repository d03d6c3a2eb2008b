import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { startEmbeddedMongo } from './store/embedded-mongo.js';

/** Where the demo keeps the program while it plays: a database of its own, dropped (or a server of its own, stopped) at the end. */
export interface DemoDatabase {
  readonly uri: string;
  /** Which server, for the first lines the demo prints. */
  readonly served: string;
  /** Stops the server the demo started (a database on a server of yours is dropped by the demo itself). */
  stop(): Promise<void>;
  /** The database is the demo's own on a server it did not start: drop it at the end. */
  readonly dropAtEnd: boolean;
}

/** The demo could not get a database: both ways it tried, and why each failed. */
export class DemoDatabaseError extends Error {
  override name = 'DemoDatabaseError';
}

const FERRETDB_SCRIPT = fileURLToPath(new URL('../../scripts/ferretdb.sh', import.meta.url));

/**
 * `MONGODB_URI` set: a fresh database of the demo's own on that server. Unset: mongodb-memory-server's embedded mongod
 * (downloaded on first use); where it cannot be downloaded and Go is here (or FerretDB was built before), the FerretDB
 * that scripts/ferretdb.sh builds and serves. Otherwise a DemoDatabaseError naming both ways.
 */
export async function startDemoDatabase(mongoUri: string | undefined, say: (line: string) => void): Promise<DemoDatabase> {
  if (mongoUri !== undefined && mongoUri !== '') {
    const url = new URL(mongoUri);
    url.pathname = `/peer-mentor-demo-${randomBytes(4).toString('hex')}`;
    return { uri: url.toString(), served: `a database of its own on MONGODB_URI's server (dropped at the end)`, stop: async () => undefined, dropAtEnd: true };
  }
  say('Starting an embedded MongoDB (mongodb-memory-server; it downloads mongod on first use)…');
  let embeddedFailure: string;
  try {
    const embedded = await startEmbeddedMongo();
    return { uri: `${embedded.uri.replace(/\/?$/, '/')}peer-mentor-demo`, served: 'an embedded MongoDB (mongodb-memory-server)', stop: () => embedded.stop(), dropAtEnd: false };
  } catch (error) {
    embeddedFailure = firstLine(error);
  }
  if (!canRunFerretDb()) {
    throw new DemoDatabaseError(
      `The demo needs a database. The embedded MongoDB could not be started (${embeddedFailure}), and Go is not installed to build FerretDB instead. ` +
        'Either run the demo where mongod can be downloaded (internet), or install Go 1.22 or newer (scripts/ferretdb.sh builds FerretDB with it), ' +
        'or set MONGODB_URI to a MongoDB you have.',
    );
  }
  say(`The embedded MongoDB could not be started (${embeddedFailure}); starting FerretDB instead (scripts/ferretdb.sh serve; built with Go once)…`);
  const ferret = await serveFerretDb();
  return { uri: `${ferret.uri}peer-mentor-demo`, served: 'FerretDB (scripts/ferretdb.sh serve)', stop: ferret.stop, dropAtEnd: false };
}

function canRunFerretDb(): boolean {
  if (spawnSync('go', ['version'], { stdio: 'ignore' }).status === 0) return true;
  // Built before (the script caches the binary): `build` finds it without Go.
  return spawnSync(FERRETDB_SCRIPT, ['build'], { stdio: 'ignore' }).status === 0;
}

/** `scripts/ferretdb.sh serve`: resolves with its URI once it listens; stopping it removes its data directory. */
function serveFerretDb(): Promise<{ uri: string; stop(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(FERRETDB_SCRIPT, ['serve'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const stop = () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      });
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const found = /MONGODB_URI=(\S+)/.exec(out);
      if (found) resolve({ uri: found[1]!, stop });
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    child.once('exit', (code) => reject(new DemoDatabaseError(`FerretDB did not start (scripts/ferretdb.sh exited ${code}): ${err.trim().split('\n').slice(-3).join(' ')}`)));
  });
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).replace(/\s+/g, ' ').trim().slice(0, 200);
}
