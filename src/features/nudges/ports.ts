import type { PostedMessage } from '../../delivery/ports.js';
import type { Nudge } from './domain/nudge.js';
import type { ZoneCheck } from './domain/zone-refresh.js';

/** What nudges say in Slack (implemented in slack/nudge-notifier.ts). */
export interface NudgeNotifier {
  /** DMs one nudge to its recipient, never a request's description; rejects with a SendError when Slack refuses. */
  sendNudge(nudge: Nudge): Promise<PostedMessage>;
}

/** When people's time zones were last asked of Slack, and what it said. */
export interface ZoneCheckStore {
  findAll(): Promise<ZoneCheck[]>;
  /** Creates or replaces each person's check. */
  save(checks: readonly ZoneCheck[]): Promise<void>;
}
