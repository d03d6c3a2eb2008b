import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

/** RFC 6455 §1.3: the GUID the server appends to the client's key to prove it read the handshake. */
const HANDSHAKE_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
/** A message larger than this is refused (close 1009); Socket Mode acks are small. */
const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;
/** How long a close waits for the peer's close frame before cutting the connection. */
const CLOSE_WAIT_MS = 1_000;

const OPCODE = { continuation: 0x0, text: 0x1, binary: 0x2, close: 0x8, ping: 0x9, pong: 0xa } as const;

/** The Sec-WebSocket-Accept value for a client's Sec-WebSocket-Key. */
export function acceptKeyFor(key: string): string {
  return createHash('sha1').update(`${key}${HANDSHAKE_GUID}`).digest('base64');
}

/** A server→client frame: FIN set, never masked (RFC 6455 §5.1), with a 7-bit, 16-bit or 64-bit length. */
export function encodeFrame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  let header: Buffer;
  if (length < 126) {
    header = Buffer.from([0x80 | opcode, length]);
  } else if (length < 65_536) {
    header = Buffer.alloc(4);
    header[1] = 126;
    header.writeUInt16BE(length, 2);
  } else {
    header = Buffer.alloc(10);
    header[1] = 127;
    header.writeBigUInt64BE(BigInt(length), 2);
  }
  header[0] = 0x80 | opcode;
  return Buffer.concat([header, payload]);
}

/** One frame read off the wire. */
export interface Frame {
  readonly fin: boolean;
  readonly opcode: number;
  readonly masked: boolean;
  /** Unmasked. */
  readonly payload: Buffer;
}

/**
 * The first whole frame at the start of `bytes`, and how many bytes it took; undefined when more bytes are needed.
 * Throws on a length no message may have.
 */
export function decodeFrame(bytes: Buffer): { frame: Frame; size: number } | undefined {
  if (bytes.length < 2) return undefined;
  const fin = (bytes[0]! & 0x80) !== 0;
  const opcode = bytes[0]! & 0x0f;
  const masked = (bytes[1]! & 0x80) !== 0;
  let length = bytes[1]! & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (bytes.length < 4) return undefined;
    length = bytes.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    if (bytes.length < 10) return undefined;
    const long = bytes.readBigUInt64BE(2);
    if (long > BigInt(MAX_MESSAGE_BYTES)) throw new FrameTooLargeError();
    length = Number(long);
    offset = 10;
  }
  if (length > MAX_MESSAGE_BYTES) throw new FrameTooLargeError();
  const maskAt = offset;
  if (masked) offset += 4;
  if (bytes.length < offset + length) return undefined;
  const payload = Buffer.from(bytes.subarray(offset, offset + length));
  if (masked) for (let i = 0; i < payload.length; i += 1) payload[i] = payload[i]! ^ bytes[maskAt + (i % 4)]!;
  return { frame: { fin, opcode, masked, payload }, size: offset + length };
}

export class FrameTooLargeError extends Error {
  override name = 'FrameTooLargeError';
}

/** What a connection tells its owner. */
export interface WebSocketHandlers {
  /** A whole text message (fragments joined). */
  onText(text: string): void;
  /** The connection is gone (closed by either side, or cut). */
  onClose(code: number | undefined): void;
}

/**
 * Completes the opening handshake of an HTTP upgrade request (RFC 6455 §4.2.2) and returns the connection, or answers
 * 400 and returns undefined when the request is no WebSocket handshake. `head`: bytes read past the request's headers.
 */
export function acceptWebSocket(req: IncomingMessage, socket: Duplex, head: Buffer, handlers: WebSocketHandlers): WebSocketConnection | undefined {
  const key = req.headers['sec-websocket-key'];
  if (req.method !== 'GET' || (req.headers.upgrade ?? '').toLowerCase() !== 'websocket' || typeof key !== 'string' || req.headers['sec-websocket-version'] !== '13') {
    refuseUpgrade(socket, 400, 'Bad Request');
    return undefined;
  }
  socket.write(['HTTP/1.1 101 Switching Protocols', 'Upgrade: websocket', 'Connection: Upgrade', `Sec-WebSocket-Accept: ${acceptKeyFor(key)}`, '', ''].join('\r\n'));
  return new WebSocketConnection(socket, head, handlers);
}

