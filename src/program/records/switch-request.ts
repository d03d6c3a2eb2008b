/** A request to move a mentee to another mentoring group (SPEC §3.10): the record switching writes and reports read. */

/** What the mentee asks to change. Only the mentoring group for now (the Pair comes with the group). */
export const SWITCH_SUBJECTS = ['group'] as const;
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

export interface SwitchRequest {
  readonly id: string;
  readonly menteeId: string;
  /** The mentee, or the peer mentor who asked on the mentee's behalf. */
  readonly requestedBy: string;
  readonly requesterRole: SwitchRequesterRole;
  readonly subject: SwitchSubject;
  /** The mentee's cohort group when they asked. */
  readonly fromGroupId: string;
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
