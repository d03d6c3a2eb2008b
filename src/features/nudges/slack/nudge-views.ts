import type { ListNudge, Nudge, RequestNudge } from '../domain/nudge.js';
import { isPairAudience } from '../../../program/records/request.js';
import type { KnownBlock } from '../../../slack/blocks.js';
import { formatMonth } from '../../../slack/format-time.js';
import { copy } from '../../../slack/copy.js';
import { nudgeCopy } from './copy.js';
import { formatInZone } from '../../../slack/format-time.js';
import type { SlackMessage } from '../../../slack/help-message.js';
import { buildRequestButtons } from '../../../slack/request-buttons.js';
import { PROGRAM_TOPICS, type RequestTopics } from '../../../program/request-topics.js';

const words = nudgeCopy;
const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text });
const mention = (id: string) => `<@${id}>`;

/** Mentees named per section (a section holds 3,000 characters; a mention takes about 15). */
const MENTIONS_PER_SECTION = 50;

/**
 * A nudge as its recipient reads it: times in their own zone, never what a mentee wrote in a request. `topics`: the
 * tracks' request topics, for a topic's words (the program's by default).
 */
export function buildNudgeMessage(nudge: Nudge, topics: RequestTopics = PROGRAM_TOPICS): SlackMessage {
  switch (nudge.kind) {
    case 'request-reminder':
    case 'request-overdue':
      return buildRequestNudge(nudge, topics);
    case 'request-escalation':
      return buildEscalation(nudge);
    case 'month-end':
    case 'semester-end':
      return buildList(nudge);
  }
}

/** To the mentors a request is with: how long is left (or that it is late), where to answer, and its buttons. */
function buildRequestNudge(nudge: RequestNudge, topics: RequestTopics): SlackMessage {
  const { request } = nudge;
  const mentee = mention(request.menteeId);
  const deadline = formatInZone(request.deadline, nudge.zone);
  const hours = words.hours(nudge.hours);
  const topic = topics.label(request.topic, request.audience);
  const reminder = nudge.kind === 'request-reminder';
  // Only the people a request was sent to are in its conversation and may use its buttons; a partner covering from
  // outside it is told whom to check with instead.
  const involved = request.mentorIds.includes(nudge.recipientId);
  const notes = [involved ? words.whereToAnswer(mentee) : words.notInConversation(copy.people(request.mentorIds))];
  if (nudge.coveringFor.length > 0) notes.push(words.covering(copy.people(nudge.coveringFor)));
  else if (!reminder && !isPairAudience(request.audience)) notes.push(words.partnerNote);
  const blocks: KnownBlock[] = [
    { type: 'section', text: mrkdwn(`${reminder ? ':alarm_clock:' : ':hourglass:'} *${reminder ? words.reminderTitle(mentee, hours) : words.overdueTitle(mentee)}*`) },
    { type: 'section', text: mrkdwn(reminder ? words.reminderBody(deadline, topic) : words.overdueBody(deadline, hours, topic)) },
    { type: 'context', elements: notes.map(mrkdwn) },
  ];
  const buttons = involved ? buildRequestButtons(request) : undefined;
  if (buttons !== undefined) blocks.push(buttons);
  return { text: reminder ? words.reminderText(mentee, hours, deadline) : words.overdueText(mentee, deadline), blocks };
}

/** To the Faculty Mentor: who asked whom, and how late it is; never the request's topic or words. */
function buildEscalation(nudge: RequestNudge): SlackMessage {
  const { request } = nudge;
  // A pair track's request escalates to its office (the Clinical Office), whose mentee it is not.
  const escalation = isPairAudience(request.audience) ? words.officeEscalationText : words.escalationText;
  const text = escalation(mention(request.menteeId), copy.people(request.mentorIds), formatInZone(request.deadline, nudge.zone), words.hours(nudge.hours));
  return { text, blocks: [{ type: 'section', text: mrkdwn(`:rotating_light: ${text}`) }, { type: 'context', elements: [mrkdwn(words.escalationNote)] }] };
}

/** One message per mentor: their mentees still missing this month's communication or this semester's meeting. */
function buildList(nudge: ListNudge): SlackMessage {
  const count = nudge.missing;
  const text =
    nudge.kind === 'month-end'
      ? words.monthEndText(nudge.daysLeft, formatMonth(nudge.month.key), count)
      : words.semesterEndText(nudge.daysLeft, nudge.semester.label, count);
  const blocks: KnownBlock[] = [{ type: 'section', text: mrkdwn(`:calendar: *${text}*`) }];
  if (nudge.asFaculty) blocks.push({ type: 'context', elements: [mrkdwn(words.asFaculty)] });
  const shown = nudge.menteeIds;
  for (let i = 0; i < shown.length; i += MENTIONS_PER_SECTION) {
    blocks.push({ type: 'section', text: mrkdwn(shown.slice(i, i + MENTIONS_PER_SECTION).map(mention).join(', ')) });
  }
  if (count > shown.length) blocks.push({ type: 'context', elements: [mrkdwn(words.more(count - shown.length))] });
  blocks.push({ type: 'context', elements: [mrkdwn(nudge.kind === 'month-end' ? words.monthEndHint : words.semesterEndHint)] });
  return { text, blocks };
}
