import type { HttpAnswer } from './actor.js';
import type { FakeSlack } from '../../src/demo/slack-simulator/fake-slack.js';

/** What a person reads after a slash command: the ack's own text, else a reply posted to the command's response URL. */
export interface CommandAnswer {
  readonly text: string;
  readonly body: Record<string, unknown>;
  /** Where it came from. */
  readonly via: 'ack' | 'response_url';
  /** From sending the command to the answer. */
  readonly ms: number;
  /** The app's HTTP answer to the command (its ack). */
  readonly ack: HttpAnswer;
}

/**
 * Sends a command and waits for its answer: the ack when it carries text, else the first reply posted to a response
 * URL after the command was sent (matching `match`, when given). Commands are answered one at a time here, so the
 * first new reply is this command's.
 */
export async function commandAnswer(
  slack: FakeSlack,
  send: () => Promise<HttpAnswer>,
  options: { readonly match?: (text: string) => boolean; readonly timeoutMs?: number } = {},
): Promise<CommandAnswer> {
  const before = slack.responses.length;
  const started = Date.now();
  const ack = await send();
  const match = options.match ?? (() => true);
  const acked = ack.json?.['text'];
  if (typeof acked === 'string' && match(acked)) return { text: acked, body: ack.json!, via: 'ack', ms: ack.ms, ack };
  const reply = await slack.waitFor(
    () => slack.responses.slice(before).find((r) => match(String(r.body['text'] ?? ''))),
    options.timeoutMs ?? 3_000,
    'the reply to the command',
  );
  return { text: String(reply.body['text'] ?? ''), body: reply.body, via: 'response_url', ms: Date.now() - started, ack };
}
