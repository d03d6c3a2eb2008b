import { officeOf, type Pairs } from '../../program/pairs.js';
import type { RosterStore } from '../../program/ports.js';
import type { RequestAudience, RequestTopic } from '../../program/records/request.js';
import type { RequestTopics } from '../../program/request-topics.js';
import type { RequestTopicDeclaration } from '../../program/tracks.js';
import type { TopicRefusal } from './ports.js';
import type { Person } from '../../program/roster.js';
import { loadMenteeCircle, type MenteeCircle } from '../../program/snapshot/mentoring-circle.js';
import { holdsRoleIn } from '../../program/tracks.js';

/** One audience a mentee may send a request to, with whom it reaches. */
export interface AudienceOption {
  readonly audience: RequestAudience;
  /** The mentors it goes to (those not away). */
  readonly mentorIds: readonly string[];
  /**
   * Who takes it while every mentor is away, is alerted to an urgent well-being request and is told when it stays
   * unanswered: the faculty mentor of a group; a pair track's office (its admins: for clinical, the Clinical Office).
   */
  readonly standInIds: readonly string[];
  /** A pair track's word for the mentor ("rotation mentor"); undefined for a group audience. */
  readonly mentorWord: string | undefined;
  /** Also in the request's conversation, not answering it (a pair's safeguards); empty for most. */
  readonly witnessIds?: readonly string[];
}

/** Whom a person's request can go to. */
export interface RequestCircle {
  /** In the order offered: the cohort group, the MD/PhD mentors, then each pair track with a current pair. Empty: not a mentee. */
  readonly options: readonly AudienceOption[];
  /** For a mentee of a pair track with no current pair: the track's words on what happens next (one per track). */
  readonly waiting: readonly string[];
  /** The mentee, their mentors and stand-ins, by id (for time zones). */
  readonly people: ReadonlyMap<string, Person>;
}

const unique = (ids: readonly string[]) => [...new Set(ids)];

/**
 * Whom a mentee's request can go to: their groups' mentors (as always), and their current mentors in the tracks that
 * pair people by their own rules. Bulk reads: the roster snapshot of their groups (`groups`: where it is read, the
 * roster itself when unset) beside the person, then the pairs of the tracks they are a mentee in (a cohort mentee:
 * none), and (only when they have pairs) the people named and the admins.
 */
export async function loadRequestCircle(
  deps: { readonly roster: RosterStore; readonly pairs: Pairs },
  menteeId: string,
  now: Date,
  groups: (menteeId: string) => Promise<MenteeCircle> = (id) => loadMenteeCircle(deps.roster, id),
): Promise<RequestCircle> {
  const [circle, [person]] = await Promise.all([groups(menteeId), deps.roster.findPeople([menteeId])]);
  const options: AudienceOption[] = [];
  if (circle.isMentee) {
    options.push({ audience: 'cohort', mentorIds: circle.cohortMentors, standInIds: circle.faculty, mentorWord: undefined });
    if (circle.mdphdMentors.length > 0) options.push({ audience: 'mdphd', mentorIds: circle.mdphdMentors, standInIds: circle.faculty, mentorWord: undefined });
  }
  const people = new Map(circle.people);
  if (person === undefined || !person.active) return { options, waiting: [], people };
  people.set(person.id, person);
  // Only the pair tracks the person is a mentee in are asked (a cohort mentee's form asks none).
  const tracks = deps.pairs.tracks().filter((t) => holdsRoleIn(person, 'mentee', t.track));
  if (tracks.length === 0) return { options, waiting: [], people };
  const pairs = await deps.pairs.ofMentees([menteeId], now, tracks.map((t) => t.track));
  const mine = pairs.filter((p) => p.menteeId === menteeId && p.mentorId !== menteeId);
  const [mentors, admins] = await Promise.all([
    mine.length === 0 ? [] : deps.roster.findPeople(unique(mine.map((p) => p.mentorId))),
    mine.length === 0 ? [] : deps.roster.findPeopleWithRole('admin'),
  ]);
  for (const p of [...mentors, ...admins]) people.set(p.id, p);
  const waiting: string[] = [];
  for (const track of tracks) {
    const mentorIds = unique(mine.filter((p) => p.track === track.track).map((p) => p.mentorId)).filter((id) => people.get(id)?.active === true);
    if (mentorIds.length > 0) {
      const witnessIds = unique(mine.filter((p) => p.track === track.track).flatMap((p) => p.witnessIds ?? []));
      options.push({ audience: track.track, mentorIds, standInIds: officeOf(admins, track.track), mentorWord: track.words.mentor, witnessIds });
      continue;
    }
    // A pair formed but not open yet (pre-med: an agreement to accept) says why; else the track's words on what comes next.
    const reasons = (await track.waitingReasons?.(menteeId, 'mentee', now)) ?? [];
    waiting.push(reasons[0] ?? track.words.waiting);
  }
  return { options, waiting, people };
}

/**
 * The audience a submission goes to: the one asked for when the mentee has it, else the first offered (a cohort
 * mentee's Mentor Pair, as before tracks). Undefined when the person is no one's mentee.
 */
export function chooseAudience(options: readonly AudienceOption[], asked: RequestAudience | undefined): AudienceOption | undefined {
  return options.find((o) => o.audience === asked) ?? options[0];
}

/** The topics the form offers (see `formTopics`). */
export interface FormTopics {
  /** Those of `audience`'s track, and their list's key (the track); absent: the program's. */
  readonly topics?: readonly RequestTopicDeclaration[];
  readonly topicsKey?: string;
  /** Set when the audiences' tracks offer different topics: the form redraws them when the audience changes. */
  readonly topicsFollowAudience?: true;
  readonly audience?: RequestAudience;
}

/**
 * The topics the form offers: those of the audience chosen (else the first offered), with their list's key (the track
 * that declares them), both left out when they are the program's; and, when the audiences offered do not all share
 * one list, `topicsFollowAudience` (the form redraws its topics when the audience changes) and the audience they are for.
 */
export function formTopics(
  topics: RequestTopics,
  options: readonly AudienceOption[],
  asked: RequestAudience | undefined,
): FormTopics {
  const audience = chooseAudience(options, asked)?.audience;
  const owner = audience === undefined ? undefined : topics.ownerOf(audience);
  const follow = new Set(options.map((o) => topics.ownerOf(o.audience))).size > 1;
  return {
    ...(owner === undefined ? {} : { topics: topics.ofTrack(owner), topicsKey: owner }),
    ...(follow && audience !== undefined ? { topicsFollowAudience: true as const, audience } : {}),
  };
}

/** Why a topic may not be asked of the audience (the topic's words and the audience's topics), or undefined when it may. */
export function topicRefusal(topics: RequestTopics, audience: RequestAudience, topic: RequestTopic): TopicRefusal | undefined {
  if (topics.offers(audience, topic)) return undefined;
  return { asked: topics.label(topic, audience), offered: topics.ofAudience(audience).map((t) => t.label) };
}
