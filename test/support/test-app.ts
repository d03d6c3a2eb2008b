import { Writable } from 'node:stream';
import { startPeerMentor, type RunningApp } from '../../src/main.js';
import { uniqueDatabaseUri } from './database.js';
import { FakeSlack, type FakeUser } from './fake-slack/fake-slack.js';
import { slackSignatureHeaders } from './sign.js';

export const SIGNING_SECRET = 'e2e-signing-secret-0123456789abcdef';

export interface LogLine {
  readonly level: string;
  readonly message: string;
  readonly [key: string]: unknown;
}

export interface HttpAnswer {
  readonly status: number;
  readonly text: string;
  /** The body as JSON, when it is JSON. */
  readonly json: Record<string, unknown> | undefined;
  readonly ms: number;
}

export interface TestAppOptions {
  readonly label: string;
  readonly users?: readonly FakeUser[];
  /** Extra or overriding environment variables. */
  readonly env?: Readonly<Record<string, string>>;
  /** Reuse a fake Slack (e.g. across an app restart). */
  readonly slack?: FakeSlack;
  /** Reuse a database (e.g. across an app restart). */
  readonly mongoUri?: string;
}

/** The real composition root in HTTP mode on port 0, talking to a local fake Slack; requests signed like Slack's. */
export class TestApp {
  readonly logs: LogLine[] = [];

  private constructor(
    readonly slack: FakeSlack,
    readonly mongoUri: string,
    private running: RunningApp | undefined,
    private readonly ownsSlack: boolean,
  ) {}

  static async start(options: TestAppOptions): Promise<TestApp> {
    const slack = options.slack ?? (await new FakeSlack(options.users ?? []).start());
    const mongoUri = options.mongoUri ?? uniqueDatabaseUri(options.label);
    const env = {
      SLACK_BOT_TOKEN: slack.token,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      MONGODB_URI: mongoUri,
      PORT: '0',
      SCHEDULER_ENABLED: 'false',
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      ...options.env,
    };
    const app = new TestApp(slack, mongoUri, undefined, options.slack === undefined);
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n')) {
          if (line.trim() !== '') app.logs.push(JSON.parse(line) as LogLine);
        }
        done();
      },
    });
    app.running = await startPeerMentor(env, { logStream: stream });
    return app;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.running!.port}`;
  }

  /** Stops the app (and the fake Slack, unless it was given). */
  async stop(): Promise<void> {
    await this.running?.stop();
    this.running = undefined;
    if (this.ownsSlack) await this.slack.stop();
  }

  /** POSTs a raw body to /slack/events, signed unless `headers` say otherwise. */
  async postSigned(
    body: string,
    contentType: string,
    options: { secret?: string; timestamp?: number; headers?: Record<string, string> } = {},
  ): Promise<HttpAnswer> {
    const started = Date.now();
    const res = await fetch(`${this.baseUrl}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        ...slackSignatureHeaders(options.secret ?? SIGNING_SECRET, body, options.timestamp),
        ...options.headers,
      },
      body,
    });
    const text = await res.text();
    return { status: res.status, text, json: parseJson(text), ms: Date.now() - started };
  }

  /** A slash command as Slack sends it. */
  command(user: string, command: string, text = '', options: { channel?: string; secret?: string; timestamp?: number } = {}): Promise<HttpAnswer> {
    const body = new URLSearchParams({
      token: 'deprecated-verification-token',
      team_id: this.slack.bot.teamId,
      team_domain: 'peer-med',
      channel_id: options.channel ?? 'C0GENERAL',
      channel_name: 'general',
      user_id: user,
      user_name: this.slack.users.get(user)?.name ?? user,
      command,
      text,
      api_app_id: this.slack.bot.appId,
      is_enterprise_install: 'false',
      response_url: this.slack.newResponseUrl(),
      trigger_id: this.slack.newTriggerId(user),
    }).toString();
    return this.postSigned(body, 'application/x-www-form-urlencoded', options);
  }

  /** An interactivity payload (block_actions, view_submission, …) as Slack sends it. */
  interaction(payload: Record<string, unknown>): Promise<HttpAnswer> {
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    return this.postSigned(body, 'application/x-www-form-urlencoded');
  }

  /** An Events API callback; `eventId` lets a test repeat a delivery. */
  event(event: Record<string, unknown>, options: { eventId?: string; retryNum?: number } = {}): Promise<HttpAnswer> {
    const body = JSON.stringify({
      token: 'deprecated-verification-token',
      team_id: this.slack.bot.teamId,
      api_app_id: this.slack.bot.appId,
      type: 'event_callback',
      event_id: options.eventId ?? `Ev${Math.random().toString(36).slice(2, 12).toUpperCase()}`,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ enterprise_id: null, team_id: this.slack.bot.teamId, user_id: this.slack.bot.userId, is_bot: true, is_enterprise_install: false }],
      is_ext_shared_channel: false,
      event,
    });
    const headers: Record<string, string> = options.retryNum === undefined ? {} : { 'x-slack-retry-num': String(options.retryNum), 'x-slack-retry-reason': 'http_timeout' };
    return this.postSigned(body, 'application/json', { headers });
  }

  async get(path: string): Promise<HttpAnswer> {
    const started = Date.now();
    const res = await fetch(`${this.baseUrl}${path}`);
    const text = await res.text();
    return { status: res.status, text, json: parseJson(text), ms: Date.now() - started };
  }
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
