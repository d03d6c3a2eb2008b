/** A mentee's goals: up to three, each with its words, a category and a target month. */

export const GOAL_CATEGORIES = ['career', 'academics', 'research', 'clinical', 'wellbeing', 'other'] as const;
export type GoalCategory = (typeof GOAL_CATEGORIES)[number];

/** How a goal stands when it is revisited. */
export const GOAL_STATUSES = ['on_track', 'done', 'changed', 'stuck'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const MAX_GOALS = 3;
export const GOAL_WORDS_MAX = 200;
/** How far ahead a target month may be. */
export const TARGET_MONTHS_AHEAD = 24;

export interface Goal {
  /** Stable while the mentee edits the goal (its answers stay with it). */
  readonly id: string;
  readonly words: string;
  readonly category: GoalCategory;
  /** YYYY-MM. */
  readonly targetMonth: string;
}

export interface MenteeGoals {
  readonly menteeId: string;
  readonly goals: readonly Goal[];
  readonly updatedAt: Date;
}

/** One slot of the goals form as submitted: every field may be missing. */
export interface GoalEntry {
  readonly id: string | undefined;
  readonly words: string | undefined;
  readonly category: string | undefined;
  readonly targetMonth: string | undefined;
}

export type GoalProblem = 'words_missing' | 'words_too_long' | 'category_missing' | 'category_unknown' | 'month_missing' | 'month_not_a_month' | 'month_past' | 'month_too_far' | 'none';
export type GoalField = 'words' | 'category' | 'month';

export interface SlotProblem {
  /** 0-based slot of the form. */
  readonly slot: number;
  readonly field: GoalField;
  readonly problem: GoalProblem;
}

const MONTH = /^(\d{4})-(\d{2})$/;

const isCategory = (value: string): value is GoalCategory => (GOAL_CATEGORIES as readonly string[]).includes(value);

function monthsBetween(from: string, to: string): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
}

/** Problems with a target month (YYYY-MM) against the mentee's current month. */
function monthProblem(value: string, thisMonth: string): GoalProblem | undefined {
  const match = MONTH.exec(value);
  if (match === null || Number(match[2]) < 1 || Number(match[2]) > 12) return 'month_not_a_month';
  const ahead = monthsBetween(thisMonth, value);
  if (ahead < 0) return 'month_past';
  if (ahead > TARGET_MONTHS_AHEAD) return 'month_too_far';
  return undefined;
}

/**
 * The goals a form sets, or what is wrong with it, slot by slot. A slot left wholly empty is no goal; a slot with
 * some fields must have them all. At least one goal is needed (to remove them all there is nothing to save).
 * `newId` names goals that had none; `thisMonth` (YYYY-MM) is the mentee's month today.
 */
export function readGoalsForm(entries: readonly GoalEntry[], thisMonth: string, newId: () => string): { readonly ok: true; readonly goals: Goal[] } | { readonly ok: false; readonly problems: SlotProblem[] } {
  const problems: SlotProblem[] = [];
  const goals: Goal[] = [];
  entries.slice(0, MAX_GOALS).forEach((entry, slot) => {
    const words = entry.words?.trim() ?? '';
    const category = entry.category ?? '';
    const month = entry.targetMonth?.trim() ?? '';
    if (words === '' && category === '' && month === '') return;
    const at = (field: GoalField, problem: GoalProblem) => problems.push({ slot, field, problem });
    if (words === '') at('words', 'words_missing');
    else if (words.length > GOAL_WORDS_MAX) at('words', 'words_too_long');
    if (category === '') at('category', 'category_missing');
    else if (!isCategory(category)) at('category', 'category_unknown');
    const wrongMonth = month === '' ? 'month_missing' : monthProblem(month, thisMonth);
    if (wrongMonth !== undefined) at('month', wrongMonth);
    if (problems.some((p) => p.slot === slot)) return;
    goals.push({ id: entry.id ?? newId(), words, category: category as GoalCategory, targetMonth: month });
  });
  if (problems.length > 0) return { ok: false, problems };
  if (goals.length === 0) return { ok: false, problems: [{ slot: 0, field: 'words', problem: 'none' }] };
  return { ok: true, goals };
}
