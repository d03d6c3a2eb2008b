import type { DigestSettings } from '../program/overview/periods-of.js';
import type { Ledger, ProgramState } from '../program/overview/program-state.js';
import type { Person } from '../program/roster.js';
import type { RosterSnapshot } from '../program/snapshot/load-snapshot.js';
import type { TrackRole } from '../program/tracks.js';
import type { KnownBlock } from './blocks.js';
import { copy } from './copy.js';

/**
 * The Home tab's registry: each feature contributes the sections it shows there (`Feature.homeSections`), and the
 * Home feature reads the program once for all of a person's sections, builds each and draws it. A new capability
 * adds a Home section by contributing one.
 */

/** The roles Home has sections for, in the order they appear on the tab. */
export const HOME_ROLES = ['mentee', 'mentor', 'faculty', 'admin'] as const;
export type HomeRole = (typeof HOME_ROLES)[number];

/** The roles a person holds now: the active groups they belong to in each role, and whether they are an admin. */
export interface HomeRoles {
  readonly userId: string;
  readonly menteeGroups: readonly string[];
  readonly mentorGroups: readonly string[];
  /** Active cohort groups only (the MD/PhD group has no Faculty Mentor). */
  readonly facultyGroups: readonly string[];
  readonly admin: boolean;
  /** Every role the person holds, each in its track (none for someone not active): for tracks whose roles are not group memberships. */
  readonly tracks: readonly TrackRole[];
}

/** Whom a section is drawn for: their time zone, for deadlines. */
export interface HomeReader {
  readonly zone: string;
}

/**
 * What Home read once for all of a person's sections, for a section's `load` to use instead of reading it again: the
 * person, and the roster of the groups in the scopes of the sections it builds (each section's own `scope` among them,
 * the whole program when one is `'all'`).
 */
export interface HomeRead {
  /** The person whose Home it is, as the roster has them (undefined: not on it). */
  readonly person: Person | undefined;
  /** The active groups in scope, their current memberships and their people. */
  readonly roster: RosterSnapshot;
}

/**
 * A feature's contribution to Home: the role it serves (its place on the tab), whether the person holds it (and which
 * groups' state it needs), what it shows, built from the state read once for all of the person's sections (and from
 * what the section reads itself, if it does), and how that is drawn.
 */
export interface HomeSectionSource<C = unknown, L = unknown> {
  readonly role: HomeRole;
  /**
   * The groups the section reads, `'all'` for the whole program, or undefined when the person does not hold the role.
   * An empty list: the role is held, and the section reads no group (a track whose roles are no memberships: `load`).
   */
  scope(roles: HomeRoles): readonly string[] | 'all' | undefined;
  /**
   * The records of the program's state `build` reads besides the roster of its groups (every one when unset): Home reads
   * only those the sections it builds need, and leaves the others empty. None: `build` reads the roster at most.
   */
  readonly ledgers?: readonly Ledger[];
  /**
   * What the section reads besides the program's groups (a track's own records), for this person; before `build`.
   * `read`: the person and the roster of the groups in scope, read already (what the section needs of them is there).
   */
  load?(roles: HomeRoles, now: Date, read: HomeRead): Promise<L>;
  /** What the section shows (counts, statuses, dates and ids: never what a request or a contact says). */
  build(state: ProgramState, roles: HomeRoles, now: Date, settings: DigestSettings, loaded: L): C;
  /** Its Block Kit blocks for the reader, within Slack's limits (lists capped with `cappedLines`); none: the section is left out. */
  draw(content: C, reader: HomeReader): KnownBlock[];
}

/** One section of a person's Home: the role it serves, what it shows, and the source that draws it. */
export interface HomeSection<C = unknown> {
  readonly kind: HomeRole;
  readonly content: C;
  readonly source: HomeSectionSource<C>;
}

/** A section as `source` builds it (also for views drawn from a hand-built content). */
export function homeSectionOf<C>(source: HomeSectionSource<C>, content: C): HomeSection<C> {
  return { kind: source.role, content, source };
}

/** The sources in their place on the tab: by role, and within a role in the features list's order. */
export function inHomeOrder(sources: readonly HomeSectionSource[]): HomeSectionSource[] {
  const place = (s: HomeSectionSource) => HOME_ROLES.indexOf(s.role);
  return sources.map((source, index) => ({ source, index })).sort((a, b) => place(a.source) - place(b.source) || a.index - b.index).map((s) => s.source);
}

/** A scope of groups: undefined (the role is not held) when there is none. */
export const heldGroups = (groups: readonly string[]): readonly string[] | undefined => (groups.length > 0 ? groups : undefined);

/** Lines of a list shown on Home before "…and N more" (the weekly digest and prompts have the full lists). */
export const HOME_LIST_MAX = 30;

export function cappedLines(lines: readonly string[], max = HOME_LIST_MAX): string[] {
  return lines.length > max ? [...lines.slice(0, max), copy.homeListMore(lines.length - max)] : [...lines];
}

/** A button of a Home section: its value is its action id (the feature it stands for handles the click). */
export const homeButton = (actionId: string, text: string, style?: 'primary') => ({
  type: 'button' as const,
  action_id: actionId,
  text: { type: 'plain_text' as const, text },
  value: actionId,
  ...(style === undefined ? {} : { style }),
});
