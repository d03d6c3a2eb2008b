import type { PostedMessage } from '../../delivery/ports.js';

/** What the monthly pulse says in Slack (implemented in slack/pulse-notifier.ts). */
export interface PulseNotifier {
  /** DMs a mentee the month's pulse: "How are things going?" 1–5 and "I'd like to talk". */
  sendPulse(menteeId: string, month: string): Promise<PostedMessage>;
  /** Tells a mentor that a mentee would like to hear from them. Never the score. */
  tellMentorMenteeWantsContact(mentorId: string, menteeId: string): Promise<PostedMessage>;
}
