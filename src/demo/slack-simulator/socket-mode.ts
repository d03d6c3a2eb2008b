import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { BOT, type FakeWorkspace } from './fake-workspace.js';
import { acceptWebSocket, refuseUpgrade, type WebSocketConnection } from './websocket.js';

/** Where Socket Mode connections are opened on the simulator's own HTTP server. */
export const SOCKET_MODE_PATH = '/socket-mode/';

/** What Slack delivers over a Socket Mode connection. */
export type EnvelopeType = 'slash_commands' | 'interactive' | 'events_api';

/** The app's answer to an envelope: its id, and the response payload it carried (a command's reply, a view's errors). */
export interface EnvelopeAck {
  readonly envelope_id: string;
  readonly payload?: Record<string, unknown>;
}

/** How long `sendEnvelope` waits for the ack by default: Slack's three seconds, and some room. */
const ACK_TIMEOUT_MS = 5_000;

/**
 * Slack's Socket Mode, simulated: `apps.connections.open` hands the app a one-time WebSocket URL on the simulator; on
 * connecting, the app is greeted with `hello`; envelopes are sent to the app and its acks awaited. Every step is
 * recorded with the Web API calls: `socket_mode.hello`, `socket_mode.<type>` (with the ack), `socket_mode.closed`.
 */
export class SocketModeServer {
  /** URL ids handed out by apps.connections.open and not yet used. */
  private readonly tickets = new Set<string>();
  private readonly connections = new Set<WebSocketConnection>();
  private readonly pendingAcks = new Map<string, (ack: EnvelopeAck) => void>();

  constructor(private readonly ws: FakeWorkspace) {}

  /** apps.connections.open's answer: a URL the app may connect to once. */
  open(): Record<string, unknown> {
    const id = randomBytes(12).toString('hex');
    this.tickets.add(id);
    return { ok: true, url: `${this.ws.origin().replace(/^http/, 'ws')}${SOCKET_MODE_PATH}${id}` };
  }

  /** How many apps are connected now. */
  get connected(): number {
    return [...this.connections].filter((c) => c.isOpen).length;
  }

  /** The HTTP server's `upgrade` event: a URL handed out and not used yet is accepted and greeted; any other refused. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const id = url.pathname.startsWith(SOCKET_MODE_PATH) ? url.pathname.slice(SOCKET_MODE_PATH.length) : '';
    if (!this.tickets.delete(id)) return refuseUpgrade(socket, 404, 'Not Found');
    const connection = acceptWebSocket(req, socket, head, {
      onText: (text) => this.receive(text),
      onClose: (code) => {
        this.connections.delete(connection!);
        this.record('socket_mode.closed', { connection: id, ...(code === undefined ? {} : { code }) });
      },
    });
    if (connection === undefined) return;
    this.connections.add(connection);
    connection.sendText(
      JSON.stringify({
        type: 'hello',
        num_connections: this.connected,
        debug_info: { host: 'applink-simulator', build_number: 1, approximate_connection_time: 18_060 },
        connection_info: { app_id: BOT.appId },
      }),
    );
    this.record('socket_mode.hello', { connection: id });
  }

  /**
   * Sends an envelope to the connected app (the most recent connection, as Slack picks one) and resolves with its ack;
   * rejects when no app is connected, or when no ack comes within `timeoutMs`. The envelope is recorded as
   * `socket_mode.<type>` with its ack (ok), or as failed with `no_ack` or `not_connected`.
   */
  async sendEnvelope(type: EnvelopeType, payload: Record<string, unknown>, timeoutMs = ACK_TIMEOUT_MS): Promise<EnvelopeAck> {
    const envelopeId = `${randomBytes(4).toString('hex')}-${this.ws.nextSeq()}-${randomBytes(6).toString('hex')}`;
    const method = `socket_mode.${type}`;
    const connection = [...this.connections].reverse().find((c) => c.isOpen);
    if (connection === undefined) {
      this.record(method, { envelope_id: envelopeId, payload }, 'not_connected');
      throw new Error(`no app is connected in Socket Mode to take a ${type} envelope`);
    }
    const acked = new Promise<EnvelopeAck>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pendingAcks.delete(envelopeId);
        this.record(method, { envelope_id: envelopeId, payload }, 'no_ack');
        reject(new Error(`the app did not ack the ${type} envelope within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pendingAcks.set(envelopeId, (ack) => {
        clearTimeout(timer);
        this.pendingAcks.delete(envelopeId);
        this.record(method, { envelope_id: envelopeId, payload, ack: ack.payload ?? {} });
        resolve(ack);
      });
    });
    const retry = type === 'events_api' ? { retry_attempt: 0, retry_reason: '' } : {};
    connection.sendText(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api', ...retry }));
    return acked;
  }

  /** Slack's `disconnect` message (e.g. `refresh_requested`): the app is asked to reconnect with a new URL. */
  askToReconnect(reason = 'refresh_requested'): void {
    for (const connection of this.connections) if (connection.isOpen) connection.sendText(JSON.stringify({ type: 'disconnect', reason, debug_info: { host: 'applink-simulator' } }));
  }

  /** Closes every connection (the simulator stops). */
  closeAll(): void {
    for (const connection of this.connections) connection.destroy();
    this.connections.clear();
  }

  /** A message from the app: an ack names an envelope sent to it; anything else is ignored, as Slack ignores it. */
  private receive(text: string): void {
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      return;
    }
    if (typeof message !== 'object' || message === null) return;
    const { envelope_id: id, payload } = message as Record<string, unknown>;
    if (typeof id !== 'string') return;
    this.pendingAcks.get(id)?.({ envelope_id: id, ...(typeof payload === 'object' && payload !== null ? { payload: payload as Record<string, unknown> } : {}) });
  }

  private record(method: string, args: Record<string, unknown>, error?: string): void {
    this.ws.record({ method, args, token: undefined, at: this.ws.now(), ok: error === undefined, ...(error === undefined ? {} : { error }) });
  }
}
