import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A person in the fake workspace. */
export interface FakeUser {
  readonly id: string;
  readonly name: string;
  readonly email?: string;
  /** IANA zone, as users.info gives it. */
  readonly tz?: string;
  readonly deleted?: boolean;
  readonly isBot?: boolean;
}

export interface FakeChannel {
  id: string;
  name: string;
  isPrivate: boolean;
  isIm: boolean;
  isMpim: boolean;
  members: string[];
  purpose: string;
  topic: string;
}

export interface FakeMessage {
  channel: string;
  ts: string;
  text: string;
  blocks: unknown[];
  threadTs?: string;
  /** Set for chat.postEphemeral. */
  ephemeralUser?: string;
  /** Files shared with the message (files.completeUploadExternal). */
  files?: string[];
}

/** A file someone uploaded (e.g. through a modal's file input), downloadable with the bot token. */
export interface FakeFile {
  readonly id: string;
  readonly name: string;
  readonly filetype: string;
  readonly content: Buffer;
  readonly user: string | undefined;
}

/** A file the app uploaded (files.getUploadURLExternal → upload → files.completeUploadExternal). */
export interface FakeUpload {
  readonly fileId: string;
  readonly filename: string;
  readonly title: string | undefined;
  /** The bytes sent to the upload URL. */
  readonly content: Buffer;
  /** Where it was shared, once completed. */
  readonly channel: string | undefined;
  readonly initialComment: string | undefined;
}

/** One Web API call as the app made it: method, parsed arguments (JSON fields decoded), token. */
export interface RecordedCall {
  readonly method: string;
  readonly args: Record<string, unknown>;
  readonly token: string | undefined;
  readonly at: number;
  /** What the fake answered. */
  readonly ok: boolean;
  readonly error?: string;
}

/** How the next matching call fails. */
export type Failure =
  | { readonly kind: 'ratelimited'; readonly retryAfter: number }
  | { readonly kind: 'error'; readonly error: string; readonly extra?: Record<string, unknown> }
  | { readonly kind: 'http'; readonly status: number };

interface FailureRule {
  readonly method: string;
  readonly failure: Failure;
  remaining: number;
  readonly when?: (args: Record<string, unknown>) => boolean;
}

const BOT = { userId: 'UBOTPEER', botId: 'BPEERMENTOR', teamId: 'T0PEERMED', appId: 'APEERMENTOR' } as const;

/**
 * A local stand-in for Slack's Web API: answers from a seeded workspace, records every call, hands out trigger
 * ids and response URLs that lead back to itself, and fails on demand (HTTP 429 with Retry-After, ok:false errors).
 */
export class FakeSlack {
  readonly bot = BOT;
  readonly token = 'xoxb-fake-peer-mentor-token';
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

  /** Upload URLs handed out and the bytes received on each, by file id. */
  private readonly pendingUploads = new Map<string, { filename: string; length: number; content: Buffer | undefined }>();

  private readonly triggers = new Map<string, { used: boolean; user: string | undefined }>();
  private readonly responseUrlIds = new Set<string>();
  private readonly failures: FailureRule[] = [];
  private readonly waiters = new Set<() => void>();
  private server: Server | undefined;
  private port = 0;
  private seq = 0;
  private tsCounter = 1_700_000_000;

