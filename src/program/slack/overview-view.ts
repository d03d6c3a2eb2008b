import type { CohortDigest, MenteeLine } from '../overview/build-digest.js';
import type { GroupLine, ProgramDigest } from '../overview/build-program-digest.js';
import type { DigestPart } from '../overview/split-rows.js';
import type { RequestLine } from '../overview/summarize-requests.js';
import type { KnownBlock } from '../../slack/blocks.js';
import { formatLongDate, formatMonth } from '../../slack/format-time.js';
import { escapeMrkdwn } from '../../slack/mrkdwn.js';
import { overviewCopy } from './overview-copy.js';
import type { SlackMessage } from '../../slack/help-message.js';

const words = overviewCopy;

/** Slack's limits (SLACK.md §5): 50 blocks per message, 3,000 characters per section text, 150 per header. */
export const MESSAGE_MAX_BLOCKS = 50;
export const SECTION_MAX_CHARS = 3_000;
const HEADER_MAX_CHARS = 150;
/** Lines per section of a list: ten lines of at most LINE_MAX_CHARS stay under a section's 3,000 characters. */
const LINES_PER_SECTION = 10;
const LINE_MAX_CHARS = 290;
/** People named in one line of the summary before "and N more". */
const NAMES_MAX = 12;
/** Groups listed as needing attention before "and N more". */
const ATTENTION_GROUPS_MAX = 10;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
export const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text: clip(text, SECTION_MAX_CHARS) } });
export const context = (text: string): KnownBlock => ({ type: 'context', elements: [{ type: 'mrkdwn', text: clip(text, SECTION_MAX_CHARS) }] });
export const header = (text: string): KnownBlock => ({ type: 'header', text: { type: 'plain_text', text: clip(text, HEADER_MAX_CHARS) } });

/** A list as sections of at most ten lines each (each line clipped), so no section passes Slack's limit. */
export function listSections(lines: readonly string[], perSection = LINES_PER_SECTION): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  for (let i = 0; i < lines.length; i += perSection) {
    blocks.push(section(lines.slice(i, i + perSection).map((l) => clip(l, LINE_MAX_CHARS)).join('\n')));
  }
  return blocks;
}

/** `<@A>, <@B> and 3 more`. */
export function namePeople(ids: readonly string[], max = NAMES_MAX): string {
  const shown = ids.slice(0, max).map((id) => `<@${id}>`);
  const rest = ids.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} ${words.more(rest)}`;
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** A span of time as people say it: `45 min`, `5 h`, `3 days`. */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${Math.max(0, Math.round(minutes))} min`;
  const hours = minutes / 60;
  if (hours < 48) return `${Math.round(hours)} h`;
  return `${Math.round(hours / 24)} days`;
}

const groupNames = (digest: CohortDigest) => digest.groups.map((g) => g.name).join(', ') || 'your cohort';
const semesterLabel = (digest: { semester: { label: string } | undefined }) => digest.semester?.label;

function requestList(lines: readonly RequestLine[], describe: (r: RequestLine) => string): string {
  const shown = lines.slice(0, NAMES_MAX).map(describe);
  return lines.length > shown.length ? `${shown.join(', ')} ${words.more(lines.length - shown.length)}` : shown.join(', ');
}

/** The cohort digest's summary: what needs attention first, then the rules, requests, time away, switches and pulse. */
export function buildCohortSummaryBlocks(digest: CohortDigest): KnownBlock[] {
  const month = formatMonth(digest.month.key);
  const { attention } = digest;
  const attentionLines: string[] = [];
  if (attention.overdue.length > 0) {
    attentionLines.push(words.overdue(attention.overdue.length, requestList(attention.overdue, (r) => words.requestAge(`<@${r.menteeId}>`, formatDuration(r.ageHours * 60)))));
  }
  if (attention.urgent.length > 0) {
    attentionLines.push(words.urgent(requestList(attention.urgent, (r) => words.requestState(`<@${r.menteeId}>`, words.statuses[r.status]))));
  }
  if (attention.noContact.length > 0) attentionLines.push(words.noContact(attention.noContact.length, month, namePeople(attention.noContact)));
  const blocks: KnownBlock[] = [section(attentionLines.length === 0 ? words.attentionNone : `${words.attentionTitle}\n${attentionLines.join('\n')}`)];

  const rules = [words.compliance(digest.counts.communicated, digest.counts.mentees, month, digest.counts.met, semesterLabel(digest))];
  if (!digest.month.active) rules.push(words.notRunning(month));
  const { requests } = digest;
  const response =
    requests.medianResponseMinutes === undefined
      ? words.noResponsesYet(month)
      : words.medianResponse(formatDuration(requests.medianResponseMinutes), requests.answeredThisMonth, month);
  const away =
    digest.mentorsAway.length === 0
      ? words.noneAway
      : words.away(digest.mentorsAway.map((a) => `<@${a.mentorId}> ${a.start === a.end ? formatLongDate(a.start) : `${formatLongDate(a.start)} – ${formatLongDate(a.end)}`}`).join(', '));
  const pulse =
    words.pulse(month, digest.pulse.answered, digest.pulse.asked, digest.pulse.low) +
    (digest.pulse.sharedMenteeIds.length > 0 ? words.pulseShared(namePeople(digest.pulse.sharedMenteeIds)) : '');
  blocks.push(
    section(rules.join('\n')),
    section(words.requests(requests.waiting.length, requests.overdue, requests.answeredThisWeek) + response),
    section([away, words.switches(digest.pendingSwitches), pulse].join('\n')),
  );
  return blocks;
}

