import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpRoute } from '../slack/http-route.js';
import type { DemoRecord } from './demo-record.js';
import type { FakeSlack } from './slack-simulator/fake-slack.js';

/** What the demo's server shows: the played semester, and the app's own pages (the dashboard). */
export interface DemoSite {
  readonly record: DemoRecord;
  /** The demo's page (`/demo`, each person's page). */
  readonly demoRoutes: readonly HttpRoute[];
  /** The app's pages, as its features contribute them (`Feature.httpRoutes`). */
  readonly appRoutes: readonly HttpRoute[];
  /** Sends the sample admin a dashboard sign-in link by DM, as `/mentor-admin dashboard` does. */
  requestAdminLink(): Promise<void>;
  readonly adminId: string;
}

export interface DemoServer {
  readonly port: number;
  stop(): Promise<void>;
}

/** The sign-in link in the latest DM the app sent `userId` that holds one. */
export function latestSignInLink(slack: FakeSlack, userId: string): string | undefined {
  for (const message of [...slack.dmsTo(userId)].reverse()) {
    const found = /https?:\/\/[^\s<>|"]+\/dashboard\/sign-in\?token=[^\s<>|"]+/.exec(JSON.stringify(message.blocks) + message.text);
    if (found) return found[0];
  }
  return undefined;
}

/**
 * Serves the demo on loopback: `/` leads to `/demo`; `/demo/dashboard` asks the app for a sign-in link for the sample
 * admin (a DM, as in Slack) and follows it, so the browser is signed in as they are; the app's pages answer as they do
 * in production.
 */
export async function serveDemo(site: DemoSite, port: number): Promise<DemoServer> {
  const dashboardRoute: HttpRoute = {
    path: '/demo/dashboard',
    method: 'GET',
    async handler(_req, res) {
      await site.requestAdminLink();
      const link = latestSignInLink(site.record.slack, site.adminId);
      if (link === undefined) throw new Error('the app sent the sample admin no sign-in link');
      res.writeHead(302, { location: new URL(link).pathname + new URL(link).search, 'cache-control': 'no-store' });
      res.end();
    },
  };
  const routes = [...site.demoRoutes, dashboardRoute, ...site.appRoutes];
  const server: Server = createServer((req, res) => {
    void answer(routes, req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function answer(routes: readonly HttpRoute[], req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (path === '/') {
    res.writeHead(302, { location: '/demo' });
    res.end();
    return;
  }
  const route = routes.find((r) => r.path === path && r.method === req.method) ?? routes.find((r) => r.path.endsWith('/:id') && path.startsWith(r.path.slice(0, -3)) && r.method === req.method);
  try {
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found. The demo is at /demo.');
      return;
    }
    await route.handler(req, res);
  } catch (error) {
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`The demo could not answer: ${error instanceof Error ? error.message : String(error)}`);
  }
}
