import type { SwitchRequest, SwitchRequesterRole } from '../../../program/records/switch-request.js';
import { learningCommunityOf, type Group } from '../../../program/roster.js';
import type { TrackPair } from '../../../program/pairs.js';

/** The rules of a switch request's life (SPEC §3.10). */

/** Private details: up to this many characters, seen only by admins. */
export const SWITCH_DETAILS_MAX = 1_000;
/** The admin's message to the mentee when declining. */
export const SWITCH_MESSAGE_MAX = 1_000;
/** A group has room while it has fewer mentees than this (SWITCH_GROUP_CAPACITY overrides it). */
export const DEFAULT_GROUP_CAPACITY = 15;


/** The steps of a move after its approval, in order; each is claimed, so a rerun carries on where one failed. */
export const MOVE_STEPS = ['membership', 'requests', 'leave_channel', 'join_channel', 'introduction', 'former_mentors', 'mentee'] as const;
export type MoveStep = (typeof MOVE_STEPS)[number];

/**
 * The steps of an approved change of a pair's mentor, in order, each claimed once: the pair's next version, the
 * waiting requests, the track's introduction, then neutral notices to the former mentor, the new one and the mentee.
 */
export const PAIR_STEPS = ['assignment', 'requests', 'introduction', 'former_mentor', 'new_mentor', 'mentee'] as const;
export type PairStep = (typeof PAIR_STEPS)[number];

/** The claim that makes the first decision (approve, decline or cancel) the only one. */
export function decisionKey(requestId: string): string {
  return `switch:${requestId}:decision`;
}

/** A user id from a mention as Slack escapes it (`<@U123|sam>`, `<@U123>`), or a bare id. */
export function parseMention(text: string): string | undefined {
  const match = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$/.exec(text.trim()) ?? /^([UW][A-Z0-9]{2,})$/.exec(text.trim());
  return match?.[1];
}

/** The mentee whose group would change: their cohort group and its peer mentors, if they have one. */
export interface SwitchCircle {
  readonly menteeId: string;
  /** Undefined when the person is not (or no longer) a mentee of an active cohort group. */
  readonly groupId: string | undefined;
  readonly mentorIds: readonly string[];
}

export type AskRefusal =
  /** The person asking for themself is not a mentee of a cohort group (nor of a pair track). */
  | 'not_a_mentee'
  /** A mentee of a pair track with no current mentor: there is no one to change yet. */
  | 'waiting_for_pair'
  /** Someone asking for another person who is not one of that mentee's peer mentors (or who is not a mentee). */
  | 'not_their_mentor';

export type AskDecision = { readonly ok: true; readonly as: SwitchRequesterRole } | { readonly ok: false; readonly reason: AskRefusal };

/** Who may ask: a mentee for themself, or a peer mentor of the mentee's cohort group on the mentee's behalf. */
export function authorizeSwitchAsk(actorId: string, circle: SwitchCircle): AskDecision {
  if (actorId === circle.menteeId) return circle.groupId === undefined ? { ok: false, reason: 'not_a_mentee' } : { ok: true, as: 'mentee' };
  if (circle.groupId === undefined || !circle.mentorIds.includes(actorId)) return { ok: false, reason: 'not_their_mentor' };
  return { ok: true, as: 'mentor' };
}

/**
 * Who may ask to change a pair's mentor, and which pair: a mentee for themself (their soonest current pair), or the
 * pair's own mentor handing the mentee over (the pair they mentor). `pairs`: the mentee's current pairs, soonest first.
 */
export function authorizePairAsk<P extends Pick<TrackPair, 'menteeId' | 'mentorId'>>(
  actorId: string,
  menteeId: string,
  pairs: readonly P[],
): { readonly ok: true; readonly as: SwitchRequesterRole; readonly pair: P } | { readonly ok: false; readonly reason: 'no_pair' | 'not_their_mentor' } {
  const theirs = pairs.filter((p) => p.menteeId === menteeId && p.mentorId !== menteeId);
  if (actorId === menteeId) return theirs[0] === undefined ? { ok: false, reason: 'no_pair' } : { ok: true, as: 'mentee', pair: theirs[0] };
  const mentored = theirs.find((p) => p.mentorId === actorId);
  return mentored === undefined ? { ok: false, reason: 'not_their_mentor' } : { ok: true, as: 'mentor', pair: mentored };
}

