import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log/logger.js';
import { createBoltLogger } from '../../src/slack/bolt-logger.js';

/** The Slack libraries' logger over our logger at `silly`, and the JSON lines it wrote. */
function bridged() {
  const lines: string[] = [];
  const stream = new Writable({ write: (c: Buffer, _e, done) => (lines.push(...c.toString().split('\n').filter((l) => l !== '')), done()) });
  const slack = createBoltLogger(createLogger({ level: 'silly', json: true, secrets: [], stream }));
  return { slack, lines: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('the Slack libraries’ logger', () => {
  it('drops their debug lines that carry payloads, even at silly, and keeps those known to carry none', () => {
    const { slack, lines } = bridged();
    slack.debug(`http request body: ${JSON.stringify({ channel: 'D1', blocks: [{ text: 'my private words' }] })}`);
    slack.debug(`ack() response sent (body: {"response_action":"errors","errors":{"x":"my private words"}})`);
    slack.debug('{"type":"view_submission","view":{"state":{"values":{"a":{"b":{"value":"my private words"}}}}}}');
    slack.debug('Received a message', { text: 'my private words' });
    slack.debug("apiCall('chat.postMessage') start");
    expect(lines()).toEqual([expect.objectContaining({ level: 'debug', message: "apiCall('chat.postMessage') start", component: 'bolt' })]);
  });

  it('passes the values of their other lines as fields, so that redaction sees the keys', () => {
    const { slack, lines } = bridged();
    slack.error('Slack API error: invalid_blocks', { data: { ok: false, error: 'invalid_blocks' }, args: { text: 'my private words', token: 'xoxb-1-2-3' } });
    const [line] = lines();
    expect(line).toMatchObject({ level: 'error', message: 'Slack API error: invalid_blocks', details: [{ data: { error: 'invalid_blocks' } }] });
    expect(JSON.stringify(line)).not.toMatch(/my private words|xoxb-1-2-3/);
  });
});
