import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBytes } from '../../src/demo/slack-simulator/http-io.js';

/**
 * A loopback relay in front of the fake Slack that answers slowly: each call to a Web API method waits
 * `delayMs(method)` before it reaches the fake Slack (which records it only then). Give the app `apiUrl` as
 * SLACK_API_URL. Everything else (file downloads) is relayed too, and the fake's own address in its answers is
 * replaced by the relay's, so the app sees one Slack. Lets a test land a signal while the app waits on Slack,
 * without changing the fake itself.
 */
export class SlowSlack {
  /** Every method asked for, in order, when the relay received it (before the delay). */
  readonly asked: string[] = [];
  private server: Server | undefined;

  private constructor(
    private readonly target: string,
    public delayMs: (method: string) => number,
  ) {}

  /** `target` is the fake Slack's `apiUrl` (…/api/); `delayMs` gets the Web API method, or the path for other requests. */
  static async start(target: string, delayMs: (method: string) => number): Promise<SlowSlack> {
    const relay = new SlowSlack(target, delayMs);
    relay.server = createServer((req, res) => {
      void relay.forward(req).then(
        ({ status, headers, body }) => {
          res.writeHead(status, headers);
          res.end(body);
        },
        (error: unknown) => {
          res.writeHead(502, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ ok: false, error: 'slow_slack_relay_failed', detail: String(error) }));
        },
      );
    });
    await new Promise<void>((resolve) => relay.server!.listen(0, '127.0.0.1', resolve));
    return relay;
  }

  /** SLACK_API_URL for the app. */
  get apiUrl(): string {
    return `${this.origin}/api/`;
  }

  private get origin(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (server === undefined) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async forward(req: IncomingMessage): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
    const body = await readBytes(req);
    const path = req.url ?? '/';
    const method = path.startsWith('/api/') ? (path.slice('/api/'.length).split('?')[0] ?? '') : path;
    this.asked.push(method);
    const wait = this.delayMs(method);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'authorization']) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const target = new URL(this.target).origin;
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    const answer = await fetch(`${target}${path}`, { method: req.method ?? 'POST', headers, redirect: 'manual', ...(hasBody ? { body: new Uint8Array(body) } : {}) });
    const out: Record<string, string> = {};
    for (const name of ['content-type', 'retry-after']) {
      const value = answer.headers.get(name);
      if (value !== null) out[name] = value;
    }
    let bytes = Buffer.from(await answer.arrayBuffer());
    if ((out['content-type'] ?? '').includes('json')) bytes = Buffer.from(bytes.toString('utf8').replaceAll(target, this.origin), 'utf8');
    return { status: answer.status, headers: out, body: bytes };
  }
}
