import type { GroupRole, Person } from '../../../program/roster.js';
import type { RosterPlan } from './plan-roster-import.js';

/** How many of each kind of change a preview lists by name; the rest are counted. */
export const PREVIEW_LIST_MAX = 20;

/** The kinds of change a preview shows, in its order: people, then memberships. */
export const PREVIEW_KINDS = ['add', 'change', 'deactivate', 'open', 'move', 'end'] as const;
export type PreviewKind = (typeof PREVIEW_KINDS)[number];

/** One change, as a reader sees it: whom it is about, and where (a group, a role, what changes). */
export interface PreviewLine {
  readonly name: string;
  readonly detail: string | undefined;
}

export interface PreviewSection {
  readonly kind: PreviewKind;
  /** How many changes of this kind, all of them. */
  readonly count: number;
  /** The first {@link PREVIEW_LIST_MAX}, by name. */
  readonly lines: readonly PreviewLine[];
}

/** What an import would do, before anything is written: the same for the form and the command line's `--dry-run`. */
export interface ImportPreview {
  readonly sections: readonly PreviewSection[];
}

const ROLE_WORDS: Record<GroupRole, string> = { mentee: 'mentee', peer_mentor: 'peer mentor', faculty: 'faculty mentor' };

/**
 * The preview of a plan: people to add, change and deactivate; memberships to open, move (closed in one group and
 * opened in another, in the same role) and end. Each kind counted, its first {@link PREVIEW_LIST_MAX} listed by name.
 * `stored` is everyone stored before the import (to name the people the file leaves out, and to say what changes).
 */
export function buildImportPreview(plan: Pick<RosterPlan, 'people' | 'memberships'>, stored: readonly Person[]): ImportPreview {
  const before = new Map(stored.map((p) => [p.id, p]));
  const after = new Map([...stored, ...plan.people.create, ...plan.people.update, ...plan.people.deactivate].map((p) => [p.id, p]));
  const nameOf = (id: string) => after.get(id)?.name ?? id;
  const role = (r: GroupRole) => ROLE_WORDS[r];

  const opens = [...plan.memberships.open];
  const moves: PreviewLine[] = [];
  const ends: PreviewLine[] = [];
  for (const closed of plan.memberships.close) {
    const i = opens.findIndex((o) => o.personId === closed.personId && o.role === closed.role);
    if (i === -1) {
      ends.push({ name: nameOf(closed.personId), detail: `${closed.groupName}, ${role(closed.role)}` });
      continue;
    }
    const [opened] = opens.splice(i, 1);
    moves.push({ name: nameOf(closed.personId), detail: `${closed.groupName} → ${opened!.groupName}, ${role(closed.role)}` });
  }
  const lines: Record<PreviewKind, PreviewLine[]> = {
    add: plan.people.create.map((p) => ({ name: p.name, detail: undefined })),
    change: plan.people.update.map((p) => ({ name: p.name, detail: whatChanged(before.get(p.id), p) })),
    deactivate: plan.people.deactivate.map((p) => ({ name: p.name, detail: undefined })),
    open: opens.map((o) => ({ name: nameOf(o.personId), detail: `${o.groupName}, ${role(o.role)}` })),
    move: moves,
    end: ends,
  };
  return {
    sections: PREVIEW_KINDS.map((kind) => {
      const sorted = lines[kind].sort((a, b) => a.name.localeCompare(b.name) || (a.detail ?? '').localeCompare(b.detail ?? ''));
      return { kind, count: sorted.length, lines: sorted.slice(0, PREVIEW_LIST_MAX) };
    }),
  };
}

/** The fields of a person that an import changes, in words (never their values: a preview may be shown on a screen). */
function whatChanged(before: Person | undefined, after: Person): string | undefined {
  if (before === undefined) return undefined;
  const changed = [
    before.name !== after.name ? 'name' : '',
    before.email !== after.email ? 'e-mail' : '',
    before.year !== after.year ? 'year' : '',
    before.mdphd !== after.mdphd ? 'MD/PhD' : '',
    before.timezone !== after.timezone ? 'time zone' : '',
    !sameSet(before.roles, after.roles) || JSON.stringify(before.tracks ?? []) !== JSON.stringify(after.tracks ?? []) ? 'roles' : '',
    before.active !== after.active ? (after.active ? 'reactivated' : 'deactivated') : '',
  ].filter((w) => w !== '');
  return changed.length === 0 ? undefined : changed.join(', ');
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * A canonical text of everything a plan would write, in a stable order: two plans with the same fingerprint write
 * the same. Applying a preview compares it (hashed) with the plan made again under the import lock.
 */
export function planFingerprint(plan: Pick<RosterPlan, 'people' | 'groups' | 'memberships'>): string {
  const people = (list: readonly Person[]) =>
    [...list]
      .map((p) => JSON.stringify([p.id, p.name, p.email ?? null, [...p.roles].sort(), p.tracks ?? null, p.year ?? null, p.mdphd, p.timezone ?? null, p.active]))
      .sort();
  const sorted = <T>(list: readonly T[], key: (t: T) => string) => list.map(key).sort();
  return JSON.stringify({
    create: people(plan.people.create),
    update: people(plan.people.update),
    deactivate: people(plan.people.deactivate),
    groups: [sorted(plan.groups.create, (g) => `${g.name}|${g.kind}`), [...plan.groups.activate].sort(), [...plan.groups.deactivate].sort()],
    open: sorted(plan.memberships.open, (o) => `${o.groupName}|${o.personId}|${o.role}`),
    close: sorted(plan.memberships.close, (c) => `${c.groupId}|${c.personId}|${c.role}`),
  });
}