/** Answers an upgrade request with an HTTP error and closes the connection. */
export function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * A server's end of one WebSocket: sends unmasked text frames; reads the client's masked frames (7-, 16- and 64-bit
 * lengths, fragmented messages); answers pings with pongs and a close frame with a close frame, then ends the connection.
 */
export class WebSocketConnection {
  private buffered: Buffer = Buffer.alloc(0);
  private fragments: Buffer[] = [];
  private closeSent = false;
  private closed = false;

  constructor(
    private readonly socket: Duplex,
    head: Buffer,
    private readonly handlers: WebSocketHandlers,
  ) {
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('close', () => this.gone(undefined));
    socket.on('error', () => socket.destroy());
    if (head.length > 0) this.receive(head);
  }

  get isOpen(): boolean {
    return !this.closed && !this.closeSent;
  }

  sendText(text: string): void {
    if (!this.isOpen) throw new Error('the WebSocket is closed');
    this.socket.write(encodeFrame(OPCODE.text, Buffer.from(text, 'utf8')));
  }

  /** Starts the closing handshake; cuts the connection if the peer does not answer within a second. */
  close(code = 1000, reason = ''): void {
    if (this.closed) return;
    if (!this.closeSent) {
      this.closeSent = true;
      const payload = Buffer.alloc(2 + Buffer.byteLength(reason));
      payload.writeUInt16BE(code, 0);
      payload.write(reason, 2);
      this.socket.write(encodeFrame(OPCODE.close, payload));
    }
    const timer = setTimeout(() => this.socket.destroy(), CLOSE_WAIT_MS);
    timer.unref();
    this.socket.once('close', () => clearTimeout(timer));
  }

  /** Cuts the connection without a closing handshake (a network failure). */
  destroy(): void {
    this.socket.destroy();
  }

  private receive(chunk: Buffer): void {
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    for (;;) {
      let decoded: ReturnType<typeof decodeFrame>;
      try {
        decoded = decodeFrame(this.buffered);
      } catch {
        return this.fail(1009);
      }
      if (decoded === undefined) return;
      this.buffered = this.buffered.subarray(decoded.size);
      // RFC 6455 §5.1: a client masks every frame it sends; a server closes on one that is not.
      if (!decoded.frame.masked) return this.fail(1002);
      this.handle(decoded.frame);
      if (this.closed) return;
    }
  }

  private handle(frame: Frame): void {
    switch (frame.opcode) {
      case OPCODE.ping:
        if (!this.closeSent) this.socket.write(encodeFrame(OPCODE.pong, frame.payload));
        return;
      case OPCODE.pong:
        return;
      case OPCODE.close: {
        const code = frame.payload.length >= 2 ? frame.payload.readUInt16BE(0) : undefined;
        if (!this.closeSent) {
          this.closeSent = true;
          this.socket.write(encodeFrame(OPCODE.close, frame.payload.subarray(0, 2)));
        }
        this.socket.end();
        this.gone(code);
        return;
      }
      case OPCODE.text:
      case OPCODE.binary:
      case OPCODE.continuation: {
        this.fragments.push(frame.payload);
        if (!frame.fin) return;
        const message = Buffer.concat(this.fragments);
        this.fragments = [];
        this.handlers.onText(message.toString('utf8'));
        return;
      }
      default:
        this.fail(1002);
    }
  }

  /** Closes with a protocol error code. */
  private fail(code: number): void {
    this.close(code);
    this.socket.end();
    this.gone(code);
  }

  private gone(code: number | undefined): void {
    if (this.closed) return;
    this.closed = true;
    this.handlers.onClose(code);
  }
}
