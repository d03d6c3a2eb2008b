import type { CsvCell } from '../../../program/csv.js';
import type { Person } from '../../../program/roster.js';
import type { SwitchRequest } from '../../../program/records/switch-request.js';
import { iso, nameOf } from '../../../program/export-cells.js';

/** The switch audit trail (SPEC §3.10): who asked to move whom, the reason category, the decision, by whom and when. */
export const SWITCH_COLUMNS = [
  'request_id',
  'created_at',
  'mentee_id',
  'mentee_name',
  'requested_by',
  'requester_role',
  'from_group',
  'reason',
  'preferred_group',
  'status',
  'decided_by',
  'decided_at',
  'target_group',
] as const;

/** One row per switch request, oldest first: never the private details, nor the admin's message to the asker. */
export function switchRows(requests: readonly SwitchRequest[], groupNames: ReadonlyMap<string, string>, people: ReadonlyMap<string, Person>): CsvCell[][] {
  const group = (id: string | undefined) => (id === undefined ? undefined : (groupNames.get(id) ?? id));
  return [...requests]
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    .map((r) => [
      r.id,
      iso(r.createdAt),
      r.menteeId,
      nameOf(people, r.menteeId),
      r.requestedBy,
      r.requesterRole,
      group(r.fromGroupId),
      r.reason,
      group(r.preferredGroupId),
      r.status,
      r.decidedBy,
      iso(r.decidedAt),
      group(r.targetGroupId),
    ]);
}
