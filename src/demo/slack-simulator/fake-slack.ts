import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { chatApi } from './chat-api.js';
import { addChannelTo, conversationsApi } from './conversations-api.js';
import { BOT, type ApiMethods, type FakeChannel, type FakeFile, type FakeMessage, type FakeUpload, type FakeUser, type FakeWorkspace, type RecordedCall } from './fake-workspace.js';
import { doesTheCall, failAfterTheCall, sendFailure, takeFailure, type Failure, type FailureRule, type FaultProfile } from './failures.js';
import { addFileTo, fileObjectOf, filesApi, receiveUpload, serveFile } from './files-api.js';
import { bearerToken, parseArgs, readBytes, send } from './http-io.js';
import { SocketModeServer, type EnvelopeAck, type EnvelopeType } from './socket-mode.js';
import { usersApi } from './users-api.js';
import { viewsApi } from './views-api.js';

export type { FakeUser } from './fake-workspace.js';
export type { EnvelopeAck, EnvelopeType } from './socket-mode.js';

/**
 * A local stand-in for Slack's Web API: answers from a seeded workspace, records every call, hands out trigger
 * ids and response URLs that lead back to itself, and fails on demand (HTTP 429 with Retry-After, ok:false errors).
 * Each Web API area (users and auth, conversations, chat, files, views) answers in its own file. Socket Mode
 * (socket-mode.ts): `apps.connections.open` with `appToken` hands out a WebSocket URL on this server, and
 * `sendEnvelope` delivers commands, interactions and events over it.
 */
export class FakeSlack {
  readonly bot = BOT;
  readonly token = 'xoxb-fake-peer-mentor-token';
  /** The app-level token (SLACK_APP_TOKEN) that apps.connections.open accepts. */
  readonly appToken = 'xapp-1-APEERMENTOR-fake-socket-mode-token';
  readonly calls: RecordedCall[] = [];
  readonly users = new Map<string, FakeUser>();
  readonly channels = new Map<string, FakeChannel>();
  readonly messages: FakeMessage[] = [];
  /** Views published to each user's Home tab (the latest last). */
  readonly homeViews = new Map<string, unknown[]>();
  /** Modals opened, by view id. */
  readonly views = new Map<string, { view: Record<string, unknown>; user: string | undefined }>();
  /** Bodies posted to response URLs, by URL id. */
  readonly responses: { id: string; body: Record<string, unknown> }[] = [];
  /** Files uploaded to the workspace, by id. */
  readonly files = new Map<string, FakeFile>();
  /** Files the app uploaded and shared (completed uploads), in order. */
  readonly uploads: FakeUpload[] = [];

  private readonly responseUrlIds = new Set<string>();
  private readonly failures: FailureRule[] = [];
  private faultProfile: FaultProfile | undefined;
  private readonly waiters = new Set<() => void>();
  private server: Server | undefined;
  private port = 0;
  private seq = 0;
  private tsCounter = 1_700_000_000;

  /** What the Web API areas work on: the fields above (the same maps and lists), and the upload URLs and triggers handed out. */
  private readonly workspace: FakeWorkspace = {
    users: this.users,
    channels: this.channels,
    messages: this.messages,
    files: this.files,
    uploads: this.uploads,
    pendingUploads: new Map(),
    views: this.views,
    homeViews: this.homeViews,
    triggers: new Map(),
    nextSeq: () => ++this.seq,
    nextTs: () => this.nextTs(),
    now: () => this.clock(),
    origin: () => `http://127.0.0.1:${this.port}`,
    record: (call) => {
      this.calls.push(call);
      this.notify();
    },
  };

  private readonly socketMode = new SocketModeServer(this.workspace);

  /** `clock`: what calls and messages are timed by (ms); the demo's simulated clock, else real time. */
  constructor(
    users: readonly FakeUser[] = [],
    private readonly clock: () => number = () => Date.now(),
  ) {
    this.addUser({ id: BOT.userId, name: 'peer-mentor', isBot: true });
    for (const user of users) this.addUser(user);
  }

