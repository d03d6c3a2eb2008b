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
