import type { PostedMessage } from '../../delivery/ports.js';
import type { HoursNudge } from './domain/hours-nudges.js';
import type { FirstSession } from './domain/parent-present.js';
import type { PremedPair, PremedProfile } from './domain/premed-profile.js';

export type { AgreementStore } from '../../program/agreements.js';

/** The pre-med profiles (`premed_profiles`): one per person, as the last roster import gave it. Parent contacts live here only. */
export interface PremedProfileStore {
  /** Writes these profiles in bulk (each replaces the person's stored one). */
  saveProfiles(profiles: readonly PremedProfile[]): Promise<void>;
  /** The profiles of these people (everyone's when undefined). */
  findProfiles(personIds?: readonly string[]): Promise<PremedProfile[]>;
}

/** Whose pairs: active ones only, and of these mentees or mentors (an empty list matches none). */
export interface PremedPairQuery {
  readonly active?: boolean;
  readonly menteeIds?: readonly string[];
  readonly mentorIds?: readonly string[];
}

/** The pre-med pairs (`premed_pairs`), one per roster group, by its key. */
export interface PremedPairStore {
  /** Writes these pairs in bulk (each replaces the stored pair of its key). */
  savePairs(pairs: readonly PremedPair[]): Promise<void>;
  findPairs(query?: PremedPairQuery): Promise<PremedPair[]>;
}

/** The pair's introduction, for the conversation the app opens: the mentor, the mentee and (for a minor) the coordinators. */
export interface PremedIntroduction {
  readonly pair: PremedPair;
  /** Outreach coordinators in the conversation: set when the mentee is a minor. */
  readonly coordinatorIds: readonly string[];
  /** A minor's parent or guardian, named to the mentor. */
  readonly parent: { readonly name: string; readonly email: string | undefined; readonly phone: string | undefined } | undefined;
}

/** What the pre-med track says in Slack (slack/premed-sender.ts). */
export interface PremedSender {
  /** A welcome DM with the program agreement and *I agree*; resolves to its ts. */
  sendWelcome(personId: string, role: 'mentee' | 'peer_mentor', agreementText: string): Promise<string>;
  /** Opens the pair's conversation (a group DM) and posts the introduction; resolves to where. */
  sendIntroduction(intro: PremedIntroduction): Promise<{ channel: string; ts: string }>;
}

/** A first session with a minor as the mentor logged it: the contact, the pair, its date, and the answer to the parent question. */
export interface FirstSessionRecord extends FirstSession {
  readonly contactId: string;
  readonly recordedAt: Date;
}

/** The answers to the parent question (`premed_first_sessions`), one per contact and minor: a repeated submission stores it once. */
export interface FirstSessionStore {
  /** Stores the answer unless this contact's was stored before (then `created` is false). */
  recordFirstSession(session: FirstSessionRecord): Promise<{ readonly created: boolean }>;
  /** Every answer recorded (a few per pair at most), for the digest. */
  findFirstSessions(): Promise<FirstSessionRecord[]>;
}

/**
 * The pre-med rules' DMs (slack/rules-sender.ts). Each rejects with a SendError when Slack refuses, so the shared send
 * path can schedule a retry.
 */
export interface PremedRulesSender {
  /** A month-end hours nudge, to the pair's mentor. */
  sendHoursNudge(nudge: HoursNudge): Promise<PostedMessage>;
  /** To one coordinator: a first session with a minor was logged without a parent or guardian (names and date only). */
  sendNoParentAlert(coordinatorId: string, session: { readonly menteeName: string; readonly mentorName: string; readonly date: string }): Promise<PostedMessage>;
}
