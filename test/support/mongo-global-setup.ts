import type { TestProject } from 'vitest/node';

/**
 * Gives the database tiers one MongoDB-compatible server for the whole run: MONGODB_URI when set
 * (CI and offline machines: scripts/ferretdb.sh), else an in-memory mongod from mongodb-memory-server.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const given = process.env['MONGODB_URI']?.trim();
  if (given) {
    project.provide('mongoUri', given);
    return undefined;
  }
  const { MongoMemoryServer } = await import('mongodb-memory-server');
  let server: Awaited<ReturnType<typeof MongoMemoryServer.create>>;
  try {
    server = await MongoMemoryServer.create();
  } catch (error) {
    throw new Error(
      'The database tests need MongoDB: MONGODB_URI is not set and mongodb-memory-server could not start mongod ' +
        `(${String((error as Error).message).split('\n')[0]}). Offline, run them as: scripts/ferretdb.sh exec -- npm test`,
    );
  }
  project.provide('mongoUri', server.getUri());
  return async () => {
    await server.stop();
  };
}
