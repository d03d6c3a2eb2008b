import type { Group } from '../../program/roster.js';
import type { SwitchReason, SwitchRequest } from '../../program/records/switch-request.js';
import type { AskRefusal, MoveStep, PairStep, SwitchRefusal, TargetGroup, TargetRefusal } from './domain/switch.js';
import type { PairAlternative, TrackPair } from '../../program/pairs.js';

/** The Office's view of a change of a pair's mentor (a clinical rotation's): the pair, and the mentors who could take it. */
export interface PairCard {
  /** Who decides, in the track's words ("the Clinical Office"). */
  readonly office: string;
  /** The pair's mentor as a mentee reads it ("rotation mentor"). */
  readonly mentorWord: string;
  /** Said instead of the alternatives when there are none, in the track's words. */
  readonly noAlternatives: string;
  /** While open: the other eligible mentors, best first (empty once decided). */
  readonly alternatives: readonly PairAlternative[];
  /** The alternatives' names (a select's options are plain text). */
  readonly names: ReadonlyMap<string, string>;
  /** The mentor offered first in the Office's choice. */
  readonly suggestedMentorId: string | undefined;
  /** For an approved change: the steps still to finish. */
  readonly unfinished: readonly PairStep[];
}

/** The admins' view of a request: everything they need to decide, in one place. */
export interface SwitchCard {
  readonly request: SwitchRequest;
  readonly menteeName: string;
  readonly fromGroup: Group | undefined;
  /** Peer mentors of the mentee's current (or, once moved, former) group. */
  readonly fromMentorIds: readonly string[];
  readonly preferredGroup: Group | undefined;
  readonly targetGroup: Group | undefined;
  /** Groups with room now, best first. */
  readonly targets: readonly TargetGroup[];
  /** The group offered first in the admins' choice. */
  readonly suggestedGroupId: string | undefined;
  /** For an approved move: the steps still to finish (a failed Slack call), empty when the move is complete. */
  readonly unfinished: readonly MoveStep[];
  /** The zone dates are shown in (the program's). */
  readonly zone: string;
  /** For a change of a pair's mentor (the request's `pair`): what the Office needs. */
  readonly pair?: PairCard;
}

export type StartSwitchOutcome =
  | { readonly kind: 'refused'; readonly reason: AskRefusal; readonly adminIds: readonly string[]; /** A pair track's words, for `waiting_for_pair`. */ readonly waiting?: readonly string[] }
  /** The mentee has a request open already; `mine` when the person asking made it (and may cancel it). */
  | { readonly kind: 'already_open'; readonly request: SwitchRequest; readonly mine: boolean; /** The asker's zone, for its date. */ readonly zone: string }
  /** Open the form. `asMentor` when a peer mentor asks on the mentee's behalf. */
  | {
      readonly kind: 'form';
      readonly menteeId: string;
      readonly menteeName: string;
      readonly asMentor: boolean;
      readonly fromGroupName: string;
      readonly targets: readonly TargetGroup[];
    }
  /** Open the form for a change of a pair's mentor (e.g. a clinical rotation's), decided by the track's office. */
  | {
      readonly kind: 'pair_form';
      readonly menteeId: string;
      readonly menteeName: string;
      readonly asMentor: boolean;
      readonly pair: TrackPair;
      readonly office: string;
      readonly mentorWord: string;
    };

export interface SwitchSubmission {
  readonly actorId: string;
  readonly menteeId: string;
  /** The form's view id: one request per form, however often it is submitted or delivered. */
  readonly viewId: string;
  readonly reason: SwitchReason;
  /** Private: for admins only. */
  readonly details: string | undefined;
  readonly preferredGroupId: string | undefined;
  /** For a change of a pair's mentor: which pair (as the form was opened for it). */
  readonly pair?: { readonly track: string; readonly pairKey: string };
}

export type SubmitSwitchOutcome =
  | { readonly kind: 'sent'; readonly request: SwitchRequest; readonly created: boolean }
  | { readonly kind: 'not_sent'; readonly reason: 'already_open' | AskRefusal };

export type SwitchActionRefusal = SwitchRefusal | TargetRefusal | 'not_found';

export type SwitchActionOutcome =
  /** Decided now (or, for `finish`, the move carried on); `card.unfinished` lists steps still to finish. */
  | { readonly kind: 'done'; readonly card: SwitchCard }
  | { readonly kind: 'refused'; readonly reason: SwitchActionRefusal; readonly card: SwitchCard | undefined };

export interface SwitchActionInput {
  readonly requestId: string;
  readonly actorId: string;
}
