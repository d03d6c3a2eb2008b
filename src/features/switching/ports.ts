import type { Group } from '../../program/roster.js';
import type { AdminMessageLocation } from '../../program/records/switch-request.js';
import type { AskRefusal } from './domain/switch.js';
import type { AdminChannelFacts, AdminChannelVerdict } from './domain/admin-channel.js';
import type { SwitchActionOutcome, SwitchCard } from './outcomes.js';

/** Where the admins' message goes: the configured channel, or a DM to one admin. */
export type AdminAudience = { readonly channelId: string } | { readonly adminId: string };

/** What a moved mentee is told. */
export interface MoveNotice {
  readonly menteeId: string;
  readonly group: Group;
  readonly mentorIds: readonly string[];
  /** Open requests that went to the new mentors. */
  readonly movedRequests: number;
}

/** What the new mentor of a pair and its mentee are told (never why). */
export interface PairNotice {
  readonly menteeId: string;
  /** The new mentor. */
  readonly mentorId: string;
  /** What the pair is for (the rotation), in words. */
  readonly label: string;
  /** The track's word for the mentor ("rotation mentor"). */
  readonly mentorWord: string;
}

/** What switching says in Slack (implemented in slack/switch-notifier.ts). */
export interface SwitchNotifier {
  /** Posts the request for a decision; resolves to where it was posted. */
  postToAdmins(audience: AdminAudience, card: SwitchCard): Promise<AdminMessageLocation>;
  /** Shows the request's current state (and who decided) on one copy of the admins' message. */
  updateAdminMessage(location: AdminMessageLocation, card: SwitchCard): Promise<void>;
  /** Tells the person who asked that the request is with the admins (a modal has no reply of its own). */
  confirmToRequester(card: SwitchCard): Promise<void>;
  /** Tells the person who submitted a form why nothing was stored. */
  tellNotSent(userId: string, outcome: { readonly reason: 'already_open' | AskRefusal; readonly adminIds: readonly string[] }): Promise<void>;
  /** Tells someone whose decision from a form did not count why (a form has no reply of its own). */
  tellActionRefused(userId: string, outcome: SwitchActionOutcome): Promise<void>;
  /** Removes the mentee from the old group's channel; someone no longer in it counts as removed. */
  removeFromChannel(channelId: string, userId: string): Promise<void>;
  /** Adds the mentee to the new group's channel; someone already in it counts as added. */
  addToChannel(channelId: string, userId: string): Promise<void>;
  /** Introduces the mentee to the new mentors: in the group's channel, or (no channel yet) a group DM with them. */
  introduceToGroup(notice: MoveNotice, channelId: string | undefined): Promise<void>;
  /** Tells a former mentor, neutrally, that the mentee moved on: never the reason. */
  tellFormerMentor(mentorId: string, menteeId: string): Promise<void>;
  tellMenteeMoved(notice: MoveNotice): Promise<void>;
  /** Tells the person who asked that the admins declined, with the admin's message. */
  tellDeclined(card: SwitchCard): Promise<void>;
  /** Tells a pair's former mentor, neutrally, that the mentee has another mentor: never the reason. */
  tellFormerPairMentor(mentorId: string, menteeId: string): Promise<void>;
  /** Tells a pair's new mentor whom they now mentor, and for what. */
  tellNewPairMentor(notice: PairNotice): Promise<void>;
  /** Tells an admin that switch requests come by DM instead of the admin channel, and why, or that the channel is used again. */
  tellAdminChannel(adminId: string, notice: AdminChannelNotice): Promise<void>;
  /** Tells the mentee who their mentor is now, and where their waiting requests went. */
  tellMenteeNewPairMentor(notice: PairNotice & { readonly movedRequests: number }): Promise<void>;
}

/** SWITCH_ADMIN_CHANNEL's verdict as last recorded (one record per change; `seq` counts them). */
export interface AdminChannelState {
  readonly channelId: string;
  readonly seq: number;
  readonly at: Date;
  readonly verdict: AdminChannelVerdict;
}

/** Where the admin channel's verdicts are kept for every instance (implemented in store/admin-channel-repository.ts). */
export interface AdminChannelStore {
  findLatest(channelId: string): Promise<AdminChannelState | undefined>;
  /** Records a change; false when another check recorded this `seq` first (it tells the admins, not this one). */
  saveChange(state: AdminChannelState): Promise<boolean>;
}

/** Asks Slack what the admin channel is and who is in it (implemented in slack/admin-channel-inspector.ts). */
export interface AdminChannelInspector {
  /** Slack's refusals (no access, no scope) are facts; a failure to reach Slack throws. */
  inspect(channelId: string): Promise<{ readonly facts: AdminChannelFacts; readonly botUserId: string }>;
}

/** What the admins are told when the admin channel is refused (and why) or used again. */
export interface AdminChannelNotice {
  readonly channelId: string;
  readonly change: 'refused' | 'restored';
  readonly verdict: AdminChannelVerdict;
}
