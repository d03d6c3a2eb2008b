/** A request to move a mentee to another mentoring group (SPEC §3.10): the record switching writes and reports read. */

/**
 * What the mentee asks to change: their mentoring group (the Pair comes with the group), or the mentor of one of
 * their pairs in a track that pairs people by its own rules (a clinical rotation's mentor).
 */
export const SWITCH_SUBJECTS = ['group', 'mentor'] as const;
export type SwitchSubject = (typeof SWITCH_SUBJECTS)[number];

/** Why, as a category; in the order the form lists them. */
export const SWITCH_REASONS = ['schedule', 'communication', 'interests', 'personal', 'other'] as const;
export type SwitchReason = (typeof SWITCH_REASONS)[number];

export type SwitchStatus = 'open' | 'approved' | 'declined' | 'cancelled';
export type SwitchDecision = Exclude<SwitchStatus, 'open'>;

/** Who asked: the mentee themself, or one of their peer mentors handing them over. */
export type SwitchRequesterRole = 'mentee' | 'mentor';

/** Where a copy of the admins' message was posted, so every copy can be updated with the outcome. */
export interface AdminMessageLocation {
  readonly channelId: string;
  readonly ts: string;
}

/** The pair whose mentor a `mentor` request would change, as it was when asked (see program/pairs.ts). */
export interface SwitchPair {
  readonly track: string;
  readonly pairKey: string;
  /** The pair's version when asked: the change is written as the next one, once. */
  readonly version: number;
  readonly fromMentorId: string;
  /** What the pair is for, in words (e.g. the rotation). */
  readonly label: string;
}

export interface SwitchRequest {
  readonly id: string;
  readonly menteeId: string;
  /** The mentee, or the peer mentor who asked on the mentee's behalf. */
  readonly requestedBy: string;
  readonly requesterRole: SwitchRequesterRole;
  readonly subject: SwitchSubject;
  /** The mentee's cohort group when they asked; undefined for a change of a pair's mentor. */
  readonly fromGroupId: string | undefined;
  /** For a change of a pair's mentor (`subject` mentor): the pair; then the Office's choice once approved. */
  readonly pair?: SwitchPair;
  readonly targetMentorId?: string;
  readonly reason: SwitchReason;
  /** Private: seen only by admins; never logged, exported or shown to mentors. */
  readonly details: string | undefined;
  readonly preferredGroupId: string | undefined;
  /** Written once, by the caller that won the decision's claim. */
  readonly status: SwitchStatus;
  readonly decidedBy: string | undefined;
  readonly decidedAt: Date | undefined;
  readonly targetGroupId: string | undefined;
  /** The admin's message to the mentee, on decline. */
  readonly adminMessage: string | undefined;
  readonly adminMessages: readonly AdminMessageLocation[];
  readonly createdAt: Date;
  /** Unique: the form's view id, so a double submit or a retried delivery stores one request. */
  readonly sourceKey: string;
}

export type NewSwitchRequest = Omit<SwitchRequest, 'id' | 'status' | 'decidedBy' | 'decidedAt' | 'targetGroupId' | 'adminMessage' | 'adminMessages'>;
