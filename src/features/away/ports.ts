import type { MarkAwayOutcome } from './outcomes.js';

/** A mentor's time away, as their partner and mentees are told it. */
export interface AwayNotice {
  readonly mentorId: string;
  readonly start: string;
  readonly end: string;
  /** Who covers: the partner(s), or the faculty mentor on days when the partners are away too. */
  readonly coverIds: readonly string[];
}

/** What time away says in Slack (implemented in slack/away-notifier.ts). */
export interface AwayNotifier {
  /** Tells a Pair partner at once; `takenOver` counts the away mentor's claimed requests still waiting for an answer. */
  tellPartner(partnerId: string, notice: AwayNotice, takenOver: number): Promise<void>;
  /** Tells a Pair partner that the mentor's time away was ended early or called off. */
  tellPartnerBack(partnerId: string, mentorId: string): Promise<void>;
  /** Tells the mentees in the group's channel (never the mentor's note). */
  tellMentees(channelId: string, notice: AwayNotice): Promise<void>;
  /** The outcome, to a mentor who used the form (a modal has no reply of its own). */
  tellMentor(mentorId: string, outcome: MarkAwayOutcome): Promise<void>;
}
