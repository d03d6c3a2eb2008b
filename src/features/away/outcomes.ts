import type { Away, AwayProblem } from '../../program/records/away.js';

export type StartAwayOutcome =
  | { readonly kind: 'not_a_mentor'; readonly adminIds: readonly string[] }
  /** Open the form, its date pickers starting at `today` in the mentor's zone. */
  | { readonly kind: 'form'; readonly today: string };

export interface AwayInput {
  readonly mentorId: string;
  readonly start: string;
  readonly end: string;
  /** Private: seen only by the mentor. */
  readonly note: string | undefined;
  readonly tellMentees: boolean;
  /** The modal's view id or the command's trigger id: one entry per submission. */
  readonly sourceKey: string;
  /** Tell the mentor the outcome by DM (the form has no reply of its own); the command answers itself. */
  readonly replyByDm: boolean;
}

export type MarkAwayOutcome =
  | { readonly kind: 'not_a_mentor'; readonly adminIds: readonly string[] }
  | { readonly kind: 'invalid'; readonly problem: AwayProblem; readonly today: string }
  /** The same window was marked before: nothing new was stored or sent. */
  | { readonly kind: 'already'; readonly away: Away }
  | {
      readonly kind: 'marked';
      readonly away: Away;
      readonly partnerIds: readonly string[];
      readonly facultyIds: readonly string[];
      /** Days (as ranges) when every partner is away too, or has none: requests then reach the faculty mentor. */
      readonly uncovered: readonly (readonly [string, string])[];
      /** Whether the mentees were told: in the group channel, not (the group has no channel yet), or not asked. */
      readonly mentees: 'told' | 'no_channel' | 'not_asked';
    };

export type CancelAwayOutcome =
  | { readonly kind: 'not_a_mentor'; readonly adminIds: readonly string[] }
  | { readonly kind: 'nothing_to_cancel' }
  | { readonly kind: 'cancelled'; readonly windows: readonly { readonly start: string; readonly end: string }[]; readonly partnerIds: readonly string[] };
