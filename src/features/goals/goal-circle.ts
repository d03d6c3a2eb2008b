import type { Config } from '../../config/env.js';
import type { Pairs } from '../../program/pairs.js';
import type { RosterStore } from '../../program/ports.js';
import type { Person } from '../../program/roster.js';
import { loadSnapshot } from '../../program/snapshot/load-snapshot.js';

export interface GoalCircleDeps {
  readonly config: Pick<Config, 'calendar'>;
  readonly roster: RosterStore;
  readonly pairs: Pairs;
}

/** Whose goals these are and who may read them: a current mentee and their current peer mentors, in every track. */
export interface MenteeCircle {
  readonly mentee: Person | undefined;
  /** An active person with a current mentee membership in an active group, or a current pair as mentee. */
  readonly isMentee: boolean;
  /** Their current, active peer mentors: of their groups, then of their tracks' pairs. */
  readonly mentorIds: readonly string[];
  /** The tracks whose current pairs they are the mentee of (their conversations may be held: `PairTrack.conversationOpensAt`). */
  readonly pairTracks: readonly string[];
}

/** The mentees among `personIds` who are current now, each with their current mentors (a snapshot and the pairs, in bulk). */
export async function loadMenteeCircles(deps: GoalCircleDeps, personIds: readonly string[], now: Date): Promise<Map<string, MenteeCircle>> {
  const wanted = [...new Set(personIds)];
  const out = new Map<string, MenteeCircle>();
  if (wanted.length === 0) return out;
  const [snapshot, pairs] = await Promise.all([
    wanted.length === 1 ? loadSnapshot(deps.roster, { personId: wanted[0]!, role: 'mentee' }) : loadSnapshot(deps.roster, { program: true }),
    deps.pairs.ofMentees(wanted, now),
  ]);
  const pairMentors = [...new Set(pairs.map((p) => p.mentorId))];
  const known = new Map(snapshot.people);
  const missing = [...wanted, ...pairMentors].filter((id) => !known.has(id));
  for (const person of missing.length === 0 ? [] : await deps.roster.findPeople(missing)) known.set(person.id, person);
  const active = (id: string) => known.get(id)?.active === true;
  for (const id of wanted) {
    const inGroups = snapshot.map.groupsOf(id, 'mentee').length > 0;
    const paired = pairs.filter((p) => p.menteeId === id);
    const isMentee = active(id) && (inGroups || paired.length > 0);
    const mentorIds = isMentee ? [...new Set([...snapshot.map.mentorsOf(id), ...paired.map((p) => p.mentorId)])].filter((m) => m !== id && active(m)) : [];
    out.set(id, { mentee: known.get(id), isMentee, mentorIds, pairTracks: [...new Set(paired.map((p) => p.track))] });
  }
  return out;
}

/** One person's circle. */
export async function loadMenteeCircle(deps: GoalCircleDeps, personId: string, now: Date): Promise<MenteeCircle> {
  return (await loadMenteeCircles(deps, [personId], now)).get(personId)!;
}