  constructor(users: readonly FakeUser[] = []) {
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
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (server === undefined) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** A trigger id for a simulated click or command; views.open accepts it once. */
  newTriggerId(user?: string): string {
    const id = `${++this.seq}.${Date.now()}.${randomBytes(8).toString('hex')}`;
    this.triggers.set(id, { used: false, user });
    return id;
  }

  /** A response URL that records what the app posts to it. */
  newResponseUrl(): string {
    const id = randomBytes(8).toString('hex');
    this.responseUrlIds.add(id);
    return `http://127.0.0.1:${this.port}/response/${id}`;
  }

  /** Makes the next `times` calls of `method` (optionally only those matching `when`) fail as described. */
  failNext(method: string, failure: Failure, times = 1, when?: (args: Record<string, unknown>) => boolean): void {
    this.failures.push({ method, failure, remaining: times, ...(when ? { when } : {}) });
  }

  /** Seeds a channel, e.g. one the app created in an earlier run. */
  addChannel(channel: Partial<FakeChannel> & { id: string; name: string }): FakeChannel {
    const full: FakeChannel = { isPrivate: true, isIm: false, isMpim: false, members: [], purpose: '', topic: '', ...channel };
    this.channels.set(full.id, full);
    return full;
  }

  /** Seeds an uploaded file; `files.info` describes it and its `url_private_download` serves it to the bot token. */
  addFile(file: { id: string; name: string; content: string | Buffer; filetype?: string; user?: string }): FakeFile {
    const full: FakeFile = {
      id: file.id,
      name: file.name,
      filetype: file.filetype ?? (file.name.split('.').pop() ?? 'text'),
      content: typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content,
      user: file.user,
    };
    this.files.set(full.id, full);
    return full;
  }

  /** How a file object looks in files.info and in a view_submission's `files`. */
  fileObject(file: FakeFile): Record<string, unknown> {
    const url = `http://127.0.0.1:${this.port}/files/${file.id}/${encodeURIComponent(file.name)}`;
    return {
      id: file.id,
      name: file.name,
      title: file.name,
      filetype: file.filetype,
      mimetype: file.filetype === 'csv' ? 'text/csv' : 'text/plain',
      size: file.content.byteLength,
      user: file.user ?? '',
      url_private: url,
      url_private_download: url,
    };
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
      const fileId = decodeURIComponent(url.pathname.slice('/upload/'.length));
      const pending = this.pendingUploads.get(fileId);
      this.calls.push({ method: 'files.upload_url', args: { file: fileId, bytes: bytes.byteLength }, token: undefined, at: Date.now(), ok: pending !== undefined });
      this.notify();
      if (pending === undefined) return send(res, 404, { ok: false, error: 'no_such_upload_url' });
      pending.content = await uploadedBytes(bytes, req.headers['content-type']);
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(`OK - ${pending.content.byteLength}`);
      return;
    }
    if (url.pathname.startsWith('/response/')) {
      const id = url.pathname.slice('/response/'.length);
      if (!this.responseUrlIds.has(id)) return send(res, 404, { ok: false, error: 'no_such_response_url' });
      this.responses.push({ id, body: JSON.parse(raw) as Record<string, unknown> });
      this.calls.push({ method: 'response_url', args: JSON.parse(raw) as Record<string, unknown>, token: undefined, at: Date.now(), ok: true });
      this.notify();
      return send(res, 200, { ok: true });
    }
    if (url.pathname.startsWith('/files/') && req.method === 'GET') {
      const file = this.files.get(decodeURIComponent(url.pathname.split('/')[2] ?? ''));
      const authorized = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '') === this.token;
      this.calls.push({ method: 'files.download', args: { file: file?.id }, token: authorized ? this.token : undefined, at: Date.now(), ok: authorized && file !== undefined });
      this.notify();
      if (!authorized) return send(res, 403, { ok: false, error: 'not_authed' });
      if (file === undefined) return send(res, 404, { ok: false, error: 'file_not_found' });
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(file.content);
      return;
    }
    if (!url.pathname.startsWith('/api/') || req.method !== 'POST') return send(res, 404, { ok: false, error: 'unknown_method' });
    const method = url.pathname.slice('/api/'.length);
    const args = parseArgs(raw, req.headers['content-type']);
    const token = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '') || (args['token'] as string | undefined);

    const record = (ok: boolean, error?: string) => {
      this.calls.push({ method, args, token, at: Date.now(), ok, ...(error ? { error } : {}) });
      this.notify();
    };

    const rule = this.failures.find((f) => f.method === method && f.remaining > 0 && (f.when === undefined || f.when(args)));
    if (rule !== undefined) {
      rule.remaining -= 1;
      const failure = rule.failure;
      if (failure.kind === 'ratelimited') {
        record(false, 'ratelimited');
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(failure.retryAfter) });
        res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
        return;
      }
      if (failure.kind === 'http') {
        record(false, `http_${failure.status}`);
        res.writeHead(failure.status, { 'content-type': 'text/plain' });
        res.end('fake failure');
        return;
      }
      record(false, failure.error);
      return send(res, 200, { ok: false, error: failure.error, ...failure.extra });
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
    record(result['ok'] === true, typeof result['error'] === 'string' ? result['error'] : undefined);
    send(res, 200, result);
  }

  private nextTs(): string {
    this.tsCounter += 1;
    return `${this.tsCounter}.${String(++this.seq).padStart(6, '0')}`;
  }

  private userObject(user: FakeUser) {
    return {
      id: user.id,
      team_id: BOT.teamId,
      name: user.name,
      real_name: user.name,
      deleted: user.deleted ?? false,
      is_bot: user.isBot ?? false,
      tz: user.tz ?? 'America/New_York',
      tz_label: user.tz ?? 'America/New_York',
      tz_offset: 0,
      profile: { real_name: user.name, display_name: user.name, ...(user.email ? { email: user.email } : {}) },
    };
  }

  private channelObject(channel: FakeChannel) {
    return {
      id: channel.id,
      name: channel.name,
      is_channel: !channel.isPrivate && !channel.isIm && !channel.isMpim,
      is_group: channel.isPrivate,
      is_private: channel.isPrivate,
      is_im: channel.isIm,
      is_mpim: channel.isMpim,
      is_member: channel.members.includes(BOT.userId),
      purpose: { value: channel.purpose },
      topic: { value: channel.topic },
      num_members: channel.members.length,
    };
  }

  private readonly methods: Record<string, (args: Record<string, unknown>) => Record<string, unknown>> = {
    'auth.test': () => ({ ok: true, url: 'https://peer-med.slack.com/', team: 'Peer Med', user: 'peer-mentor', team_id: BOT.teamId, user_id: BOT.userId, bot_id: BOT.botId }),
    'users.info': (args) => {
      const user = this.users.get(String(args['user']));
      return user === undefined ? { ok: false, error: 'user_not_found' } : { ok: true, user: this.userObject(user) };
    },
    'users.lookupByEmail': (args) => {
      const email = String(args['email'] ?? '').toLowerCase();
      const user = [...this.users.values()].find((u) => u.email?.toLowerCase() === email);
      return user === undefined ? { ok: false, error: 'users_not_found' } : { ok: true, user: this.userObject(user) };
    },
    'conversations.create': (args) => {
      const name = String(args['name'] ?? '');
      if (name === '') return { ok: false, error: 'invalid_name_required' };
      if (name.length > 80) return { ok: false, error: 'invalid_name_maxlength' };
      if (!/^[a-z0-9_-]+$/.test(name)) return { ok: false, error: 'invalid_name_specials' };
      if ([...this.channels.values()].some((c) => c.name === name)) return { ok: false, error: 'name_taken' };
      const channel = this.addChannel({ id: `C${String(++this.seq).padStart(8, '0')}`, name, isPrivate: args['is_private'] === true || args['is_private'] === 'true', members: [BOT.userId] });
      return { ok: true, channel: this.channelObject(channel) };
    },
    'conversations.invite': (args) => {
      const channel = this.channels.get(String(args['channel']));
      if (channel === undefined) return { ok: false, error: 'channel_not_found' };
      if (!channel.members.includes(BOT.userId)) return { ok: false, error: 'not_in_channel' };
      const users = csv(args['users']);
      if (users.length === 0) return { ok: false, error: 'no_user' };
      const errors: { user: string; ok: false; error: string }[] = [];
      for (const user of users) {
        if (user === BOT.userId) errors.push({ user, ok: false, error: 'cant_invite_self' });
        else if (!this.users.has(user)) errors.push({ user, ok: false, error: 'user_not_found' });
        else if (channel.members.includes(user)) errors.push({ user, ok: false, error: 'already_in_channel' });
      }
      for (const user of users) if (this.users.has(user) && !channel.members.includes(user) && user !== BOT.userId) channel.members.push(user);
      if (errors.length > 0 && args['force'] !== true && args['force'] !== 'true') {
        return { ok: false, error: errors[0]!.error, errors };
      }
      return { ok: true, channel: this.channelObject(channel) };
    },
    'conversations.kick': (args) => {
      const channel = this.channels.get(String(args['channel']));
      if (channel === undefined) return { ok: false, error: 'channel_not_found' };
      const user = String(args['user']);
      if (!channel.members.includes(user)) return { ok: false, error: 'not_in_channel' };
      channel.members = channel.members.filter((m) => m !== user);
      return { ok: true };
    },
    'conversations.open': (args) => {
      const users = csv(args['users']).filter((u) => u !== BOT.userId);
      if (users.length === 0) return { ok: false, error: 'users_list_not_supplied' };
      if (users.length > 8) return { ok: false, error: 'too_many_users' };
      const unknown = users.find((u) => !this.users.has(u));
      if (unknown !== undefined) return { ok: false, error: 'user_not_found' };
      const members = [...users, BOT.userId].sort();
      const isIm = users.length === 1;
      const existing = [...this.channels.values()].find((c) => (c.isIm || c.isMpim) && sameMembers(c.members, members));
      if (existing !== undefined) return { ok: true, no_op: true, already_open: true, channel: { id: existing.id } };
      const id = `${isIm ? 'D' : 'G'}${String(++this.seq).padStart(8, '0')}`;
      this.addChannel({ id, name: isIm ? id : `mpdm-${users.join('--')}-1`, isPrivate: !isIm, isIm, isMpim: !isIm, members });
      return { ok: true, channel: { id } };
    },
    'conversations.info': (args) => {
      const channel = this.channels.get(String(args['channel']));
      return channel === undefined ? { ok: false, error: 'channel_not_found' } : { ok: true, channel: this.channelObject(channel) };
    },
    'conversations.members': (args) => {
      const channel = this.channels.get(String(args['channel']));
      return channel === undefined ? { ok: false, error: 'channel_not_found' } : { ok: true, members: [...channel.members], response_metadata: { next_cursor: '' } };
    },
    'conversations.setPurpose': (args) => {
      const channel = this.channels.get(String(args['channel']));
      if (channel === undefined) return { ok: false, error: 'channel_not_found' };
      const purpose = String(args['purpose'] ?? '');
      if (purpose.length > 250) return { ok: false, error: 'too_long' };
      channel.purpose = purpose;
      return { ok: true, channel: this.channelObject(channel) };
    },
    'chat.postMessage': (args) => {
      const channel = this.channels.get(String(args['channel']));
      if (channel === undefined) return { ok: false, error: 'channel_not_found' };
      if (!channel.members.includes(BOT.userId)) return { ok: false, error: 'not_in_channel' };
      const blocks = Array.isArray(args['blocks']) ? (args['blocks'] as unknown[]) : [];
      if (blocks.length > 50) return { ok: false, error: 'invalid_blocks' };
      if (args['text'] === undefined && blocks.length === 0) return { ok: false, error: 'no_text' };
      const message: FakeMessage = { channel: channel.id, ts: this.nextTs(), text: String(args['text'] ?? ''), blocks, ...(args['thread_ts'] ? { threadTs: String(args['thread_ts']) } : {}) };
      this.messages.push(message);
      return { ok: true, channel: channel.id, ts: message.ts, message: { text: message.text, blocks, ts: message.ts } };
    },
    'chat.postEphemeral': (args) => {
      const channel = this.channels.get(String(args['channel']));
      if (channel === undefined) return { ok: false, error: 'channel_not_found' };
      const user = String(args['user']);
      if (!channel.members.includes(user) && !channel.isIm) return { ok: false, error: 'user_not_in_channel' };
      const message: FakeMessage = { channel: channel.id, ts: this.nextTs(), text: String(args['text'] ?? ''), blocks: (args['blocks'] as unknown[]) ?? [], ephemeralUser: user };
      this.messages.push(message);
      return { ok: true, message_ts: message.ts };
    },
    'chat.update': (args) => {
      const message = this.messages.find((m) => m.channel === String(args['channel']) && m.ts === String(args['ts']));
      if (message === undefined) return { ok: false, error: 'message_not_found' };
      if (args['text'] !== undefined) message.text = String(args['text']);
      if (Array.isArray(args['blocks'])) message.blocks = args['blocks'] as unknown[];
      return { ok: true, channel: message.channel, ts: message.ts, text: message.text };
    },
    'files.info': (args) => {
      const file = this.files.get(String(args['file'] ?? ''));
      return file === undefined ? { ok: false, error: 'file_not_found' } : { ok: true, file: this.fileObject(file) };
    },
    'files.getUploadURLExternal': (args) => {
      const filename = String(args['filename'] ?? '');
      const length = Number(args['length']);
      if (filename === '' || !Number.isInteger(length) || length < 0) return { ok: false, error: 'invalid_arguments' };
      const fileId = `F${String(++this.seq).padStart(8, '0')}`;
      this.pendingUploads.set(fileId, { filename, length, content: undefined });
      return { ok: true, upload_url: `http://127.0.0.1:${this.port}/upload/${fileId}`, file_id: fileId };
    },
    'files.completeUploadExternal': (args) => {
      const files = Array.isArray(args['files']) ? (args['files'] as { id?: string; title?: string }[]) : [];
      if (files.length === 0) return { ok: false, error: 'invalid_arguments' };
      const channelId = args['channel_id'] === undefined ? undefined : String(args['channel_id']);
      const channel = channelId === undefined ? undefined : this.channels.get(channelId);
      if (channelId !== undefined && channel === undefined) return { ok: false, error: 'channel_not_found' };
      if (channel !== undefined && !channel.members.includes(BOT.userId)) return { ok: false, error: 'not_in_channel' };
      for (const file of files) {
        const pending = this.pendingUploads.get(String(file.id));
        if (pending?.content === undefined) return { ok: false, error: 'file_not_found' };
        if (pending.content.byteLength !== pending.length) return { ok: false, error: 'file_upload_size_mismatch' };
      }
      const comment = args['initial_comment'] === undefined ? undefined : String(args['initial_comment']);
      const shared = files.map((file) => {
        const id = String(file.id);
        const pending = this.pendingUploads.get(id)!;
        this.pendingUploads.delete(id);
        const upload: FakeUpload = { fileId: id, filename: pending.filename, title: file.title, content: pending.content!, channel: channelId, initialComment: comment };
        this.uploads.push(upload);
        this.addFile({ id, name: pending.filename, content: pending.content!, user: BOT.userId });
        return { id, title: file.title ?? pending.filename, name: pending.filename };
      });
      if (channel !== undefined) this.messages.push({ channel: channel.id, ts: this.nextTs(), text: comment ?? '', blocks: [], files: shared.map((f) => f.id) });
      return { ok: true, files: shared };
    },
    'views.open': (args) => this.openView(args, 'views.open'),
    'views.push': (args) => this.openView(args, 'views.push'),
    'views.update': (args) => {
      const id = String(args['view_id'] ?? '');
      const existing = this.views.get(id);
      if (existing === undefined) return { ok: false, error: 'not_found' };
      const view = asObject(args['view']);
      this.views.set(id, { view, user: existing.user });
      return { ok: true, view: { id, ...view } };
    },
    'views.publish': (args) => {
      const user = String(args['user_id'] ?? '');
      if (!this.users.has(user)) return { ok: false, error: 'user_not_found' };
      const view = asObject(args['view']);
      if (view['type'] !== 'home') return { ok: false, error: 'invalid_arguments' };
      const list = this.homeViews.get(user) ?? [];
      list.push(view);
      this.homeViews.set(user, list);
      return { ok: true, view: { id: `VH${user}`, ...view } };
    },
  };

  private openView(args: Record<string, unknown>, method: string): Record<string, unknown> {
    const triggerId = String(args['trigger_id'] ?? '');
    const trigger = this.triggers.get(triggerId);
    if (trigger === undefined) return { ok: false, error: 'invalid_trigger_id' };
    if (trigger.used) return { ok: false, error: 'exchanged_trigger_id' };
    trigger.used = true;
    const view = asObject(args['view']);
    if (Array.isArray(view['blocks']) && view['blocks'].length > 100) return { ok: false, error: 'invalid_arguments' };
    const id = `V${String(++this.seq).padStart(8, '0')}`;
    this.views.set(id, { view, user: trigger.user });
    void method;
    return { ok: true, view: { id, hash: `h${this.seq}`, ...view } };
  }
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().every((m, i) => m === [...b].sort()[i]);
}

function csv(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return String(value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function asObject(value: unknown): Record<string, unknown> {
  if (typeof value === 'string') return JSON.parse(value) as Record<string, unknown>;
  return (value ?? {}) as Record<string, unknown>;
}

/** Form fields; values that are JSON (blocks, view, …) decoded, as web-api encodes them. */
function parseArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if ((contentType ?? '').includes('application/json')) return raw === '' ? {} : (JSON.parse(raw) as Record<string, unknown>);
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = /^[[{]/.test(value) ? tryJson(value) : value === 'true' ? true : value === 'false' ? false : value;
  }
  return out;
}

function tryJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function readBytes(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The file's bytes from an upload: the raw body, or the (first) file part of a multipart form. */
async function uploadedBytes(body: Buffer, contentType: string | undefined): Promise<Buffer> {
  if (!(contentType ?? '').startsWith('multipart/form-data')) return body;
  const form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType! } }).formData();
  for (const value of form.values()) {
    if (typeof value !== 'string') return Buffer.from(await value.arrayBuffer());
  }
  const first = form.values().next();
  return Buffer.from(first.done === true ? '' : String(first.value));
}

function send(res: ServerResponse, status: number, body: Record<string, unknown>): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
