/** The demo's own embedded MongoDB (mongodb-memory-server, a dev dependency), in a temporary directory it removes on stop. */
export interface EmbeddedMongo {
  readonly uri: string;
  stop(): Promise<void>;
}

/**
 * Starts mongod from mongodb-memory-server, which downloads it on first use; rejects with the reason (e.g. the download
 * failed, offline) so that the demo can try its fallback.
 */
export async function startEmbeddedMongo(): Promise<EmbeddedMongo> {
  const { MongoBinary, MongoMemoryServer } = await import('mongodb-memory-server');
  // Find (or fetch) the binary first: offline this fails with a plain error, where create() would print a stack.
  const binary = await MongoBinary.getPath();
  const server = await MongoMemoryServer.create({ binary: { systemBinary: binary } });
  return {
    uri: server.getUri(),
    async stop() {
      await server.stop({ doCleanup: true, force: true });
    },
  };
}
