import { chooseCapacities, MAX_GROUP_MENTEES, MIN_GROUP_MENTEES } from './capacities.js';
import { scoreCompatibility, tieBreak, type Compatibility, type GroupProfile, type MenteeProfile } from './compatibility.js';
import { deferredAcceptance } from './deferred-acceptance.js';

/** A mentee placed in a group, and why. */
export interface Placement {
  readonly menteeId: string;
  readonly groupId: string;
  readonly fit: Compatibility;
  /** Where the group is on the mentee's own list (1 = their best). */
  readonly choice: number;
}

export interface GroupOutcome {
  readonly group: GroupProfile;
  readonly capacity: number;
  readonly placements: readonly Placement[];
  /** Its mentees after the match. */
  readonly size: number;
}

/** What an admin reviews before applying: per group, who and why; who is left out; the summary figures. */
export interface MatchPreview {
  readonly groups: readonly GroupOutcome[];
  readonly unmatched: readonly string[];
  readonly summary: {
    readonly mentees: number;
    readonly matched: number;
    /** Matched to one of their 3 best groups, of those matched (0–1; 0 when none are). */
    readonly topThreeShare: number;
    /** Mean score of the placements (0 when none). */
    readonly meanScore: number;
    /** Groups that end with fewer than 12 or more than 15 mentees, by id. */
    readonly outsideRange: readonly string[];
  };
}

/** The instance in its own words: profiles of mentees to place and of groups that take mentees. */
export interface MatchInput {
  readonly mentees: readonly MenteeProfile[];
  readonly groups: readonly GroupProfile[];
}

/** A mentee's groups, best first: by score, then the deterministic tie-break, then name. */
export function rankGroups(mentee: MenteeProfile, groups: readonly GroupProfile[]): GroupProfile[] {
  const scored = groups.map((g) => ({ g, score: scoreCompatibility(mentee, g).score, tie: tieBreak(mentee.id, g.id) }));
  scored.sort((a, b) => b.score - a.score || a.tie - b.tie || a.g.name.localeCompare(b.g.name));
  return scored.map((s) => s.g);
}

/** A group's rank of each mentee (0 = its best): by score, then the tie-break, then id. */
export function rankMentees(group: GroupProfile, mentees: readonly MenteeProfile[]): Map<string, number> {
  const scored = mentees.map((m) => ({ m, score: scoreCompatibility(m, group).score, tie: tieBreak(m.id, group.id) }));
  scored.sort((a, b) => b.score - a.score || a.tie - b.tie || a.m.id.localeCompare(b.m.id));
  return new Map(scored.map((s, i) => [s.m.id, i]));
}

/** The match: capacities chosen (capacities.ts), then mentee-proposing deferred acceptance, described for review. */
export function planMatch(input: MatchInput): MatchPreview {
  const capacities = chooseCapacities(input.groups, input.mentees.length);
  const assignment = deferredAcceptance({
    menteePrefs: new Map(input.mentees.map((m) => [m.id, rankGroups(m, input.groups).map((g) => g.id)])),
    groupRanks: new Map(input.groups.map((g) => [g.id, rankMentees(g, input.mentees)])),
    capacities,
  });
  return describeMatch(input, assignment, capacities);
}

/**
 * Describes an assignment (the match's, or one an admin edited and imported): per group its placements with the
 * shared items, the summary figures. `capacities` defaults to each group's room up to 15.
 */
export function describeMatch(input: MatchInput, assignment: ReadonlyMap<string, string>, capacities?: ReadonlyMap<string, number>): MatchPreview {
  const byId = new Map(input.groups.map((g) => [g.id, g]));
  const placements: Placement[] = [];
  const unmatched: string[] = [];
  for (const mentee of input.mentees) {
    const group = byId.get(assignment.get(mentee.id) ?? '');
    if (group === undefined) {
      unmatched.push(mentee.id);
      continue;
    }
    const choice = rankGroups(mentee, input.groups).findIndex((g) => g.id === group.id) + 1;
    placements.push({ menteeId: mentee.id, groupId: group.id, fit: scoreCompatibility(mentee, group), choice });
  }
  const groups = [...input.groups]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((group) => {
      const mine = placements.filter((p) => p.groupId === group.id);
      return { group, capacity: capacities?.get(group.id) ?? Math.max(0, MAX_GROUP_MENTEES - group.mentees), placements: mine, size: group.mentees + mine.length };
    });
  const matched = placements.length;
  return {
    groups,
    unmatched,
    summary: {
      mentees: input.mentees.length,
      matched,
      topThreeShare: matched === 0 ? 0 : placements.filter((p) => p.choice <= 3).length / matched,
      meanScore: matched === 0 ? 0 : placements.reduce((sum, p) => sum + p.fit.score, 0) / matched,
      outsideRange: groups.filter((g) => g.size < MIN_GROUP_MENTEES || g.size > MAX_GROUP_MENTEES).map((g) => g.group.id),
    },
  };
}
