/**
 * How a mentee's upcoming rotation gets its mentor: an *offer* (the DM suggesting up to 3 mentors, once per rotation),
 * then *assignments*. Each assignment is a numbered step of the rotation (1 = its first mentor, 2 = the first change
 * the Clinical Office approved, …) stored once: the step's number is part of its key, so of two racing writers (the
 * mentee's *Choose* and the auto-assignment; two Office approvals) exactly one wins. The current mentor is the
 * rotation's highest step.
 */

/** Who decided an assignment: the mentee's *Choose* (or *Assign for me*, which takes the best-ranked), the job at the deadline, or the Clinical Office. */
export const CHOSEN_BY = ['mentee', 'auto', 'office'] as const;
export type ChosenBy = (typeof CHOSEN_BY)[number];

/** The suggestions DM'd to a mentee for one upcoming rotation. */
export interface Offer {
  /** The mentee's upcoming rotation (its id in the rotations store). */
  readonly rotationId: string;
  readonly menteeId: string;
  /** The mentors suggested, best-ranked first (at most 3). */
  readonly suggestedIds: readonly string[];
  readonly offeredAt: Date;
}

/** One step of a rotation's mentoring: this mentor, from `assignedAt`, until a higher step replaces it. */
export interface Assignment {
  readonly rotationId: string;
  readonly menteeId: string;
  readonly mentorId: string;
  readonly assignedAt: Date;
  readonly chosenBy: ChosenBy;
  /** 1 for the rotation's first mentor, then one more for each change. */
  readonly step: number;
}

/** The current assignment of each rotation: its highest step. */
export function currentAssignments(all: readonly Assignment[]): Assignment[] {
  const latest = new Map<string, Assignment>();
  for (const a of all) {
    const seen = latest.get(a.rotationId);
    if (seen === undefined || a.step > seen.step) latest.set(a.rotationId, a);
  }
  return [...latest.values()];
}
