import { afterAll } from 'vitest';
import type { Connection } from 'mongoose';
import { createLogger } from '../../../src/log/logger.js';
import { connectDatabase, type Database } from '../../../src/program/store/database.js';
import { uniqueDatabaseUri } from '../../support/database.js';
import type { MakeStore } from './store-contract.js';

const quiet = createLogger({ level: 'error', json: true, secrets: [] });

/**
 * Makes repositories on the test file's own database, with the indexes the app syncs at start-up. Each store starts
 * empty: what earlier tests wrote is deleted (the indexes stay). The database is dropped when the file is done.
 */
export function onMongo<S>(label: string, createRepository: (connection: Connection) => S): MakeStore<S> {
  let db: Database | undefined;
  afterAll(async () => {
    await db?.connection.dropDatabase();
    await db?.close();
  });
  return async () => {
    const fresh = db === undefined;
    db ??= await connectDatabase({ uri: uniqueDatabaseUri(label), dataDir: '.data', logger: quiet });
    const store = createRepository(db.connection);
    if (fresh) await db.connection.syncIndexes();
    await Promise.all(Object.values(db.connection.models).map((model) => model.deleteMany({})));
    return { store, close: async () => undefined };
  };
}
