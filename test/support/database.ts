import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A MongoDB-compatible server for this run: MONGODB_URI, or one mongodb-memory-server started by the global setup. */
    mongoUri: string;
  }
}

/** A connection string for a database of its own (one per test file or app under test), on the run's server. */
export function uniqueDatabaseUri(label: string): string {
  const base = new URL(inject('mongoUri'));
  const name = `pm_${label.replace(/[^a-z0-9]/gi, '').slice(0, 24)}_${randomBytes(4).toString('hex')}`;
  base.pathname = `/${name}`;
  return base.toString();
}
