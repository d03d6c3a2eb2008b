import type { ContactKind } from './contact.js';
import { COHORT_TRACK_NAME } from '../tracks.js';

/** A mentee's request for help and the rules of its life: deadline, who may act on it, and how. */

/** The program's topics (SPEC §3.3), in the order the form lists them: those of every track that declares none of its own. */
export const REQUEST_TOPICS = [
  'career_advice',
  'study_tips',
  'clinical_skills',
  'letter_of_recommendation',
  'shadowing',
  'research',
  'residency_application',
  'balance_wellbeing',
  'rotation',
  'other',
] as const;
export type ProgramRequestTopic = (typeof REQUEST_TOPICS)[number];
/** A topic's value: the program's, or one a track declares (program/request-topics.ts checks it against the tracks). */
export type RequestTopic = ProgramRequestTopic | (string & {});
/** What a topic's value may be (stored, and sent as a Slack option's value). */
export const TOPIC_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

export const URGENCIES = ['routine', 'this_week', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** How the mentee prefers to be reached; it sets the reply window. */
export const REACH_CHANNELS = ['slack', 'text_call', 'email'] as const;
export type ReachChannel = (typeof REACH_CHANNELS)[number];

/** The audiences of the roster's groups: the mentee's Mentor Pair, or (MD/PhD mentees) the MD/PhD peer mentors. */
export const AUDIENCES = ['cohort', 'mdphd'] as const;
export type GroupAudience = (typeof AUDIENCES)[number];
/**
 * Whom the request is for: a group audience, or the name of a track that pairs people by its own rules (e.g.
 * `clinical`: the mentee's current rotation mentors; see program/pairs.ts).
 */
export type RequestAudience = GroupAudience | (string & {});
/** What an audience may be: a group audience or a track's name (lower case). */
export const AUDIENCE_PATTERN = /^[a-z][a-z0-9_-]{0,39}$/;

/** True when the request went to mentors of a track's pairs, not of the roster's groups. */
export function isPairAudience(audience: RequestAudience): boolean {
  return !(AUDIENCES as readonly string[]).includes(audience);
}

/** The track whose mentors an audience is: a group audience's is the cohort track; a pair audience is its track's name. */
export function trackOfAudience(audience: RequestAudience): string {
  return isPairAudience(audience) ? audience : COHORT_TRACK_NAME;
}

export const DESCRIPTION_MAX = 2_000;

/**
 * Why a mentor closed a request nobody had answered yet (they must say): the mentee was reached another way, it
 * repeats another request, or it is not something for the mentors.
 */
export const CLOSE_REASONS = ['reached_another_way', 'duplicate', 'not_for_mentors'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export function isCloseReason(value: unknown): value is CloseReason {
  return (CLOSE_REASONS as readonly unknown[]).includes(value);
}

/** How a request ended: closed, withdrawn by the mentee, or moved to new mentors when the mentee changed group. */
export type RequestEnding = 'closed' | 'cancelled' | 'moved';

export type RequestStatus = 'open' | 'claimed' | 'responded' | RequestEnding;

/** Who the request went to: all the mentee's mentors, the partner alone (the other away), or the faculty mentor (all away). */
export type RoutedTo = 'mentors' | 'partner' | 'faculty';

export interface HelpRequest {
  readonly id: string;
  readonly menteeId: string;
  readonly topic: RequestTopic;
  readonly urgency: Urgency;
  readonly reach: ReachChannel;
  /** Private: shown only in the request's conversation; never logged, exported or shown elsewhere. */
  readonly description: string;
  readonly audience: RequestAudience;
  /** The people it was sent to: they, and only they, may claim it and respond. */
  readonly mentorIds: readonly string[];
  /**
   * Also in the request's conversation, without answering it: a pair track's safeguards (for a minor's pre-med pair,
   * an outreach coordinator, since an adult and a minor do not talk in private). Unset: none.
   */
  readonly witnessIds?: readonly string[];
  readonly routedTo: RoutedTo;
  /** The mentee's mentors who were away when it was sent (the others, or the faculty mentor, cover). */
  readonly coveringFor: readonly string[];
  /** The group DM of the mentee, the mentors and the app, and the request's message in it, once posted. */
  readonly channelId: string | undefined;
  readonly messageTs: string | undefined;
  readonly deadline: Date;
  readonly createdAt: Date;
  /** Unique: the modal's view id, so a double submit or a retried delivery stores one request. */
  readonly sourceKey: string;
  readonly claimedBy: string | undefined;
  readonly claimedAt: Date | undefined;
  readonly respondedBy: string | undefined;
  readonly respondedAt: Date | undefined;
  /**
   * Set when it ended: closed (by the mentee or a mentor), cancelled (by the mentee before any response), or moved
   * (the mentee changed group: a copy went to the new mentors, see `sourceKey` `moved:<id>`).
   */
  readonly closedAs: RequestEnding | undefined;
  readonly closedBy: string | undefined;
  readonly closedAt: Date | undefined;
  /** The mentee's word on whether it helped, when they said. */
  readonly helped: boolean | undefined;
  /** Why a mentor closed it before anyone answered (unset otherwise, and for requests closed before reasons were asked). */
  readonly closeReason?: CloseReason;
}

/** A request without its description: what digests, Home tabs and exports read (they never show it). */
export type RequestFacts = Omit<HelpRequest, 'description'>;

export type NewHelpRequest = Omit<
  HelpRequest,
  'id' | 'channelId' | 'messageTs' | 'claimedBy' | 'claimedAt' | 'respondedBy' | 'respondedAt' | 'closedAs' | 'closedBy' | 'closedAt' | 'helped' | 'closeReason'
>;

/**
 * The status follows from what happened, each written by the one caller who won that step: it can never go
 * backwards, whatever order concurrent clicks and events land in.
 */
export function requestStatus(request: Pick<HelpRequest, 'claimedBy' | 'respondedBy' | 'closedAs'>): RequestStatus {
  if (request.closedAs !== undefined) return request.closedAs;
  if (request.respondedBy !== undefined) return 'responded';
  if (request.claimedBy !== undefined) return 'claimed';
  return 'open';
}

export function isEnded(request: Pick<HelpRequest, 'closedAs'>): boolean {
  return request.closedAs !== undefined;
}

export interface RequestSettings {
  /** Reply window for Slack, texts and calls (SPEC: 24 h). */
  readonly replyHours: number;
  /** Reply window for e-mail (SPEC: 48 h). */
  readonly emailReplyHours: number;
}

/**
 * When a response is due: `createdAt` plus the program's window for how the mentee asked to be reached.
 * Windows are elapsed hours, so across a daylight-saving change the local clock time of the deadline moves by the hour.
 */
export function responseDeadline(createdAt: Date, reach: ReachChannel, settings: RequestSettings): Date {
  return new Date(createdAt.getTime() + replyHoursFor(reach, settings) * 3_600_000);
}

export function replyHoursFor(reach: ReachChannel, settings: RequestSettings): number {
  return reach === 'email' ? settings.emailReplyHours : settings.replyHours;
}

/** Whether a topic is a well-being topic, for a request to this audience. */
export type IsWellbeingTopic = (topic: RequestTopic, audience: RequestAudience | undefined) => boolean;

/** The program's well-being topic: balance and well-being (a track marks its own, program/request-topics.ts). */
export const isProgramWellbeingTopic: IsWellbeingTopic = (topic) => topic === 'balance_wellbeing';

/**
 * A request about well-being marked urgent: support resources at once, and the Faculty Mentor (a pair track's office)
 * told. Which topics are about well-being: the registry's (`RequestTopics.isWellbeing`), by default the program's.
 */
export function isUrgentWellbeing(
  request: { readonly topic: RequestTopic; readonly urgency: Urgency; readonly audience?: RequestAudience },
  isWellbeing: IsWellbeingTopic = isProgramWellbeingTopic,
): boolean {
  return request.urgency === 'urgent' && isWellbeing(request.topic, request.audience);
}

/** The contact a response counts as, by how the mentee asked to be reached. */
export function contactKindFor(reach: ReachChannel): ContactKind {
  return reach === 'email' ? 'email' : reach === 'text_call' ? 'text' : 'slack';
}

/** The buttons on a request's message. */
export const REQUEST_ACTIONS = ['claim', 'respond', 'close', 'close_helped', 'close_not_helped'] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

export type RequestRefusal =
  /** The actor is neither the mentee nor one of the request's mentors. */
  | 'not_involved'
  /** Claiming and responding are for the request's mentors. */
  | 'mentors_only'
  /** Saying whether it helped is for the mentee. */
  | 'mentee_only'
  | 'already_claimed'
  | 'already_responded'
  | 'already_ended';

export type RequestDecision =
  | { readonly kind: 'claim' }
  | { readonly kind: 'respond' }
  | { readonly kind: 'end'; readonly as: 'closed' | 'cancelled'; readonly helped: boolean | undefined; readonly reason?: CloseReason }
  /** A mentor closing a request nobody has answered yet: they must first say why (`CLOSE_REASONS`). */
  | { readonly kind: 'ask_reason' }
  | { readonly kind: 'refuse'; readonly reason: RequestRefusal };

/**
 * What a click means, or why it is refused. open → claimed → responded → closed, or cancelled by the mentee
 * before any response. Only the request's mentors claim or respond; the mentee or a mentor closes; only the
 * mentee cancels or says whether it helped. A mentor closing a request nobody has answered yet says why (`reason`);
 * without one they are asked for it; a reason given for an answered request is not kept.
 */
export function decideRequestAction(request: HelpRequest, action: RequestAction, actorId: string, reason?: CloseReason): RequestDecision {
  const isMentee = actorId === request.menteeId;
  const isMentor = request.mentorIds.includes(actorId);
  if (!isMentee && !isMentor) return { kind: 'refuse', reason: 'not_involved' };
  if (isEnded(request)) return { kind: 'refuse', reason: 'already_ended' };
  switch (action) {
    case 'claim':
      if (!isMentor) return { kind: 'refuse', reason: 'mentors_only' };
      if (request.respondedBy !== undefined) return { kind: 'refuse', reason: 'already_responded' };
      if (request.claimedBy !== undefined) return { kind: 'refuse', reason: 'already_claimed' };
      return { kind: 'claim' };
    case 'respond':
      if (!isMentor) return { kind: 'refuse', reason: 'mentors_only' };
      if (request.respondedBy !== undefined) return { kind: 'refuse', reason: 'already_responded' };
      return { kind: 'respond' };
    case 'close_helped':
    case 'close_not_helped':
      if (!isMentee) return { kind: 'refuse', reason: 'mentee_only' };
      return { kind: 'end', as: 'closed', helped: action === 'close_helped' };
    case 'close':
      // The mentee ending a request nobody has answered yet withdraws it; anyone else's close, or after a response, closes it.
      if (isMentee && !isMentor && request.respondedBy === undefined) return { kind: 'end', as: 'cancelled', helped: undefined };
      if (request.respondedBy === undefined) return reason === undefined ? { kind: 'ask_reason' } : { kind: 'end', as: 'closed', helped: undefined, reason };
      return { kind: 'end', as: 'closed', helped: undefined };
  }
}

/** The one step each decision takes: its key makes the step first-wins across double clicks and instances. */
export function transitionKey(requestId: string, kind: 'claim' | 'respond' | 'end'): string {
  return `request:${requestId}:${kind === 'claim' ? 'claimed' : kind === 'respond' ? 'responded' : 'ended'}`;
}

/** Slack message timestamps (`1700000000.000100`) as instants. */
export function slackTsToDate(ts: string): Date {
  return new Date(Math.round(Number(ts) * 1_000));
}

/** True when Slack timestamp `a` is later than `b`. */
export function isLaterTs(a: string, b: string): boolean {
  const [as, au = '0'] = a.split('.');
  const [bs, bu = '0'] = b.split('.');
  const sa = Number(as);
  const sb = Number(bs);
  return sa !== sb ? sa > sb : Number(au.padEnd(6, '0')) > Number(bu.padEnd(6, '0'));
}
