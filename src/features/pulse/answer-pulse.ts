import type { PulseStore } from '../../program/ports.js';
import { isLowScore, isPulseScore, type PulseAnswer } from '../../program/records/pulse.js';

export type AnswerPulseResult =
  | {
      readonly ok: true;
      /** The answer that stands: this one, or the first one given that month. */
      readonly answer: PulseAnswer;
      /** False when the mentee had answered that month already (the first answer stands). */
      readonly created: boolean;
      /** A 1 or 2 not yet shared: offer "Let my mentors know". */
      readonly canShare: boolean;
    }
  | { readonly ok: false; readonly problem: 'bad_answer' };

/** Stores a mentee's pulse answer for the month it was asked in; one per mentee and month, the first stands. */
export async function answerPulse(deps: { readonly pulses: PulseStore }, menteeId: string, month: string, score: number, now: Date): Promise<AnswerPulseResult> {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month) || !isPulseScore(score)) return { ok: false, problem: 'bad_answer' };
  const { answer, created } = await deps.pulses.recordAnswer({ menteeId, month, score, answeredAt: now });
  return { ok: true, answer, created, canShare: isLowScore(answer.score) && answer.sharedAt === undefined };
}
