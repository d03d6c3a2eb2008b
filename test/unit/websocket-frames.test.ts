import { duplexPair, type Duplex } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { acceptKeyFor, decodeFrame, encodeFrame, WebSocketConnection } from '../../src/demo/slack-simulator/websocket.js';

/** A client→server frame: masked, as RFC 6455 requires of clients. */
function clientFrame(opcode: number, payload: Buffer, fin = true): Buffer {
  const mask = Buffer.from([0x12, 0x34, 0x56, 0x78]);
  const masked = Buffer.from(payload.map((byte, i) => byte ^ mask[i % 4]!));
  const length = payload.length;
  const header = length < 126 ? Buffer.from([0, 0x80 | length]) : length < 65_536 ? Buffer.from([0, 0x80 | 126, length >> 8, length & 0xff]) : Buffer.concat([Buffer.from([0, 0x80 | 127]), bigLength(length)]);
  header[0] = (fin ? 0x80 : 0) | opcode;
  return Buffer.concat([header, mask, masked]);
}

const bigLength = (length: number) => {
  const bytes = Buffer.alloc(8);
  bytes.writeBigUInt64BE(BigInt(length));
  return bytes;
};

/** The frames the server wrote so far. */
function framesFrom(bytes: Buffer): { opcode: number; payload: Buffer; masked: boolean }[] {
  const frames = [];
  let rest = bytes;
  for (let decoded = decodeFrame(rest); decoded !== undefined; decoded = decodeFrame(rest)) {
    frames.push(decoded.frame);
    rest = rest.subarray(decoded.size);
  }
  return frames;
}

/** A server connection on one end of an in-memory pipe; the test is the client on the other. */
function connected() {
  const [server, client] = duplexPair() as [Duplex, Duplex];
  const texts: string[] = [];
  const closes: (number | undefined)[] = [];
  let written = Buffer.alloc(0);
  client.on('data', (chunk: Buffer) => (written = Buffer.concat([written, chunk])));
  const connection = new WebSocketConnection(server, Buffer.alloc(0), { onText: (t) => texts.push(t), onClose: (c) => closes.push(c) });
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return { connection, client, texts, closes, written: () => framesFrom(written), settle };
}

describe('the Slack simulator’s WebSocket frames (RFC 6455)', () => {
  it('proves the handshake with the key as the RFC’s example does', () => {
    expect(acceptKeyFor('dGhlIHNhbXBsZSBub25jZQ==')).toBe('s3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
  });

  it('sends unmasked frames with a 7-bit, 16-bit or 64-bit length', () => {
    expect([...encodeFrame(0x1, Buffer.from('hi'))]).toEqual([0x81, 2, 0x68, 0x69]);
    expect(encodeFrame(0x1, Buffer.alloc(125)).subarray(0, 2)).toEqual(Buffer.from([0x81, 125]));
    expect(encodeFrame(0x1, Buffer.alloc(300)).subarray(0, 4)).toEqual(Buffer.from([0x81, 126, 0x01, 0x2c]));
    expect(encodeFrame(0x1, Buffer.alloc(70_000)).subarray(0, 10)).toEqual(Buffer.from([0x81, 127, 0, 0, 0, 0, 0, 0x01, 0x11, 0x70]));
  });

  it.each([5, 300, 70_000])('reads a masked client frame of %i bytes, and waits for the rest of one cut short', (size) => {
    const payload = Buffer.from(Array.from({ length: size }, (_, i) => i % 251));
    const frame = clientFrame(0x1, payload);
    expect(decodeFrame(frame.subarray(0, frame.length - 1))).toBeUndefined();
    const decoded = decodeFrame(Buffer.concat([frame, Buffer.from([0x81])]));
    expect(decoded?.size).toBe(frame.length);
    expect(decoded?.frame).toMatchObject({ fin: true, opcode: 0x1, masked: true });
    expect(decoded?.frame.payload.equals(payload)).toBe(true);
  });

  it('joins a fragmented message, and answers a ping between its fragments with a pong', async () => {
    const { client, texts, written, settle } = connected();
    client.write(Buffer.concat([clientFrame(0x1, Buffer.from('{"envelope_'), false), clientFrame(0x9, Buffer.from('are you there'))]));
    client.write(clientFrame(0x0, Buffer.from('id":"e1"}')));
    await settle();
    expect(texts).toEqual(['{"envelope_id":"e1"}']);
    expect(written()).toEqual([expect.objectContaining({ opcode: 0xa, masked: false, payload: Buffer.from('are you there') })]);
  });

  it('answers the client’s close with a close, and reports the code', async () => {
    const { connection, client, closes, written, settle } = connected();
    client.write(clientFrame(0x8, Buffer.from([0x03, 0xe8])));
    await settle();
    expect(closes).toEqual([1000]);
    expect(written().map((f) => [f.opcode, f.payload.readUInt16BE(0)])).toEqual([[0x8, 1000]]);
    expect(connection.isOpen).toBe(false);
    expect(() => connection.sendText('late')).toThrow('closed');
  });

  it('closes with a protocol error on an unmasked frame from the client', async () => {
    const { client, texts, closes, written, settle } = connected();
    client.write(encodeFrame(0x1, Buffer.from('not masked')));
    await settle();
    expect(texts).toEqual([]);
    expect(closes).toEqual([1002]);
    expect(written().map((f) => [f.opcode, f.payload.readUInt16BE(0)])).toEqual([[0x8, 1002]]);
  });
});
