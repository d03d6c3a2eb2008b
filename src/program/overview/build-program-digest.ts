import type { IsoWeek } from '../calendar-date.js';
import type { ProgramMonth, ProgramSemester } from '../calendar.js';
import type { ProgramState } from './program-state.js';
import { buildMentoringMap, type Group, type MentoringMap } from '../roster.js';
import { digestContext, digestOfGroups, type CohortDigest, type PulseLine } from './build-digest.js';
import type { ProgramIndex } from './program-index.js';
import type { DigestSettings } from './periods-of.js';

/** Why a group needs an admin's attention. */
export type GroupConcern = 'overdue' | 'urgent' | 'no_contact' | 'no_mentor';

/** What a group's line and the program's totals both count: compliance for the month and semester, and requests. */
export interface DigestCounts {
  readonly mentees: number;
  /** Mentees with a communication this month / a meeting this semester. */
  readonly communicated: number;
  readonly met: number;
  readonly waiting: number;
  readonly overdue: number;
  readonly urgent: number;
  readonly pendingSwitches: number;
}

/** One group in the program-wide digest: its compliance for the month and semester, and its requests. */
export interface GroupLine extends DigestCounts {
  readonly id: string;
  readonly name: string;
  readonly kind: Group['kind'];
  readonly facultyIds: readonly string[];
  readonly mentors: number;
  /** Empty when the group needs nothing; otherwise why, most pressing first. */
  readonly concerns: readonly GroupConcern[];
}

/** What admins learn each week: every group's compliance, the groups needing attention, and totals. */
export interface ProgramDigest {
  readonly week: IsoWeek;
  readonly month: ProgramMonth;
  readonly semester: ProgramSemester | undefined;
  /** Every active group, by name. */
  readonly groups: readonly GroupLine[];
  /** The groups with concerns, most pressing first (overdue requests, then urgent ones, then mentees not contacted). */
  readonly attention: readonly GroupLine[];
  /** `mentees` counts each mentee once, whatever the number of groups they are in. */
  readonly totals: DigestCounts & {
    readonly groups: number;
    readonly answeredThisWeek: number;
    readonly answeredThisMonth: number;
    readonly medianResponseMinutes: number | undefined;
    readonly mentorsAway: number;
    readonly pulse: PulseLine;
  };
}

function countsOf(digest: CohortDigest): DigestCounts {
  return {
    mentees: digest.counts.mentees,
    communicated: digest.counts.communicated,
    met: digest.counts.met,
    waiting: digest.requests.waiting.length,
    overdue: digest.requests.overdue,
    urgent: digest.attention.urgent.length,
    pendingSwitches: digest.pendingSwitches,
  };
}

/**
 * The program-wide digest: each group as a line, and the program as one cohort for the totals. The state is grouped
 * once (`index`, or here), so the whole costs what the program holds, not that times the number of groups.
 */
export function buildProgramDigest(state: ProgramState, now: Date, settings: DigestSettings, index?: ProgramIndex): ProgramDigest {
  const context = digestContext(state, now, settings, index);
  const active = state.groups.filter((g) => g.active);
  const map = buildMentoringMap(state.memberships, active);
  const groups: GroupLine[] = active.map((group) => groupLine(state, map, group, digestOfGroups(state, [group], now, context)));
  return programDigestOf(groups, digestOfGroups(state, active, now, context));
}

/** One group's line, from its digest. */
function groupLine(state: Pick<ProgramState, 'people'>, map: MentoringMap, group: Group, digest: CohortDigest): GroupLine {
  const concerns: GroupConcern[] = [];
  if (digest.requests.overdue > 0) concerns.push('overdue');
  if (digest.attention.urgent.some((r) => r.status === 'open' || r.status === 'claimed')) concerns.push('urgent');
  if (digest.attention.noContact.length > 0) concerns.push('no_contact');
  if (digest.mentorIds.length === 0 && digest.mentees.length > 0) concerns.push('no_mentor');
  return {
    id: group.id,
    name: group.name,
    kind: group.kind,
    facultyIds: map.membersOf(group.id, 'faculty').filter((id) => state.people.get(id)?.active === true),
    mentors: digest.mentorIds.length,
    ...countsOf(digest),
    concerns,
  };
}

/** The program digest from its groups' lines and the digest of all active groups together. */
function programDigestOf(groups: readonly GroupLine[], all: CohortDigest): ProgramDigest {
  const pressing = (g: GroupLine) => [g.overdue, g.urgent, g.mentees - g.communicated, g.concerns.includes('no_mentor') ? 1 : 0];
  const attention = groups
    .filter((g) => g.concerns.length > 0)
    .sort((a, b) => {
      const pa = pressing(a);
      const pb = pressing(b);
      for (let i = 0; i < pa.length; i += 1) if (pa[i] !== pb[i]) return pb[i]! - pa[i]!;
      return a.name.localeCompare(b.name);
    });
  return {
    week: all.week,
    month: all.month,
    semester: all.semester,
    groups,
    attention,
    totals: {
      groups: groups.length,
      ...countsOf(all),
      answeredThisWeek: all.requests.answeredThisWeek,
      answeredThisMonth: all.requests.answeredThisMonth,
      medianResponseMinutes: all.requests.medianResponseMinutes,
      mentorsAway: new Set(all.mentorsAway.map((a) => a.mentorId)).size,
      pulse: all.pulse,
    },
  };
}