  addUser(user: FakeUser): void {
    this.users.set(user.id, user);
  }

  /** Base URL for SLACK_API_URL. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req, res).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: false, error: 'fake_slack_crashed', detail: String(error) }));
      });
    });
    this.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => this.socketMode.upgrade(req, socket, head));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (server === undefined) return;
    this.server = undefined;
    this.socketMode.closeAll();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** A trigger id for a simulated click or command; views.open accepts it once. */
  newTriggerId(user?: string): string {
    const id = `${++this.seq}.${Date.now()}.${randomBytes(8).toString('hex')}`;
    this.workspace.triggers.set(id, { used: false, user });
    return id;
  }

  /** A response URL that records what the app posts to it. */
  newResponseUrl(): string {
    const id = randomBytes(8).toString('hex');
    this.responseUrlIds.add(id);
    return `http://127.0.0.1:${this.port}/response/${id}`;
  }

  /** How many apps are connected in Socket Mode now. */
  get socketModeConnections(): number {
    return this.socketMode.connected;
  }

  /**
   * Delivers an envelope to the app connected in Socket Mode (e.g. `slash_commands` with a command's payload,
   * `interactive`, `events_api`) and resolves with its ack; rejects if no app is connected or no ack comes in time.
   */
  sendEnvelope(type: EnvelopeType, payload: Record<string, unknown>, timeoutMs?: number): Promise<EnvelopeAck> {
    return this.socketMode.sendEnvelope(type, payload, timeoutMs);
  }

  /** Slack's `disconnect` message to the connected app: it reconnects with a new URL from apps.connections.open. */
  askAppToReconnect(reason?: string): void {
    this.socketMode.askToReconnect(reason);
  }

  /** Makes the next `times` calls of `method` (optionally only those matching `when`) fail as described. */
  failNext(method: string, failure: Failure, times = 1, when?: (args: Record<string, unknown>) => boolean): void {
    this.failures.push({ method, failure, remaining: times, ...(when ? { when } : {}) });
  }

  /**
   * Chaos: `profile` is asked about every Web API call that no `failNext` rule fails, and may fail it (e.g. at random,
   * from a seeded generator). Undefined stops it.
   */
  chaos(profile: FaultProfile | undefined): void {
    this.faultProfile = profile;
  }

  /** Seeds a channel, e.g. one the app created in an earlier run. */
  addChannel(channel: Partial<FakeChannel> & { id: string; name: string }): FakeChannel {
    return addChannelTo(this.workspace, channel);
  }

  /** Seeds an uploaded file; `files.info` describes it and its `url_private_download` serves it to the bot token. */
  addFile(file: { id: string; name: string; content: string | Buffer; filetype?: string; user?: string }): FakeFile {
    return addFileTo(this.workspace, file);
  }

