import type { KnownBlock } from '../../../slack/blocks.js';
import { cappedLines, homeButton, type HomeRoles, type HomeSectionSource } from '../../../slack/home-section.js';
import { sumGoalCounts } from '../domain/goal-counts.js';
import type { MenteeGoals } from '../domain/goal.js';
import type { GoalDigestFacts } from '../read-goals.js';
import { goalsCopy as words } from './copy.js';
import { goalLine } from './goals-views.js';
import { goalIds as ids } from './ids.js';

/** What the goals' Home sections read. */
export interface GoalHomeReads {
  ownGoals(menteeId: string): Promise<MenteeGoals | undefined>;
  mentorGoals(mentorId: string, now: Date): Promise<{ readonly goals: readonly MenteeGoals[] }>;
  digestFacts(now: Date): Promise<GoalDigestFacts>;
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

const countsBlock = (figures: ReturnType<typeof sumGoalCounts>): KnownBlock[] => [{ type: 'context', elements: [{ type: 'mrkdwn', text: words.countsLine(figures.withGoals, figures.mentees, figures.revisited) }] }];

/**
 * The goals on Home: a mentee's own (with *Set goals*), a mentor's mentees' goals, and for Faculty Mentors (their
 * cohort) and admins (the program) counts only, never a goal's words.
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
    scope: (roles) => heldAlone(roles.mentorGroups.length > 0 || holdsInAnyTrack(roles, 'peer_mentor')),
    load: (roles, now) => reads.mentorGoals(roles.userId, now),
    build: (_state, _roles, _now, _settings, loaded) => loaded,
    draw: mentorBlocks,
  };
  type Figures = ReturnType<typeof sumGoalCounts>;
  const faculty: HomeSectionSource<Figures, GoalDigestFacts> = {
    role: 'faculty',
    scope: (roles) => heldAlone(roles.facultyGroups.length > 0),
    load: (_roles, now) => reads.digestFacts(now),
    build: (_state, roles, _now, _settings, facts) => sumGoalCounts(facts.counts, roles.facultyGroups.flatMap((g) => facts.menteesByGroup.get(g) ?? [])),
    draw: countsBlock,
  };
  const admin: HomeSectionSource<Figures, GoalDigestFacts> = {
    role: 'admin',
    scope: (roles) => heldAlone(roles.admin),
    load: (_roles, now) => reads.digestFacts(now),
    build: (_state, _roles, _now, _settings, facts) => sumGoalCounts(facts.counts, facts.allMentees),
    draw: countsBlock,
  };
  return [mentee, mentor, faculty, admin];
}
