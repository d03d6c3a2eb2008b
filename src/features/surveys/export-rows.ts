import type { CsvCell } from '../../program/csv.js';
import { peopleById, type ExportKind, type ExportOptions } from '../../program/export-table.js';
import type { RosterStore } from '../../program/ports.js';
import { MAX_ITEMS } from './domain/templates.js';
import type { SurveyStore } from './ports.js';

/** `npm run export -- survey --id …`: one row per answer. */
export const surveyExportKind = (label: string): ExportKind => ({
  kind: 'survey',
  label,
  order: 90,
  needsId: true,
  header: ['survey', 'template', 'anonymous', 'date', 'group', 'person', ...Array.from({ length: MAX_ITEMS }, (_, i) => `item_${i + 1}`), 'free_text'],
});

/**
 * A survey's answers, one row each (in no order that follows when they came): the date, the cohort group, the scores,
 * and the free-text answer; the person's name only for a survey that is not anonymous. Every way to export is an
 * admin's (`npm run export` needs the server's settings; `/mentor-admin export` refuses anyone else), so the free text
 * is included for every survey. No survey of that id: no rows.
 */
export async function surveyExportRows(deps: { readonly surveys: SurveyStore; readonly roster: RosterStore }, options: ExportOptions): Promise<CsvCell[][]> {
  const survey = options.id === undefined ? undefined : await deps.surveys.findSurvey(options.id);
  if (survey === undefined) return [];
  const answers = await deps.surveys.findAnswers([survey.id]);
  const groups = new Map((await deps.roster.findGroups()).map((g) => [g.id, g.name]));
  const people = await peopleById(deps.roster, answers.flatMap((a) => (a.userId === undefined ? [] : [a.userId])));
  return answers.map((a) => [
    survey.id,
    survey.template,
    survey.anonymous ? 'yes' : 'no',
    a.date,
    a.groupId === undefined ? '' : (groups.get(a.groupId) ?? ''),
    a.userId === undefined ? '' : (people.get(a.userId)?.name ?? a.userId),
    ...Array.from({ length: MAX_ITEMS }, (_, i) => a.scores[i] ?? ''),
    a.text ?? '',
  ]);
}
