import { isOpen, type Survey } from './survey.js';
import { TEMPLATES } from './templates.js';

/** What results read of an answer: its scores and, at most, the cohort group of whoever gave it. */
export interface ScoredAnswer {
  readonly groupId: string | undefined;
  readonly scores: readonly number[];
}

/** Results by group are shown only for groups with at least this many answers. */
export const MIN_GROUP_ANSWERS = 5;

/** The average of each item (to one decimal), undefined for an item no answer rated. */
export function itemAverages(itemCount: number, answers: readonly Pick<ScoredAnswer, 'scores'>[]): (number | undefined)[] {
  return Array.from({ length: itemCount }, (_, item) => {
    const scores = answers.map((a) => a.scores[item]).filter((s): s is number => s !== undefined);
    return scores.length === 0 ? undefined : Math.round((scores.reduce((sum, s) => sum + s, 0) / scores.length) * 10) / 10;
  });
}

export interface GroupResult {
  /** The group's id, or `other` for the groups too small to show alone (and answers of no group). */
  readonly groupId: string | 'other';
  readonly answers: number;
  readonly averages: readonly (number | undefined)[];
}

export interface GroupedResults {
  /** Groups with at least MIN_GROUP_ANSWERS answers, by size, then "other groups" when that too has enough. */
  readonly groups: readonly GroupResult[];
  /** Answers of groups too small to show, when even merged they are too few to show. */
  readonly hidden: number;
}

/**
 * Results by group: each group with at least MIN_GROUP_ANSWERS answers alone; smaller ones (and answers of no group)
 * merged into "other groups", shown only when the merged answers are MIN_GROUP_ANSWERS or more too.
 */
export function resultsByGroup(itemCount: number, answers: readonly ScoredAnswer[]): GroupedResults {
  const byGroup = new Map<string, ScoredAnswer[]>();
  const other: ScoredAnswer[] = [];
  for (const a of answers) {
    if (a.groupId === undefined) other.push(a);
    else byGroup.set(a.groupId, [...(byGroup.get(a.groupId) ?? []), a]);
  }
  const groups: GroupResult[] = [];
  for (const [groupId, list] of [...byGroup].sort((x, y) => y[1].length - x[1].length || x[0].localeCompare(y[0]))) {
    if (list.length >= MIN_GROUP_ANSWERS) groups.push({ groupId, answers: list.length, averages: itemAverages(itemCount, list) });
    else other.push(...list);
  }
  if (other.length >= MIN_GROUP_ANSWERS) return { groups: [...groups, { groupId: 'other', answers: other.length, averages: itemAverages(itemCount, other) }], hidden: 0 };
  return { groups, hidden: other.length };
}

/** A survey's results for admins: response rate, item averages, averages by group. */
export interface SurveyResults {
  readonly survey: Survey;
  /** Still taking answers. */
  readonly open: boolean;
  /** People the survey concerns now. */
  readonly audience: number;
  readonly answered: number;
  readonly averages: readonly (number | undefined)[];
  readonly byGroup: GroupedResults;
}

export function surveyResults(survey: Survey, audience: number, answered: number, answers: readonly ScoredAnswer[], today: string): SurveyResults {
  const count = TEMPLATES[survey.template].items.length;
  return { survey, open: isOpen(survey, today), audience, answered, averages: itemAverages(count, answers), byGroup: resultsByGroup(count, answers) };
}

/** A Faculty Mentor's view of a survey: their cohort group's averages, only when it has MIN_GROUP_ANSWERS answers. */
export interface CohortResults {
  readonly survey: Survey;
  readonly groupId: string;
  readonly answers: number;
  readonly averages: readonly (number | undefined)[];
}

export function cohortResults(survey: Survey, groupIds: readonly string[], answers: readonly ScoredAnswer[]): CohortResults[] {
  const count = TEMPLATES[survey.template].items.length;
  return groupIds.flatMap((groupId) => {
    const list = answers.filter((a) => a.groupId === groupId);
    return list.length >= MIN_GROUP_ANSWERS ? [{ survey, groupId, answers: list.length, averages: itemAverages(count, list) }] : [];
  });
}

/** Answered of audience as a whole percentage (0 when nobody is concerned). */
export const responseRate = (answered: number, audience: number): number => (audience === 0 ? 0 : Math.round((Math.min(answered, audience) / audience) * 100));
