import type { RequestFacts } from '../program/records/request.js';
import type { DemoRecord } from './demo-record.js';
import type { FakeMessage } from './slack-simulator/fake-workspace.js';

/**
 * What the played semester sent, by kind, as the summary prints it. Every message the app posts under a claim carries
 * the claim's key in its metadata (`delivery/send-context.ts`): its first part names what kind of message it is.
 */
const KINDS: readonly { readonly label: string; readonly keys: readonly string[] }[] = [
  { label: 'introductions (cohort channels and DMs)', keys: ['intro'] },
  { label: 'requests for help delivered to mentors', keys: ['request'] },
  { label: 'request reminders (before the deadline)', keys: ['nudge:request-reminder'] },
  { label: 'overdue notes', keys: ['nudge:request-overdue'] },
  { label: 'escalations to a Faculty Mentor', keys: ['nudge:request-escalation'] },
  { label: 'month-end and semester-end nudges', keys: ['nudge:month-end', 'nudge:semester-end'] },
  { label: 'check-in prompts', keys: ['prompt'] },
  { label: 'pulses (“How are things going?”)', keys: ['pulse'] },
  { label: 'time away notes', keys: ['away'] },
  { label: 'switch messages', keys: ['switch'] },
  { label: 'weekly digests', keys: ['digest', 'digest-admin', 'digest-clinical', 'digest-premed'] },
  { label: 'agreements to accept (clinical and pre-med welcome DMs)', keys: ['clinical:welcome', 'premed:welcome'] },
  { label: 'clinical rotation offers and introductions', keys: ['clinical:offer', 'clinical:intro'] },
  { label: 'rotation obligation nudges', keys: ['nudge:clinical-pre', 'nudge:clinical-mid', 'nudge:clinical-minutes'] },
  { label: 'pre-med introductions', keys: ['premed:intro'] },
  { label: 'pre-med hours nudges', keys: ['nudge:premed-hours'] },
];

export interface SummaryLine {
  readonly label: string;
  readonly count: number;
}

export interface DemoSummary {
  readonly from: string;
  readonly until: string;
  readonly days: number;
  /** Messages the app posted, by kind (every kind listed, with 0 where none was sent). */
  readonly messages: readonly SummaryLine[];
  /** What happened to the requests, and what people did. */
  readonly outcomes: readonly SummaryLine[];
}

const keyOf = (message: FakeMessage): string => String(message.metadata?.event_payload['id'] ?? '').replace(/#.*$/, '');
const matches = (key: string, prefix: string) => key === prefix || key.startsWith(`${prefix}:`);

/** `requests`: the requests made in the semester played (from the store); `tallies`: the story's steps counted by what they were. */
export function summarizeDemo(record: DemoRecord, days: number, requests: readonly RequestFacts[], tallies: Readonly<Record<string, number>>): DemoSummary {
  const keys = record.slack.messages.filter((m) => m.ephemeralUser === undefined).map(keyOf);
  const counted = new Set<number>();
  const messages = KINDS.map(({ label, keys: prefixes }) => {
    // The most specific prefix wins: a nudge's key is not also counted as another kind's.
    const indices = keys.flatMap((key, i) => (!counted.has(i) && prefixes.some((p) => matches(key, p)) ? [i] : []));
    for (const i of indices) counted.add(i);
    return { label, count: indices.length };
  });
  messages.push({ label: 'other messages (confirmations, notices)', count: keys.length - counted.size });
  messages.push({ label: 'Home tabs drawn', count: record.slack.callsTo('views.publish').length });
  const answeredAt = (r: RequestFacts) => [r.claimedAt, r.respondedAt].filter((d): d is Date => d !== undefined).sort((a, b) => a.getTime() - b.getTime())[0];
  const answered = requests.filter((r) => answeredAt(r) !== undefined);
  const outcomes: SummaryLine[] = [
    { label: 'requests for help', count: requests.length },
    { label: 'answered on time', count: answered.filter((r) => answeredAt(r)!.getTime() <= r.deadline.getTime()).length },
    { label: 'answered late', count: answered.filter((r) => answeredAt(r)!.getTime() > r.deadline.getTime()).length },
    { label: 'urgent requests', count: requests.filter((r) => r.urgency === 'urgent').length },
    ...Object.entries(tallies).map(([label, count]) => ({ label, count })),
  ];
  return { from: record.from, until: record.until, days, messages, outcomes };
}

/** The summary as `npm run demo` prints it. */
export function formatSummary(summary: DemoSummary): string {
  const width = Math.max(...[...summary.messages, ...summary.outcomes].map((l) => l.label.length));
  const line = (l: SummaryLine) => `  ${l.label.padEnd(width)}  ${String(l.count).padStart(4)}`;
  return [
    `The sample semester, ${summary.from} to ${summary.until} (${summary.days} days):`,
    '',
    'What the app sent in Slack',
    ...summary.messages.map(line),
    '',
    'What happened',
    ...summary.outcomes.map(line),
  ].join('\n');
}
