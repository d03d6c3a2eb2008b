/**
 * Stable matching with capacities, mentee-proposing deferred acceptance (Gale–Shapley, as the residency Match runs
 * it): each mentee not yet held proposes to the best group on their list that has not turned them down; each group
 * holds the best proposals up to its capacity and turns down the rest. The result is stable (no mentee and group
 * would both rather have each other) and the best stable result for every mentee.
 */
export interface MatchInstance {
  /** Each mentee's groups, best first (groups left out are not acceptable to them). */
  readonly menteePrefs: ReadonlyMap<string, readonly string[]>;
  /** Each group's rank of each mentee (lower is better; a mentee with no rank is not acceptable to it). */
  readonly groupRanks: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly capacities: ReadonlyMap<string, number>;
}

/** Each matched mentee's group. */
export function deferredAcceptance(instance: MatchInstance): ReadonlyMap<string, string> {
  const next = new Map<string, number>();
  const held = new Map<string, string[]>();
  const free = [...instance.menteePrefs.keys()].sort();
  while (free.length > 0) {
    const mentee = free.shift()!;
    const prefs = instance.menteePrefs.get(mentee)!;
    const index = next.get(mentee) ?? 0;
    if (index >= prefs.length) continue;
    next.set(mentee, index + 1);
    const group = prefs[index]!;
    const ranks = instance.groupRanks.get(group);
    const capacity = instance.capacities.get(group) ?? 0;
    const rank = ranks?.get(mentee);
    if (rank === undefined || capacity <= 0) {
      free.push(mentee);
      continue;
    }
    const list = held.get(group) ?? [];
    list.push(mentee);
    list.sort((a, b) => ranks!.get(a)! - ranks!.get(b)!);
    if (list.length > capacity) free.push(list.pop()!);
    held.set(group, list);
  }
  const result = new Map<string, string>();
  for (const [group, list] of held) for (const mentee of list) result.set(mentee, group);
  return result;
}
