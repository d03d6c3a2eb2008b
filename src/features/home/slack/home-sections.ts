import { homeButtonIds } from '../../../slack/home-buttons.js';
import type { KnownBlock } from '../../../slack/blocks.js';
import { cappedLines, heldGroups, homeButton, type HomeReader, type HomeSectionSource } from '../../../slack/home-section.js';
import { formatInZone, formatLongDate, formatMonth } from '../../../slack/format-time.js';
import { PROGRAM_TOPICS, type RequestTopics } from '../../../program/request-topics.js';
import { context, header, listSections, menteeLine, namePeople, section } from '../../../program/slack/overview-view.js';
import { buildMenteeSection, buildMentorSection, type MenteeSection, type MentorSection } from '../domain/home.js';
import { homeCopy as words } from './copy.js';
import { homeIds } from './ids.js';

function menteeBlocks(s: MenteeSection, reader: HomeReader, topics: RequestTopics): KnownBlock[] {
  const mentors = s.mentors.map((m) => (m.awayUntil === undefined ? `<@${m.id}>` : words.awayUntil(`<@${m.id}>`, formatLongDate(m.awayUntil))));
  const people = [mentors.length === 0 ? words.noMentors : words.mentors(mentors.join(', '))];
  if (s.facultyIds.length > 0) people.push(words.faculty(namePeople(s.facultyIds)));
  const requests = s.requests.map((r) =>
    words.myRequest(
      topics.label(r.topic, r.audience),
      words.menteeStatuses[r.status],
      r.status === 'open' || r.status === 'claimed' ? formatInZone(r.deadline, reader.zone) : undefined,
      r.overdue,
    ),
  );
  return [
    header(words.menteeTitle),
    section(people.join('\n')),
    section(words.myRequests),
    ...(requests.length === 0 ? [section(words.noRequests)] : listSections(cappedLines(requests))),
    {
      type: 'actions',
      block_id: homeIds.menteeActions,
      elements: [homeButton(homeButtonIds.askForHelp, words.askButton, 'primary'), homeButton(homeButtonIds.switchMentors, words.switchButton)],
    },
  ];
}

function mentorBlocks(s: MentorSection, reader: HomeReader, topics: RequestTopics): KnownBlock[] {
  const mentees = s.mentees.map((m) => menteeLine(m, s));
  const waiting = s.waiting.map((r) =>
    words.waitingLine(`<@${r.menteeId}>`, topics.label(r.topic, r.audience), formatInZone(r.deadline, reader.zone), r.overdue, r.claimedBy === undefined ? undefined : `<@${r.claimedBy}>`),
  );
  const blocks: KnownBlock[] = [
    header(words.mentorTitle),
    context(words.mentorPeriod(formatMonth(s.month.key), s.semester?.label)),
    ...(mentees.length === 0 ? [section(words.noMentees)] : listSections(cappedLines(mentees))),
    section(words.waitingTitle),
    ...(waiting.length === 0 ? [section(words.noneWaiting)] : listSections(cappedLines(waiting))),
  ];
  if (s.away.length > 0) {
    blocks.push(section(words.yourAway(s.away.map((a) => (a.start === a.end ? formatLongDate(a.start) : `${formatLongDate(a.start)} – ${formatLongDate(a.end)}`)).join(', '))));
  }
  blocks.push({
    type: 'actions',
    block_id: homeIds.mentorActions,
    elements: [homeButton(homeButtonIds.logContact, words.logButton, 'primary'), homeButton(homeButtonIds.timeAway, words.awayButton)],
  });
  return blocks;
}

/**
 * A mentee's section: their mentors (and who is away), their faculty mentor, their open requests; Ask for help and
 * Switch mentors. `topics`: the tracks' request topics, for a topic's words.
 */
export function createMenteeHomeSection(topics: RequestTopics): HomeSectionSource<MenteeSection> {
  return {
    role: 'mentee',
    scope: (roles) => heldGroups(roles.menteeGroups),
    ledgers: ['requests', 'away'],
    build: (state, roles, now) => buildMenteeSection(state, roles.userId, now),
    draw: (content, reader) => menteeBlocks(content, reader, topics),
  };
}

/** A peer mentor's section: each mentee's status, the requests waiting on them, their time away; Log a contact and Time away. */
export function createMentorHomeSection(topics: RequestTopics): HomeSectionSource<MentorSection> {
  return {
    role: 'mentor',
    scope: (roles) => heldGroups(roles.mentorGroups),
    ledgers: ['contacts', 'requests', 'away'],
    build: (state, roles, now, settings) => buildMentorSection(state, roles.userId, now, settings),
    draw: (content, reader) => mentorBlocks(content, reader, topics),
  };
}

/** The sections with the program's topics alone (features built without tracks). */
export const menteeHomeSection = createMenteeHomeSection(PROGRAM_TOPICS);
export const mentorHomeSection = createMentorHomeSection(PROGRAM_TOPICS);
