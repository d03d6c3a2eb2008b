/** The most mentees a cohort group has (SPEC: 12–15 first- and second-year students). */
export const MAX_GROUP_MENTEES = 15;
/** The fewest a group should end the match with, where the numbers allow. */
export const MIN_GROUP_MENTEES = 12;

export interface GroupLoad {
  readonly id: string;
  readonly name: string;
  /** Its mentees now, before the match. */
  readonly mentees: number;
}

/**
 * Each group's capacity in the match: seats are given one at a time to the group that would end smallest (its
 * mentees now plus its seats; ties by name), never past 15 mentees, until there is a seat for every mentee to place.
 * So every group reaches 12 before any goes past 12 (every group ends with at least 12 when the mentees are enough),
 * the groups end as even as the numbers allow, and when there are more mentees than room, every group's capacity is
 * its room up to 15.
 */
export function chooseCapacities(groups: readonly GroupLoad[], menteesToPlace: number): ReadonlyMap<string, number> {
  const seats = new Map(groups.map((g) => [g.id, 0]));
  const open = groups.filter((g) => g.mentees < MAX_GROUP_MENTEES);
  for (let given = 0; given < menteesToPlace; given += 1) {
    let best: GroupLoad | undefined;
    for (const g of open) {
      const size = g.mentees + seats.get(g.id)!;
      if (size >= MAX_GROUP_MENTEES) continue;
      const bestSize = best === undefined ? Infinity : best.mentees + seats.get(best.id)!;
      if (size < bestSize || (size === bestSize && g.name.localeCompare(best!.name) < 0)) best = g;
    }
    if (best === undefined) break;
    seats.set(best.id, seats.get(best.id)! + 1);
  }
  return seats;
}
