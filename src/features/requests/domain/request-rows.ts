import { programDateOf, type ProgramCalendar } from '../../../program/calendar.js';
import type { CsvCell } from '../../../program/csv.js';
import { isWaiting } from '../../../program/overview/summarize-requests.js';
import { requestStatus, type RequestFacts } from '../../../program/records/request.js';
import type { Person } from '../../../program/roster.js';
import { iso, nameOf } from '../../../program/export-cells.js';
import { PROGRAM_TOPICS, type RequestTopics } from '../../../program/request-topics.js';

export const REQUEST_COLUMNS = [
  'request_id',
  'created_at',
  'created_date',
  'mentee_id',
  'mentee_name',
  'topic',
  'urgency',
  'reach',
  'audience',
  'routed_to',
  'mentor_ids',
  'mentor_names',
  'status',
  'deadline',
  'claimed_by',
  'claimed_at',
  'responded_by',
  'responded_at',
  'hours_to_first_response',
  'answered_on_time',
  'ended_as',
  'ended_by',
  'ended_at',
  'helped',
  'topic_label',
  'close_reason',
] as const;

/**
 * One row per request: its path and timing, never its description. `answered_on_time` is yes or no once it is known
 * (answered, or still waiting past its deadline), empty while it still may be. `topic` is the stored value;
 * `topic_label` its words, as its track declares it (the value itself for a topic no longer declared). `close_reason`: why a
 * mentor closed it before anyone answered (`reached_another_way`, `duplicate`, `not_for_mentors`), else empty.
 */
export function requestRows(
  requests: readonly RequestFacts[],
  people: ReadonlyMap<string, Person>,
  now: Date,
  calendar: Pick<ProgramCalendar, 'timezone'>,
  topics: RequestTopics = PROGRAM_TOPICS,
): CsvCell[][] {
  return [...requests]
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    .map((r) => {
      const hours = r.respondedAt === undefined ? undefined : Math.round(((r.respondedAt.getTime() - r.createdAt.getTime()) / 3_600_000) * 10) / 10;
      const onTime =
        r.respondedAt !== undefined
          ? r.respondedAt.getTime() <= r.deadline.getTime()
          : isWaiting(r) && r.deadline.getTime() <= now.getTime()
            ? false
            : undefined;
      return [
        r.id,
        iso(r.createdAt),
        programDateOf(r.createdAt, calendar),
        r.menteeId,
        nameOf(people, r.menteeId),
        r.topic,
        r.urgency,
        r.reach,
        r.audience,
        r.routedTo,
        r.mentorIds.join('; '),
        r.mentorIds.map((id) => nameOf(people, id)).join('; '),
        requestStatus(r),
        iso(r.deadline),
        r.claimedBy,
        iso(r.claimedAt),
        r.respondedBy,
        iso(r.respondedAt),
        hours,
        onTime,
        r.closedAs,
        r.closedBy,
        iso(r.closedAt),
        r.helped,
        topics.label(r.topic, r.audience),
        r.closeReason,
      ];
    });
}
