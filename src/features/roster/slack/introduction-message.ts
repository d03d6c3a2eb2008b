import type { IntroducedGroup, MemberRef } from '../domain/introductions.js';
import type { GroupRole } from '../../../program/roster.js';
import type { Newcomer } from '../ports.js';
import type { KnownBlock } from '../../../slack/blocks.js';
import { introCopy } from './copy.js';
import type { SlackMessage } from '../../../slack/help-message.js';
import { escapeMrkdwn } from '../../../slack/mrkdwn.js';

/** Slack's limits: a section's text ≤ 3,000 characters, a channel purpose ≤ 250. */
const SECTION_MAX = 3_000;
const PURPOSE_MAX = 250;
/** A welcome DM lists at most this many people before "and N more". */
const DM_LIST_MAX = 40;

const mention = (id: string) => `<@${id}>`;
const channelLink = (id: string) => `<#${id}>`;

function listMentions(people: readonly MemberRef[], max = Number.POSITIVE_INFINITY): string {
  const shown = people.slice(0, max).map((p) => mention(p.id));
  const rest = people.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} ${introCopy.more(rest)}` : shown.join(', ');
}

function joinAnd(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!}`;
}

/** Sections for a long text, each within Slack's limit, cut between lines or list items. */
function sections(text: string): KnownBlock[] {
  const out: KnownBlock[] = [];
  let rest = text;
  while (rest.length > SECTION_MAX) {
    const cut = Math.max(rest.lastIndexOf('\n', SECTION_MAX), rest.lastIndexOf(', ', SECTION_MAX));
    const at = cut > 0 ? cut : SECTION_MAX;
    out.push({ type: 'section', text: { type: 'mrkdwn', text: rest.slice(0, at) } });
    rest = rest.slice(at).replace(/^(\n|, )/, '');
  }
  out.push({ type: 'section', text: { type: 'mrkdwn', text: rest } });
  return out;
}

/** The channel's purpose (at most 250 characters). */
export function buildChannelPurpose(group: IntroducedGroup): string {
  return introCopy.purpose(group.name, group.kind).slice(0, PURPOSE_MAX);
}

/** The full introduction posted once in a group's channel: who is who, the rules, what to bring where, the commands. */
export function buildIntroductionMessage(group: IntroducedGroup): SlackMessage {
  const withYear = (p: MemberRef) => (p.year !== undefined ? `${mention(p.id)} (${introCopy.year(p.year)})` : mention(p.id));
  const who: string[] = [];
  if (group.kind === 'cohort' || group.faculty.length > 0) {
    who.push(`*${introCopy.facultyLabel}:* ${group.faculty.length > 0 ? group.faculty.map((p) => mention(p.id)).join(', ') : introCopy.nobodyYet}`);
  }
  who.push(`*${introCopy.peerMentorsLabel}:* ${group.peerMentors.length > 0 ? group.peerMentors.map(withYear).join(', ') : introCopy.nobodyYet}`);
  who.push(`*${introCopy.menteesLabel}:* ${group.mentees.length > 0 ? listMentions(group.mentees) : introCopy.nobodyYet}`);
  const faculty = group.faculty.length > 0 ? joinAnd(group.faculty.map((p) => mention(p.id))) : undefined;
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: introCopy.title(group.name).slice(0, 150) } },
    { type: 'section', text: { type: 'mrkdwn', text: introCopy.opening(group.kind) } },
    ...sections(who.join('\n')),
    { type: 'divider' },
    { type: 'section', text: { type: 'mrkdwn', text: `${introCopy.rulesTitle}\n${introCopy.rules}` } },
    { type: 'section', text: { type: 'mrkdwn', text: `${introCopy.helpTitle}\n${introCopy.help}` } },
    { type: 'section', text: { type: 'mrkdwn', text: `${introCopy.limitsTitle}\n${introCopy.limits(faculty)}` } },
    { type: 'section', text: { type: 'mrkdwn', text: `${introCopy.confidentialityTitle}\n${introCopy.confidentiality}` } },
    { type: 'divider' },
    { type: 'section', text: { type: 'mrkdwn', text: `${introCopy.commandsTitle}\n${introCopy.commands}` } },
    { type: 'section', text: { type: 'mrkdwn', text: introCopy.goals } },
  ];
  return { text: introCopy.fallback(escapeMrkdwn(group.name)), blocks };
}

