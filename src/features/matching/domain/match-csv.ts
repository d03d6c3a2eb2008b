import { formatCsv, parseCsv } from '../../../program/csv.js';
import { MAX_GROUP_MENTEES } from './capacities.js';
import type { MatchPreview } from './plan-match.js';

/** The match file's columns: the two read back on import, then what helps an admin edit it (never free text). */
export const MATCH_CSV_HEADER = ['mentee_slack_id', 'group', 'mentee_name', 'score', 'shared'] as const;

/** The match as CSV, one row per mentee (those left out with an empty group), to edit and import back. */
export function formatMatchCsv(preview: MatchPreview, names: ReadonlyMap<string, string>, describe: (p: MatchPreview['groups'][number]['placements'][number]) => string): string {
  const rows = preview.groups.flatMap((g) => g.placements.map((p) => [p.menteeId, g.group.name, names.get(p.menteeId) ?? p.menteeId, p.fit.score, describe(p)]));
  const left = preview.unmatched.map((id) => [id, '', names.get(id) ?? id, '', '']);
  return formatCsv(MATCH_CSV_HEADER, [...rows, ...left]);
}

export type MatchCsvError =
  | { readonly line: number; readonly code: 'unknown_mentee' | 'duplicate_mentee'; readonly value: string }
  | { readonly line: number; readonly code: 'unknown_group'; readonly value: string }
  | { readonly line: number; readonly code: 'malformed'; readonly value: string }
  | { readonly line: 0; readonly code: 'missing_column'; readonly value: string }
  | { readonly line: 0; readonly code: 'over_capacity'; readonly value: string; readonly size: number };

/**
 * Reads an edited match file: each row's mentee (by Slack id, one of those to place) and group (by name, one that
 * takes mentees; empty leaves the mentee out). Every problem comes back with its line; nothing is kept if any.
 */
export function readMatchCsv(
  csv: string,
  mentees: ReadonlySet<string>,
  groups: readonly { readonly id: string; readonly name: string; readonly mentees: number }[],
): { readonly ok: true; readonly assignment: ReadonlyMap<string, string> } | { readonly ok: false; readonly errors: readonly MatchCsvError[] } {
  const parsed = parseCsv(csv);
  const errors: MatchCsvError[] = parsed.problems.map((p) => ({ line: p.line, code: 'malformed' as const, value: p.reason }));
  const [head, ...records] = parsed.records;
  const header = (head?.cells ?? []).map((c) => c.trim().toLowerCase());
  const menteeColumn = header.indexOf('mentee_slack_id');
  const groupColumn = header.indexOf('group');
  if (menteeColumn < 0) errors.push({ line: 0, code: 'missing_column', value: 'mentee_slack_id' });
  if (groupColumn < 0) errors.push({ line: 0, code: 'missing_column', value: 'group' });
  if (errors.length > 0) return { ok: false, errors };
  const byName = new Map(groups.map((g) => [g.name.toLowerCase(), g]));
  const assignment = new Map<string, string>();
  const seen = new Set<string>();
  for (const record of records) {
    const menteeId = (record.cells[menteeColumn] ?? '').trim();
    const groupName = (record.cells[groupColumn] ?? '').trim();
    if (!mentees.has(menteeId)) errors.push({ line: record.line, code: 'unknown_mentee', value: menteeId });
    else if (seen.has(menteeId)) errors.push({ line: record.line, code: 'duplicate_mentee', value: menteeId });
    seen.add(menteeId);
    if (groupName === '') continue;
    const group = byName.get(groupName.toLowerCase());
    if (group === undefined) errors.push({ line: record.line, code: 'unknown_group', value: groupName });
    else if (mentees.has(menteeId)) assignment.set(menteeId, group.id);
  }
  for (const group of groups) {
    const size = group.mentees + [...assignment.values()].filter((id) => id === group.id).length;
    if (size > MAX_GROUP_MENTEES) errors.push({ line: 0, code: 'over_capacity', value: group.name, size });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, assignment };
}
