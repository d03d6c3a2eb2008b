import type { Nudge } from '../../src/features/nudges/domain/nudge.js';
import { SendError, type PostedMessage } from '../../src/delivery/ports.js';
import type { NudgeNotifier } from '../../src/features/nudges/ports.js';

/**
 * A NudgeNotifier that records what it would have sent. `failNext` makes the next sends fail like Slack refusing;
 * `hangAfter(n)` lets n more sends through and then never answers again, like a process killed mid-send.
 */
export class RecordingNudgeNotifier implements NudgeNotifier {
  readonly sent: Nudge[] = [];
  private failures: SendError[] = [];
  private allowed = Infinity;
  /** Resolves when a send starts hanging. */
  hung: Promise<void> = new Promise(() => undefined);
  private markHung: () => void = () => undefined;
  private seq = 0;

  failNext(error: SendError, times = 1): void {
    for (let i = 0; i < times; i += 1) this.failures.push(error);
  }

  hangAfter(sends: number): void {
    this.allowed = sends;
    this.hung = new Promise((resolve) => (this.markHung = resolve));
  }

  async sendNudge(nudge: Nudge): Promise<PostedMessage> {
    const failure = this.failures.shift();
    if (failure !== undefined) throw failure;
    if (this.allowed <= 0) {
      this.markHung();
      return new Promise<PostedMessage>(() => undefined);
    }
    this.allowed -= 1;
    // A little delay, so that concurrent runs really overlap.
    await new Promise((resolve) => setTimeout(resolve, 3));
    this.sent.push(nudge);
    this.seq += 1;
    return { channel: `D${nudge.recipientId}`, ts: `1700000000.${String(this.seq).padStart(6, '0')}` };
  }

  keys(): string[] {
    return this.sent.map((n) => n.key).sort();
  }
}

export { SendError };
