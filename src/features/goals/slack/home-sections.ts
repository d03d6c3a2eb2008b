import type { KnownBlock } from '../../../slack/blocks.js';
import { cappedLines, homeButton, type HomeRead, type HomeRoles, type HomeSectionSource } from '../../../slack/home-section.js';
import type { MenteeGoals } from '../domain/goal.js';
import { goalsCopy as words } from './copy.js';
import { goalLine } from './goals-views.js';
import { goalIds as ids } from './ids.js';

/** What the goals' Home sections read. */
export interface GoalHomeReads {
  ownGoals(menteeId: string): Promise<MenteeGoals | undefined>;
  /** `read`: the mentor and the roster of their groups, read already by Home. */
  mentorGoals(mentorId: string, now: Date, read: HomeRead): Promise<{ readonly goals: readonly MenteeGoals[] }>;
}

const holdsInAnyTrack = (roles: HomeRoles, role: 'mentee' | 'peer_mentor') => roles.tracks.some((t) => t.role === role);
/** Held (in a group or a track), with no group's state to read: the section reads its own. */
const heldAlone = (held: boolean) => (held ? [] : undefined);

const section = (text: string, accessory?: ReturnType<typeof homeButton>): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text }, ...(accessory === undefined ? {} : { accessory }) });

function menteeBlocks(goals: MenteeGoals | undefined): KnownBlock[] {
  const lines = goals?.goals.map((g) => goalLine(g)) ?? [];
  const button = homeButton(ids.homeButton, lines.length === 0 ? words.homeButton : words.homeEditButton);
  return [section([words.homeTitle, ...(lines.length === 0 ? [words.homeNone] : lines)].join('\n'), button)];
}

function mentorBlocks(content: { readonly goals: readonly MenteeGoals[] }): KnownBlock[] {
  // Nothing to show until a mentee sets goals: the mentor's Home stays as it was.
  if (content.goals.length === 0) return [];
  const lines = content.goals.map((m) => [`<@${m.menteeId}>`, ...m.goals.map((g) => goalLine(g))].join('\n'));
  return [section(words.mentorTitle), ...cappedLines(lines, 12).map((l) => section(l))];
}

/**
 * The goals on Home: a mentee's own (with *Set goals*), and a mentor's mentees' goals. Faculty Mentors and admins see
 * counts only, in their weekly digests (slack/digest-lines.ts).
 */
export function createGoalHomeSections(reads: GoalHomeReads): HomeSectionSource[] {
  const mentee: HomeSectionSource<MenteeGoals | undefined, MenteeGoals | undefined> = {
    role: 'mentee',
    scope: (roles) => heldAlone(roles.menteeGroups.length > 0 || holdsInAnyTrack(roles, 'mentee')),
    load: (roles) => reads.ownGoals(roles.userId),
    build: (_state, _roles, _now, _settings, loaded) => loaded,
    draw: menteeBlocks,
  };
  const mentor: HomeSectionSource<{ readonly goals: readonly MenteeGoals[] }, { readonly goals: readonly MenteeGoals[] }> = {
    role: 'mentor',
    // The groups they mentor in, whose roster Home reads once and gives to `load` (a track's mentor alone: none).
    scope: (roles) => (roles.mentorGroups.length > 0 ? roles.mentorGroups : heldAlone(holdsInAnyTrack(roles, 'peer_mentor'))),
    // Their roster alone: no contact, request or other record of the groups.
    ledgers: [],
    load: (roles, now, read) => reads.mentorGoals(roles.userId, now, read),
    build: (_state, _roles, _now, _settings, loaded) => loaded,
    draw: mentorBlocks,
  };
  return [mentee, mentor];
}
