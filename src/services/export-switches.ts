import type { CsvTable } from '../domain/csv-table.js';
import type { RosterStore, SwitchStore } from './ports.js';

export interface ExportSwitchesDeps {
  readonly switches: SwitchStore;
  readonly roster: RosterStore;
}

export const SWITCH_EXPORT_HEADER = [
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

const FAR_PAST = new Date(0);
const FAR_FUTURE = new Date(8_640_000_000_000_000);

/**
 * The switch audit trail for `npm run export -- switches`: each request made in [from, to), who asked, the reason
 * category, the decision, who decided it and when. Never the private details, nor the admin's message to the person
 * who asked. Three queries, whatever the number of requests.
 */
export async function exportSwitches(deps: ExportSwitchesDeps, range: { readonly from: Date | undefined; readonly to: Date | undefined }): Promise<CsvTable> {
  const requests = await deps.switches.findCreatedBetween(range.from ?? FAR_PAST, range.to ?? FAR_FUTURE);
  const groups = new Map((await deps.roster.findGroups()).map((g) => [g.id, g.name]));
  const people = new Map((await deps.roster.findPeople([...new Set(requests.map((r) => r.menteeId))])).map((p) => [p.id, p.name]));
  const group = (id: string | undefined) => (id === undefined ? '' : (groups.get(id) ?? id));
  return {
    header: SWITCH_EXPORT_HEADER,
    rows: requests.map((r) => [
      r.id,
      r.createdAt.toISOString(),
      r.menteeId,
      people.get(r.menteeId) ?? '',
      r.requestedBy,
      r.requesterRole,
      group(r.fromGroupId),
      r.reason,
      group(r.preferredGroupId),
      r.status,
      r.decidedBy ?? '',
      r.decidedAt?.toISOString() ?? '',
      group(r.targetGroupId),
    ]),
  };
}
