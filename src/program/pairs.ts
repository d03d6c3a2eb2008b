import type { Person } from './roster.js';
import { holdsRoleIn } from './tracks.js';

/**
 * Pairs formed outside the roster's groups. A track whose groups are `pairs` (the clinical track: a rotation's
 * current mentor; the pre-med track's one-to-one pairs) pairs a mentor with a mentee by its own rules and keeps them in
 * its own store. It contributes a `PairTrack` through the features' registry, and the features that find people's
 * mentors or mentees (check-ins, requests, switching) ask it, never the track's feature itself.
 */

/** A mentor and a mentee paired by a track's own rules. */
export interface TrackPair {
  readonly track: string;
  readonly mentorId: string;
  readonly menteeId: string;
  /** What the pair is for, as the track keys it (clinical: the mentee's rotation): a change of mentor changes one pair. */
  readonly pairKey: string;
  /** How many times the pair was formed (1, then one more per change): a change is written for the next one, once. */
  readonly version: number;
  /** What the pair is for, in a few words people read ("surgery at General Hospital, from 2027-01-04"). */
  readonly label: string;
  /**
   * Who is also in every conversation the app opens for the pair, without answering for it (a minor's pre-med pair:
   * an outreach coordinator). Unset: none.
   */
  readonly witnessIds?: readonly string[];
}

/** Whose pairs: these mentees', or these mentors' (an empty list matches none). */
export interface PairFilter {
  readonly menteeIds?: readonly string[];
  readonly mentorIds?: readonly string[];
}

/** A mentor who could take a pair instead, as the track ranks them. */
export interface PairAlternative {
  readonly mentorId: string;
  /** What they share with the pair, in words (e.g. "surgery · General Hospital · Dr. Cole"). */
  readonly fit: string;
  /** How many mentees they have now. */
  readonly mentees: number;
}

/** What a track that pairs people by its own rules contributes to the shared features. */
export interface PairTrack {
  /** The track's name, as the roster's `track` column gives it. */
  readonly track: string;
  readonly words: {
    /** The mentor of a pair, as mentees read it ("rotation mentor"). */
    readonly mentor: string;
    /** To a mentee of the track with no current pair: why, and what happens next. */
    readonly waiting: string;
    /** Who decides a change of mentor ("the Clinical Office"). */
    readonly office: string;
    /** To whoever decides a change of mentor, when no other mentor can be offered: why, and what they can do. */
    readonly noAlternatives: string;
  };
  /** The pairs of these mentees or mentors that are current at `now`, soonest first; one bulk read. */
  findCurrentPairs(filter: PairFilter, now: Date): Promise<TrackPair[]>;
  /** Where a change of mentor is decided: a private channel when configured, else the track's admins by DM. */
  readonly officeChannelId: string | undefined;
  /** The other mentors who could take the pair now, best first. */
  rankAlternatives(pair: TrackPair, now: Date): Promise<PairAlternative[]>;
  /**
   * The Office's decision: the pair's next version, with this mentor, written once. `created` false when that version
   * was written already (another decision got there first): nothing changed.
   */
  reassign(pair: TrackPair, mentorId: string, now: Date): Promise<{ readonly created: boolean }>;
  /** Introduces the mentor and mentee of every pair formed and not yet introduced, each once (the track's own introduction). */
  introduceNewPairs(now: Date): Promise<void>;
  /**
   * Why this person's pairs in the track are formed but not open yet, in words for them (pre-med: an agreement not
   * yet accepted); empty when none waits. Such a pair is not current: requests and the check-in form refuse with this.
   */
  waitingReasons?(personId: string, side: 'mentee' | 'mentor', now: Date): Promise<readonly string[]>;
  /**
   * When a conversation the app opens for one of its pairs with these people may be posted: undefined for now, else
   * the first moment it is quiet for none of them (pre-med: a minor's MINOR_QUIET_HOURS). Unset: always now.
   */
  conversationOpensAt?(personIds: readonly string[], now: Date): Promise<Date | undefined>;
}

/** Every pair track's pairs, asked together. */
export interface Pairs {
  readonly tracks: () => readonly PairTrack[];
  track(name: string): PairTrack | undefined;
  /** The pairs of these mentees (as mentees) current at `now`, in every pair track (or in these tracks only). */
  ofMentees(menteeIds: readonly string[], now: Date, inTracks?: readonly string[]): Promise<TrackPair[]>;
  /** The pairs of these mentors (as mentors) current at `now`, in every pair track (or in these tracks only). */
  ofMentors(mentorIds: readonly string[], now: Date, inTracks?: readonly string[]): Promise<TrackPair[]>;
  /** Why this person's formed pairs are not open yet, in every pair track (see {@link PairTrack.waitingReasons}). */
  waitingOf(personId: string, side: 'mentee' | 'mentor', now: Date): Promise<string[]>;
  /** When a track's conversation with these people may be posted (see {@link PairTrack.conversationOpensAt}); undefined: now. */
  conversationOpensAt(track: string, personIds: readonly string[], now: Date): Promise<Date | undefined>;
}

/** The pairs of the tracks given (read when asked: the registry is filled once every feature is built). */
export function pairsOf(tracks: () => readonly PairTrack[]): Pairs {
  const ask = async (filter: PairFilter, now: Date, inTracks?: readonly string[]) =>
    (await Promise.all(tracks().filter((t) => inTracks?.includes(t.track) ?? true).map((t) => t.findCurrentPairs(filter, now)))).flat();
  return {
    tracks,
    track: (name) => tracks().find((t) => t.track === name),
    ofMentees: (menteeIds, now, inTracks) => (menteeIds.length === 0 ? Promise.resolve([]) : ask({ menteeIds }, now, inTracks)),
    ofMentors: (mentorIds, now, inTracks) => (mentorIds.length === 0 ? Promise.resolve([]) : ask({ mentorIds }, now, inTracks)),
    waitingOf: async (personId, side, now) => (await Promise.all(tracks().map((t) => t.waitingReasons?.(personId, side, now) ?? []))).flat(),
    conversationOpensAt: async (track, personIds, now) => tracks().find((t) => t.track === track)?.conversationOpensAt?.(personIds, now),
  };
}

/** No pair tracks (features built alone, in tests). */
export const NO_PAIRS: Pairs = pairsOf(() => []);

/**
 * Who stands in for a faculty mentor for a pair track's mentees (escalated requests, urgent well-being alerts, changes
 * of mentor): the track's active admins (for the clinical track, the Clinical Office).
 */
export function officeOf(people: Iterable<Person>, track: string): string[] {
  return [...people].filter((p) => p.active && holdsRoleIn(p, 'admin', track)).map((p) => p.id);
}
