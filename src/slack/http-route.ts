import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The HTTP routes' registry: pages a feature serves on the app's HTTP port besides Slack's endpoint (`Feature.httpRoutes`),
 * e.g. the dashboard. The shell mounts them as Bolt custom routes on whichever receiver runs (HTTP or Socket Mode),
 * beside `/healthz`. A handler answers the request itself; a failure it does not answer is logged and answered 500.
 */
export interface HttpRoute {
  /** A path as Bolt's custom routes match it (the query string is not part of it). */
  readonly path: string;
  readonly method: 'GET' | 'POST';
  handler(req: IncomingMessage, res: ServerResponse): Promise<void>;
}