/** One mentee's line: this month's communication and this semester's meeting, with when and by whom. */
export function menteeLine(mentee: MenteeLine, digest: Pick<CohortDigest, 'month' | 'semester'>): string {
  return `• <@${mentee.id}> — ${words.menteeMonth(formatMonth(digest.month.key), mentee.lastCommunication, formatLongDate)}${words.menteeSemester(semesterLabel(digest), mentee.lastMeeting, formatLongDate)}`;
}

function periodLine(digest: Pick<CohortDigest, 'week' | 'month' | 'semester'>): string {
  return words.period(formatLongDate(digest.week.monday), formatMonth(digest.month.key), semesterLabel(digest));
}

/**
 * One message of a Faculty Mentor's digest. The first part carries the summary; every part lists its share of the
 * mentees, so a cohort of any size is continued over several messages and never cut off.
 */
/** `extra`: the lines the features add (`DigestLines`), under the first part's summary. */
export function buildCohortDigestMessage(digest: CohortDigest, part: DigestPart<MenteeLine>, extra: readonly string[] = []): SlackMessage {
  const title = words.cohortTitle(groupNames(digest));
  const first = part.index === 1;
  const blocks: KnownBlock[] = [header(first ? title : words.continuedTitle(clip(title, HEADER_MAX_CHARS - 30), part.index, part.count))];
  if (first) blocks.push(context(periodLine(digest)), ...buildCohortSummaryBlocks(digest), ...listSections(extra), { type: 'divider' });
  const start = part.rows.length === 0 ? 0 : digest.mentees.indexOf(part.rows[0]!) + 1;
  blocks.push(section(words.menteesTitle(start, start + part.rows.length - 1, digest.mentees.length)), ...listSections(part.rows.map((m) => menteeLine(m, digest))));
  if (part.index < part.count) blocks.push(context(words.continuesBelow(part.index, part.count)));
  const text = first
    ? words.fallback(escapeMrkdwn(groupNames(digest)), digest.counts.communicated, digest.counts.mentees, digest.requests.overdue)
    : words.continuedFallback(escapeMrkdwn(title), part.index, part.count);
  return { text, blocks };
}

/** One group's line in the program-wide digest. */
export function groupLine(group: GroupLine, hasSemester: boolean): string {
  const faculty = group.facultyIds.map((id) => `<@${id}>`).join(', ');
  const marks = group.concerns.length > 0 ? ` :warning: ${group.concerns.map((c) => words.concerns[c]).join(', ')}` : '';
  return `• ${words.groupLine({ ...group, name: escapeMrkdwn(group.name), faculty }, hasSemester)}${marks}`;
}

/** The program digest's summary: totals, then the groups needing attention (the most pressing first). */
export function buildProgramSummaryBlocks(digest: ProgramDigest): KnownBlock[] {
  const month = formatMonth(digest.month.key);
  const t = digest.totals;
  const response =
    t.medianResponseMinutes === undefined ? words.noResponsesYet(month) : words.medianResponse(formatDuration(t.medianResponseMinutes), t.answeredThisMonth, month);
  const pulse = words.pulse(month, t.pulse.answered, t.pulse.asked, t.pulse.low);
  const blocks: KnownBlock[] = [
    section(
      [
        words.totals(t, month, semesterLabel(digest)),
        ...(digest.month.active ? [] : [words.notRunning(month)]),
        words.programRequests(t) + response,
        `${words.programAway(t.mentorsAway)} · ${words.switches(t.pendingSwitches)}`,
        pulse,
      ].join('\n'),
    ),
  ];
  if (digest.attention.length === 0) {
    blocks.push(section(words.groupsAttentionNone));
  } else {
    const shown = digest.attention.slice(0, ATTENTION_GROUPS_MAX).map((g) => groupLine(g, digest.semester !== undefined));
    if (digest.attention.length > shown.length) shown.push(words.more(digest.attention.length - shown.length));
    blocks.push(section(words.groupsAttentionTitle), ...listSections(shown));
  }
  return blocks;
}

/** One message of an admin's program-wide digest: the first part has the totals; every part its share of the groups. */
/** `extra`: the lines the features add (`DigestLines`), under the first part's summary. */
export function buildProgramDigestMessage(digest: ProgramDigest, part: DigestPart<GroupLine>, extra: readonly string[] = []): SlackMessage {
  const title = words.programTitle;
  const first = part.index === 1;
  const blocks: KnownBlock[] = [header(first ? title : words.continuedTitle(clip(title, HEADER_MAX_CHARS - 30), part.index, part.count))];
  if (first) blocks.push(context(periodLine(digest)), ...buildProgramSummaryBlocks(digest), ...listSections(extra), { type: 'divider' });
  const start = part.rows.length === 0 ? 0 : digest.groups.indexOf(part.rows[0]!) + 1;
  blocks.push(
    section(words.groupsTitle(start, start + part.rows.length - 1, digest.groups.length)),
    ...listSections(part.rows.map((g) => groupLine(g, digest.semester !== undefined))),
  );
  if (part.index < part.count) blocks.push(context(words.continuesBelow(part.index, part.count)));
  const text = first ? words.programFallback(digest.totals.groups, digest.attention.length) : words.continuedFallback(title, part.index, part.count);
  return { text, blocks };
}
