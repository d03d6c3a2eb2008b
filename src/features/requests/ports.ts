import type { HelpRequest } from '../../program/records/request.js';

/** A request as the people around it see it: each reader's time zone for its deadline. */
export interface RequestCard {
  readonly request: HelpRequest;
  /** Time zone of the mentee and of each responder (their own, else the program's). */
  readonly zones: ReadonlyMap<string, string>;
}

/** Why a submitted request could not be sent. `topic_not_offered`: the topic is not one of the chosen audience's track. */
export type RequestRefusedReason = 'not_a_mentee' | 'nobody_to_answer' | 'waiting_for_pair' | 'topic_not_offered';

/** A topic refused: the topic asked (its words) and the topics the chosen mentors take (theirs). */
export interface TopicRefusal {
  readonly asked: string;
  readonly offered: readonly string[];
}

/** What requests say in Slack (implemented in slack/request-notifier.ts). */
export interface RequestNotifier {
  /** Opens the group DM of the mentee, the responders and the app, posts the request with its buttons, and says where. */
  postRequest(card: RequestCard): Promise<{ channelId: string; messageTs: string }>;
  /** Shows the request's current state (and who acted) on its message. */
  updateRequest(card: RequestCard): Promise<void>;
  /** Tells the mentee whom it went to and by when they will hear, in the mentee's zone. */
  confirmToMentee(card: RequestCard): Promise<void>;
  /** The school's support resources, to a mentee who asked for urgent well-being help. */
  sendSupportResources(menteeId: string, text: string): Promise<void>;
  /** Tells a Faculty Mentor that a mentee asked for urgent support, and who was alerted; never the request's content. */
  alertFaculty(facultyId: string, menteeId: string, alertedIds: readonly string[]): Promise<void>;
  /**
   * Tells the person who submitted the form why nothing was sent, and whom to contact (`waiting`: a pair track's words;
   * `topic`: the topic refused and those offered).
   */
  tellRequestRefused(userId: string, reason: RequestRefusedReason, adminIds: readonly string[], waiting?: readonly string[], topic?: TopicRefusal): Promise<void>;
}
