import { homeButtonIds } from '../../../slack/home-buttons.js';
import type { AdminSection, FacultySection, HomeSection, MenteeSection, MentorSection, PersonHome } from '../domain/home.js';
import type { HomeView, KnownBlock } from '../../../slack/blocks.js';
import { homeIds } from './ids.js';
import { formatLongDate, formatMonth } from '../../../slack/format-time.js';
import { requestTopicLabels } from '../../../slack/request-buttons.js';
import { homeCopy } from './copy.js';
import { buildCohortSummaryBlocks, buildProgramSummaryBlocks, context, header, listSections, menteeLine, namePeople, section } from '../../../program/slack/overview-view.js';
import { formatInZone } from '../../../slack/format-time.js';

/** The Home tab of someone the program does not know: what the app is and whom to contact. */
export function buildOutsiderHome(adminUserIds: readonly string[]): HomeView {
  return {
    type: 'home',
    callback_id: homeIds.view,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: homeCopy.outsiderTitle } },
      { type: 'section', text: { type: 'mrkdwn', text: homeCopy.outsiderIntro } },
      { type: 'section', text: { type: 'mrkdwn', text: homeCopy.outsiderContact(adminUserIds) } },
    ],
  };
}

const words = homeCopy;

/** Slack shows at most 100 blocks on a Home tab (SLACK.md §5). */
export const HOME_MAX_BLOCKS = 100;
/** Lines of a list shown on Home before "…and N more" (the weekly digest and prompts have the full lists). */
const LIST_MAX = 30;

function capped(lines: readonly string[], max = LIST_MAX): string[] {
  return lines.length > max ? [...lines.slice(0, max), words.more(lines.length - max)] : [...lines];
}

const button = (actionId: string, text: string, style?: 'primary') => ({
  type: 'button' as const,
  action_id: actionId,
  text: { type: 'plain_text' as const, text },
  value: actionId,
  ...(style === undefined ? {} : { style }),
});

function menteeBlocks(s: MenteeSection, home: PersonHome): KnownBlock[] {
  const mentors = s.mentors.map((m) => (m.awayUntil === undefined ? `<@${m.id}>` : words.awayUntil(`<@${m.id}>`, formatLongDate(m.awayUntil))));
  const people = [mentors.length === 0 ? words.noMentors : words.mentors(mentors.join(', '))];
  if (s.facultyIds.length > 0) people.push(words.faculty(namePeople(s.facultyIds)));
  const requests = s.requests.map((r) =>
    words.myRequest(
      requestTopicLabels[r.topic],
      words.menteeStatuses[r.status],
      r.status === 'open' || r.status === 'claimed' ? formatInZone(r.deadline, home.zone) : undefined,
      r.overdue,
    ),
  );
  return [
    header(words.menteeTitle),
    section(people.join('\n')),
    section(words.myRequests),
    ...(requests.length === 0 ? [section(words.noRequests)] : listSections(capped(requests))),
    {
      type: 'actions',
      block_id: homeIds.menteeActions,
      elements: [button(homeButtonIds.askForHelp, words.askButton, 'primary'), button(homeButtonIds.switchMentors, words.switchButton)],
    },
  ];
}

function mentorBlocks(s: MentorSection, home: PersonHome): KnownBlock[] {
  const mentees = s.mentees.map((m) => menteeLine(m, s));
  const waiting = s.waiting.map((r) =>
    words.waitingLine(`<@${r.menteeId}>`, requestTopicLabels[r.topic], formatInZone(r.deadline, home.zone), r.overdue, r.claimedBy === undefined ? undefined : `<@${r.claimedBy}>`),
  );
  const blocks: KnownBlock[] = [
    header(words.mentorTitle),
    context(words.mentorPeriod(formatMonth(s.month.key), s.semester?.label)),
    ...(mentees.length === 0 ? [section(words.noMentees)] : listSections(capped(mentees))),
    section(words.waitingTitle),
    ...(waiting.length === 0 ? [section(words.noneWaiting)] : listSections(capped(waiting))),
  ];
  if (s.away.length > 0) {
    blocks.push(section(words.yourAway(s.away.map((a) => (a.start === a.end ? formatLongDate(a.start) : `${formatLongDate(a.start)} – ${formatLongDate(a.end)}`)).join(', '))));
  }
  blocks.push({
    type: 'actions',
    block_id: homeIds.mentorActions,
    elements: [button(homeButtonIds.logContact, words.logButton, 'primary'), button(homeButtonIds.timeAway, words.awayButton)],
  });
  return blocks;
}

function facultyBlocks(s: FacultySection): KnownBlock[] {
  const { digest } = s;
  return [
    header(words.facultyTitle(digest.groups.map((g) => g.name).join(', '))),
    ...buildCohortSummaryBlocks(digest),
    ...listSections(capped(digest.mentees.map((m) => menteeLine(m, digest)))),
  ];
}

function adminBlocks(s: AdminSection): KnownBlock[] {
  return [
    header(words.adminTitle),
    ...buildProgramSummaryBlocks(s.digest),
    {
      type: 'actions',
      block_id: homeIds.adminActions,
      elements: [button(homeButtonIds.importRoster, words.importButton), button(homeButtonIds.introduce, words.introduceButton), button(homeButtonIds.exportCsv, words.exportButton)],
    },
  ];
}

/** How each role's section looks: the view side of Home's registry (services/read-home.ts builds the sections). */
function blocksOf(s: HomeSection, home: PersonHome): KnownBlock[] {
  switch (s.kind) {
    case 'mentee':
      return menteeBlocks(s, home);
    case 'mentor':
      return mentorBlocks(s, home);
    case 'faculty':
      return facultyBlocks(s);
    case 'admin':
      return adminBlocks(s);
  }
}

/** A person's Home tab: a section per role, within Slack's 100 blocks; someone the program does not know sees whom to contact. */
export function buildHomeView(home: PersonHome): HomeView {
  if (home.sections.length === 0) return buildOutsiderHome(home.adminIds);
  const blocks: KnownBlock[] = home.sections.flatMap((s, i) => [...(i > 0 ? [{ type: 'divider' } as KnownBlock] : []), ...blocksOf(s, home)]);
  // Lists are capped per section, so four sections stay far below the limit; this only guards against a future section.
  if (blocks.length > HOME_MAX_BLOCKS) blocks.splice(HOME_MAX_BLOCKS - 1, blocks.length, context(words.shortened));
  return { type: 'home', callback_id: homeIds.view, blocks };
}

/** A modal that only says something (Home's buttons have no message to answer in). */
