import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log/logger.js';
import { REDACTED, redactText, redactValue } from '../../src/log/redact.js';

describe('redaction', () => {
  it('removes Slack tokens, signatures and database credentials from text', () => {
    const text = redactText('token xoxb-1234-5678-abcdEF and xapp-1-A0-99-ff sig v0=' + 'a'.repeat(64) + ' db mongodb://admin:hunter2@db.example/pm');
    expect(text).not.toMatch(/xoxb-1234|xapp-1-A0|hunter2|aaaaaaaa/);
    expect(text).toContain('mongodb://[redacted]@db.example/pm');
  });

  it('removes known secret values wherever they appear', () => {
    expect(redactText('secret is s3cr3t-value!', ['s3cr3t-value'])).toBe(`secret is ${REDACTED}!`);
  });

  it('withholds what people wrote and secrets by key, deeply', () => {
    const value = redactValue({ user: 'U1', token: 'abc', nested: { text: 'I am struggling', note: 'private', n: 3 }, list: [{ reason: 'x' }] });
    expect(value).toEqual({ user: 'U1', token: REDACTED, nested: { text: '[15 chars withheld]', note: '[7 chars withheld]', n: 3 }, list: [{ reason: '[1 chars withheld]' }] });
  });

  it('applies to every line the logger writes, JSON or readable', () => {
    for (const json of [true, false]) {
      const lines: string[] = [];
      const stream = new Writable({ write: (c: Buffer, _e, done) => (lines.push(c.toString()), done()) });
      const logger = createLogger({ level: 'info', json, secrets: ['signing-secret-123'], stream });
      logger.info('calling with xoxb-9-9-secret', { signing: 'signing-secret-123', event: { text: 'hello mentor' } });
      const out = lines.join('');
      expect(out).not.toMatch(/xoxb-9-9-secret|signing-secret-123|hello mentor/);
      if (json) expect(JSON.parse(out)).toMatchObject({ level: 'info', message: `calling with ${REDACTED}` });
    }
  });
});