/** A short welcome in the channel for people who joined after its introduction. */
export function buildNewcomersMessage(group: IntroducedGroup, newcomers: readonly Newcomer[]): SlackMessage {
  const mentions = joinAnd(newcomers.map((n) => `${mention(n.id)} (${introCopy.roleName(n.role)})`));
  const name = escapeMrkdwn(group.name);
  return { text: introCopy.newcomersFallback(name), blocks: sections(introCopy.newcomers(mentions, name)) };
}

/** The short re-introduction of a group's peer mentors after a new one joined: who they are now, and how to reach them. */
export function buildNewPairMessage(group: IntroducedGroup): SlackMessage {
  const name = escapeMrkdwn(group.name);
  const mentors = joinAnd(group.peerMentors.map((p) => `${mention(p.id)}${p.year === undefined ? '' : ` (${introCopy.year(p.year)})`}`));
  const faculty = group.faculty.length > 0 ? joinAnd(group.faculty.map((p) => mention(p.id))) : undefined;
  const text = introCopy.newPair(name, group.kind, mentors, faculty);
  return { text: introCopy.newPairFallback(name), blocks: sections(text) };
}

/** The personal welcome DM for one person in one group: their group, their mentors or mentees, their commands. */
export function buildWelcomeDm(personId: string, role: GroupRole, group: IntroducedGroup, channelId: string): SlackMessage {
  const channel = channelLink(channelId);
  // The group's name comes from the roster file: escaped, so that it can neither mention anyone nor link anywhere.
  const name = escapeMrkdwn(group.name);
  const faculty = group.faculty.length > 0 ? joinAnd(group.faculty.map((p) => mention(p.id))) : undefined;
  const blocks: KnownBlock[] = [];
  if (role === 'mentee') {
    const mentors = joinAnd(group.peerMentors.map((p) => mention(p.id))) || introCopy.nobodyYet;
    const opening = group.kind === 'mdphd' ? introCopy.dmMenteeMdphd(channel, mentors) : introCopy.dmMentee(name, channel, mentors, faculty);
    blocks.push(
      { type: 'section', text: { type: 'mrkdwn', text: opening } },
      { type: 'section', text: { type: 'mrkdwn', text: `${introCopy.commandsHeading}\n${introCopy.dmMenteeCommands}` } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: introCopy.goals }] },
    );
  } else if (role === 'peer_mentor') {
    const partners = group.peerMentors.filter((p) => p.id !== personId);
    const partner = partners.length > 0 ? joinAnd(partners.map((p) => mention(p.id))) : undefined;
    blocks.push(
      { type: 'section', text: { type: 'mrkdwn', text: introCopy.dmMentor(name, channel, partner, faculty, group.mentees.length) } },
      ...sections(listMentions(group.mentees, DM_LIST_MAX) || introCopy.nobodyYet),
      { type: 'section', text: { type: 'mrkdwn', text: introCopy.dmMentorRules } },
      { type: 'section', text: { type: 'mrkdwn', text: `${introCopy.commandsHeading}\n${introCopy.dmMentorCommands}` } },
    );
  } else {
    const mentors = joinAnd(group.peerMentors.map((p) => mention(p.id))) || introCopy.nobodyYet;
    blocks.push(
      { type: 'section', text: { type: 'mrkdwn', text: introCopy.dmFaculty(name, channel, mentors, group.mentees.length) } },
      ...sections(listMentions(group.mentees, DM_LIST_MAX) || introCopy.nobodyYet),
      { type: 'context', elements: [{ type: 'mrkdwn', text: introCopy.dmFacultyNote }] },
    );
  }
  return { text: introCopy.dmFallback(name), blocks };
}