  /** How a file object looks in files.info and in a view_submission's `files`. */
  fileObject(file: FakeFile): Record<string, unknown> {
    return fileObjectOf(this.workspace, file);
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method && c.ok);
  }

  /** Successful posts (chat.postMessage) to a channel id. */
  postsTo(channel: string): FakeMessage[] {
    return this.messages.filter((m) => m.channel === channel && m.ephemeralUser === undefined);
  }

  /** The DM channel between the bot and a user, if the app opened one. */
  dmWith(user: string): FakeChannel | undefined {
    return [...this.channels.values()].find((c) => c.isIm && c.members.includes(user));
  }

  /** Messages the app posted in its DM with a user. */
  dmsTo(user: string): FakeMessage[] {
    const dm = this.dmWith(user);
    return dm === undefined ? [] : this.postsTo(dm.id);
  }

  /** Waits until `predicate` holds over the recorded calls; fails after `timeoutMs` (never a fixed sleep). */
  async waitFor<T>(predicate: () => T | undefined | false, timeoutMs = 3_000, what = 'a Slack call'): Promise<T> {
    const first = predicate();
    if (first !== undefined && first !== false) return first;
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        const value = predicate();
        if (value !== undefined && value !== false) {
          cleanup();
          resolve(value);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; calls so far: ${this.calls.map((c) => c.method).join(', ')}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
    });
  }

  /** Waits for the `count`-th successful call to `method` matching `match`. */
  waitForCall(method: string, match: (args: Record<string, unknown>) => boolean = () => true, timeoutMs = 3_000, count = 1): Promise<RecordedCall> {
    return this.waitFor(() => this.callsTo(method).filter((c) => match(c.args))[count - 1], timeoutMs, `${method}`);
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const bytes = await readBytes(req);
    const raw = bytes.toString('utf8');
    if (url.pathname.startsWith('/upload/') && req.method === 'POST') {
      return receiveUpload(this.workspace, decodeURIComponent(url.pathname.slice('/upload/'.length)), bytes, req, res);
    }
    if (url.pathname.startsWith('/response/')) {
      const id = url.pathname.slice('/response/'.length);
      if (!this.responseUrlIds.has(id)) return send(res, 404, { ok: false, error: 'no_such_response_url' });
      this.responses.push({ id, body: JSON.parse(raw) as Record<string, unknown> });
      this.workspace.record({ method: 'response_url', args: JSON.parse(raw) as Record<string, unknown>, token: undefined, at: this.clock(), ok: true });
      return send(res, 200, { ok: true });
    }
    if (url.pathname.startsWith('/files/') && req.method === 'GET') {
      return serveFile(this.workspace, decodeURIComponent(url.pathname.split('/')[2] ?? ''), this.token, req, res);
    }
    if (!url.pathname.startsWith('/api/') || req.method !== 'POST') return send(res, 404, { ok: false, error: 'unknown_method' });
    const method = url.pathname.slice('/api/'.length);
    const args = parseArgs(raw, req.headers['content-type']);
    const token = bearerToken(req) || (args['token'] as string | undefined);
    const record = (ok: boolean, error?: string, lostAs?: string) => this.workspace.record({ method, args, token, at: this.clock(), ok, ...(error ? { error } : {}), ...(lostAs ? { lostAs } : {}) });

    const failure = takeFailure(this.failures, method, args) ?? this.faultProfile?.(method, args);
    if (failure !== undefined && failure.kind !== 'lost-answer' && !doesTheCall(failure)) return sendFailure(res, failure, record);
    if (method === 'apps.connections.open') {
      const result = token === this.appToken ? this.socketMode.open() : { ok: false, error: 'invalid_auth' };
      record(result['ok'] === true, typeof result['error'] === 'string' ? result['error'] : undefined);
      return send(res, 200, result);
    }
    if (token !== this.token) {
      record(false, 'invalid_auth');
      return send(res, 200, { ok: false, error: 'invalid_auth' });
    }
    const handler = this.methods[method];
    if (handler === undefined) {
      record(false, 'unknown_method');
      return send(res, 200, { ok: false, error: 'unknown_method' });
    }
    const result = handler(args);
    const lostAs = failure?.kind === 'http' ? `http_${failure.status}` : failure?.kind === 'lost-answer' ? (failure.afterMs === undefined ? 'lost answer' : 'hang') : undefined;
    record(result['ok'] === true, typeof result['error'] === 'string' ? result['error'] : undefined, lostAs);
    if (failure !== undefined) return failAfterTheCall(res, failure);
    send(res, 200, result);
  }

  private nextTs(): string {
    this.tsCounter += 1;
    return `${this.tsCounter}.${String(++this.seq).padStart(6, '0')}`;
  }

  private readonly methods: ApiMethods = {
    ...usersApi(this.workspace),
    ...conversationsApi(this.workspace),
    ...chatApi(this.workspace),
    ...filesApi(this.workspace),
    ...viewsApi(this.workspace),
  };
}
