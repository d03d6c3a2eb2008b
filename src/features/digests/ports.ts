import type { CohortDigest, MenteeLine } from '../../program/overview/build-digest.js';
import type { GroupLine, ProgramDigest } from '../../program/overview/build-program-digest.js';
import type { DigestPart } from '../../program/overview/split-rows.js';
import type { PostedMessage } from '../../delivery/ports.js';
import type { SlackMessage } from '../../slack/help-message.js';

/** What the weekly digests say in Slack (implemented in slack/digest-notifier.ts). */
export interface DigestNotifier {
  /**
   * DMs one part of a Faculty Mentor's digest: the first part has the summary and the lines the features add
   * (`extra`), every part its share of the mentees.
   */
  sendCohortDigest(recipientId: string, digest: CohortDigest, part: DigestPart<MenteeLine>, extra: readonly string[]): Promise<PostedMessage>;
  /** DMs one part of the program-wide digest to an admin: the first part has the totals and the features' lines, every part its share of the groups. */
  sendProgramDigest(recipientId: string, digest: ProgramDigest, part: DigestPart<GroupLine>, extra: readonly string[]): Promise<PostedMessage>;
  /** DMs a digest a feature contributed, as its source drew it. */
  sendMessage(recipientId: string, message: SlackMessage): Promise<PostedMessage>;
}