export type SwitchAction = 'approve' | 'decline' | 'cancel' | 'finish';

export type SwitchRefusal =
  /** Approving, declining and finishing a move are for admins. */
  | 'admins_only'
  /** Cancelling is for the person who asked. */
  | 'requester_only'
  /** Decided (or cancelled) before: the first decision stands. */
  | 'already_decided'
  /** Finishing applies to an approved move only. */
  | 'not_approved';

/**
 * Whether an actor may take an action on a request. Authorization comes first (a non-admin is refused whatever the
 * state), then the state: only an open request can be decided, only an approved one finished.
 */
export function decideSwitchAction(
  request: Pick<SwitchRequest, 'status' | 'requestedBy'>,
  action: SwitchAction,
  actor: { readonly id: string; readonly isAdmin: boolean },
): { readonly ok: true } | { readonly ok: false; readonly reason: SwitchRefusal } {
  if (action === 'cancel') {
    if (actor.id !== request.requestedBy) return { ok: false, reason: 'requester_only' };
  } else if (!actor.isAdmin) {
    return { ok: false, reason: 'admins_only' };
  }
  if (action === 'finish') return request.status === 'approved' ? { ok: true } : { ok: false, reason: 'not_approved' };
  return request.status === 'open' ? { ok: true } : { ok: false, reason: 'already_decided' };
}

/** A group and how many people it has now, by role. */
export interface GroupLoad {
  readonly group: Group;
  readonly mentees: number;
  readonly mentors: number;
}

/** A group a mentee could move to. */
export interface TargetGroup {
  readonly group: Group;
  readonly mentees: number;
  /** In the same Learning Community as the mentee's current group. */
  readonly sameCommunity: boolean;
}

/**
 * The groups a mentee could move to, best first: active cohort groups other than the current one, with a peer
 * mentor and with room (fewer mentees than `capacity`); the same Learning Community first, then the fewest mentees,
 * then by name.
 */
export function rankTargetGroups(from: Pick<Group, 'id' | 'name'> | undefined, loads: readonly GroupLoad[], capacity: number): TargetGroup[] {
  const community = from === undefined ? undefined : learningCommunityOf(from.name);
  return loads
    .filter((l) => l.group.active && l.group.kind === 'cohort' && l.group.id !== from?.id && l.mentors > 0 && l.mentees < capacity)
    .map((l) => ({ group: l.group, mentees: l.mentees, sameCommunity: community !== undefined && learningCommunityOf(l.group.name) === community }))
    .sort((a, b) => Number(b.sameCommunity) - Number(a.sameCommunity) || a.mentees - b.mentees || a.group.name.localeCompare(b.group.name));
}

/** The group offered first to admins: the mentee's preference when it has room, else the best ranked. */
export function defaultTarget(preferredGroupId: string | undefined, ranked: readonly TargetGroup[]): TargetGroup | undefined {
  return ranked.find((t) => t.group.id === preferredGroupId) ?? ranked[0];
}

export type TargetRefusal =
  /** The group chosen is the mentee's current one. */
  | 'same_group'
  /** The group chosen has no room now (or is not an active cohort group with a mentor). */
  | 'no_room'
  /** No group was chosen and none has room. */
  | 'no_target'
  /** The mentor chosen for a pair is not among those who could take it now (full, not agreed, or the current one). */
  | 'not_eligible';

/** Checks an admin's choice against the groups with room now. */
export function checkTarget(
  fromGroupId: string,
  targetGroupId: string | undefined,
  ranked: readonly TargetGroup[],
): { readonly ok: true; readonly target: TargetGroup } | { readonly ok: false; readonly reason: TargetRefusal } {
  if (targetGroupId === undefined) return { ok: false, reason: 'no_target' };
  if (targetGroupId === fromGroupId) return { ok: false, reason: 'same_group' };
  const target = ranked.find((t) => t.group.id === targetGroupId);
  return target === undefined ? { ok: false, reason: 'no_room' } : { ok: true, target };
}
