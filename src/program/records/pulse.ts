/** The monthly pulse: a mentee's "How are things going?" from 1 (badly) to 5 (very well). */

export const PULSE_SCORES = [1, 2, 3, 4, 5] as const;
export type PulseScore = (typeof PULSE_SCORES)[number];

export function isPulseScore(value: number): value is PulseScore {
  return (PULSE_SCORES as readonly number[]).includes(value);
}

/** A 1 or a 2: the mentee is offered to let their mentors know. */
export function isLowScore(score: PulseScore | undefined): boolean {
  return score !== undefined && score <= 2;
}

/**
 * One answer per mentee and month; the first answer stands (a second click is told what was answered), so a
 * double click or a change of mind never counts twice.
 */
export interface PulseAnswer {
  readonly menteeId: string;
  /** YYYY-MM: the month the pulse was sent for. */
  readonly month: string;
  /** Undefined once erased (the person was forgotten): the answer still counts as answered. */
  readonly score: PulseScore | undefined;
  readonly answeredAt: Date;
  /** Set when the mentee chose to let their mentors know (only after a low score). */
  readonly sharedAt: Date | undefined;
}

/** What a digest may say about a group's pulse: counts, and names only of those who chose to share. */
export interface PulseSummary {
  readonly asked: number;
  readonly answered: number;
  readonly counts: Readonly<Record<PulseScore, number>>;
  /** Answers of 1 or 2. */
  readonly low: number;
  /** Mentees who answered low and chose to let their mentors know. */
  readonly sharedMenteeIds: readonly string[];
}

export function summarizePulses(menteeIds: readonly string[], answers: readonly PulseAnswer[]): PulseSummary {
  const wanted = new Set(menteeIds);
  const counts: Record<PulseScore, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  const seen = new Set<string>();
  const shared: string[] = [];
  for (const answer of answers) {
    if (!wanted.has(answer.menteeId) || seen.has(answer.menteeId)) continue;
    seen.add(answer.menteeId);
    if (answer.score !== undefined) counts[answer.score] += 1;
    if (answer.sharedAt !== undefined && isLowScore(answer.score)) shared.push(answer.menteeId);
  }
  return { asked: wanted.size, answered: seen.size, counts, low: counts[1] + counts[2], sharedMenteeIds: shared };
}
