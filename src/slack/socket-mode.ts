import { Server } from 'node:http';
import { SocketModeReceiver, type App, type CustomRoute, type Logger as BoltLogger } from '@slack/bolt';
import type { WebClientOptions } from '@slack/web-api';

export interface SocketModeOptions {
  /** The app-level token (`xapp-…`, scope connections:write). */
  readonly appToken: string;
  readonly logger: BoltLogger;
  /** /healthz and the features' pages, served on `port`. */
  readonly customRoutes: CustomRoute[];
  readonly port: number;
  /** The Web API client options the app's own client gets (SLACK_API_URL, timeout, retries): used for apps.connections.open. */
  readonly clientOptions: WebClientOptions;
}

/** Socket Mode's receiver, with the HTTP server it serves the routes on, and its start and stop. */
export interface SocketMode {
  readonly receiver: SocketModeReceiver;
  /** The HTTP server of /healthz and the features' pages. */
  readonly server: Server;
  /** Starts the app: the HTTP server listens and the socket is connected (Slack said hello). Resolves to the bound port. */
  start(app: App): Promise<number>;
  /**
   * Stops the app: no new envelope, the HTTP server closes. `closed`: the server has closed and the socket's closing
   * handshake is over; `cut`: the server has closed (what a stop out of time still waits for).
   */
  stop(app: App): { readonly closed: Promise<void>; readonly cut: Promise<void> };
}

/**
 * Bolt's SocketModeReceiver builds its own Socket Mode client, whose Web API client (apps.connections.open) gets only
 * `installerOptions.clientOptions`: given the app's own options, it asks the Slack that SLACK_API_URL names. The
 * routes are served by the receiver's HTTP server on `port`, whose bound port (PORT=0 picks one) is read from it.
 */
export function createSocketMode(options: SocketModeOptions): SocketMode {
  const receiver = new SocketModeReceiver({
    appToken: options.appToken,
    logger: options.logger,
    customRoutes: options.customRoutes,
    // A copy: the Socket Mode client writes its defaults into the object it is given.
    installerOptions: { port: options.port, clientOptions: { ...options.clientOptions } },
  });
  const server = receiverServer(receiver);
  return {
    receiver,
    server,
    async start(app) {
      let onError: ((error: Error) => void) | undefined;
      const listening = new Promise<void>((resolve, reject) => {
        onError = reject;
        server.once('error', onError);
        server.once('listening', () => resolve());
      });
      try {
        await Promise.all([listening, app.start()]);
      } catch (error) {
        await stopBoth(app, server);
        throw error;
      } finally {
        server.off('error', onError!);
      }
      const address = server.address();
      return typeof address === 'object' && address !== null ? address.port : options.port;
    },
    stop(app) {
      // Registered first: a client with no connection says it is disconnected at once.
      const disconnected = new Promise<void>((resolve) => receiver.client.once('disconnected', () => resolve()));
      const serverClosed = new Promise<void>((resolve) => server.once('close', () => resolve()));
      const stopped = app.stop();
      const cut = Promise.all([stopped, serverClosed]).then(() => undefined);
      return { cut, closed: Promise.all([cut, disconnected]).then(() => undefined) };
    },
  };
}

/** The HTTP server Bolt's receiver made for its custom routes (not in its public type, so checked here). */
function receiverServer(receiver: SocketModeReceiver): Server {
  const server = (receiver as unknown as { httpServer?: unknown }).httpServer;
  if (!(server instanceof Server)) throw new Error('Bolt’s SocketModeReceiver made no HTTP server for /healthz: has its API changed?');
  return server;
}

/** After a failed start: the socket and the HTTP server are let go, whichever had started. */
async function stopBoth(app: App, server: Server): Promise<void> {
  await app.stop().catch(() => undefined);
  if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
}
