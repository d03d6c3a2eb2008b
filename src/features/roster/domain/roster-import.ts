import { MDPHD_GROUP_NAME, ROLES, type Group, type GroupKind, type GroupRole, type Membership, type Person, type Role } from '../../../program/roster.js';

/** The roster file's columns (SPEC §4), in the order the help names them. */
export const ROSTER_COLUMNS = ['slack_id', 'email', 'name', 'role', 'year', 'group', 'mdphd', 'timezone'] as const;
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];

/** One validated row of a roster file. */
export interface RosterRow {
  readonly line: number;
  readonly slackId: string | undefined;
  /** Lower-cased. */
  readonly email: string | undefined;
  readonly name: string;
  readonly role: Role;
  readonly year: number | undefined;
  readonly group: string | undefined;
  /** Undefined when the cell is blank (read as "no"). */
  readonly mdphd: boolean | undefined;
  readonly timezone: string | undefined;
}

/** What is wrong with a file, a row or a cell: every one is reported, and nothing is imported. */
export interface RowError {
  readonly line: number;
  readonly column: RosterColumn | undefined;
  readonly reason: string;
}

/** Something an admin should look at; the import goes ahead. */
export interface RosterWarning {
  readonly group: string | undefined;
  readonly line: number | undefined;
  readonly message: string;
}

/** A Slack account as the directory reports it. */
export interface SlackAccount {
  readonly id: string;
  readonly timezone: string | undefined;
  readonly deleted: boolean;
  readonly isBot: boolean;
}

/** The program's sizes (SPEC §1): a cohort has 12–15 mentees; peer mentors are in years 3–4, mentees in 1–2. */
export const COHORT_MENTEES = { min: 12, max: 15 } as const;
export const MENTEE_YEARS: readonly number[] = [1, 2];
export const PEER_MENTOR_YEARS: readonly number[] = [3, 4];

export function formatRowError(error: RowError): string {
  return `line ${error.line}${error.column !== undefined ? `, column ${error.column}` : ''}: ${error.reason}`;
}

export function sortRowErrors(errors: readonly RowError[]): RowError[] {
  return [...errors].sort((a, b) => a.line - b.line || ROSTER_COLUMNS.indexOf(a.column ?? 'slack_id') - ROSTER_COLUMNS.indexOf(b.column ?? 'slack_id'));
}

/** The key groups are matched by: names are compared without regard to case or surrounding space. */
export function groupKey(name: string): string {
  return name.trim().toLowerCase();
}

// ---------------------------------------------------------------------------------------------------------------
// Who is who: e-mail addresses and Slack ids to look up.

/** E-mail addresses of rows without a Slack id that the stored roster does not already know (to ask Slack). */
export function emailsToLookUp(rows: readonly RosterRow[], people: readonly Person[]): string[] {
  const known = new Set(people.flatMap((p) => (p.email === undefined ? [] : [p.email.toLowerCase()])));
  return [...new Set(rows.filter((r) => r.slackId === undefined && r.email !== undefined && !known.has(r.email)).map((r) => r.email!))];
}

/** Slack ids given in the file that the stored roster does not know (to check with Slack that they exist). */
export function idsToLookUp(rows: readonly RosterRow[], people: readonly Person[]): string[] {
  const known = new Set(people.map((p) => p.id));
  return [...new Set(rows.flatMap((r) => (r.slackId !== undefined && !known.has(r.slackId) ? [r.slackId] : [])))];
}

// ---------------------------------------------------------------------------------------------------------------
// Group composition rules.

export interface GroupComposition {
  readonly name: string;
  readonly kind: GroupKind;
  readonly faculty: readonly Person[];
  readonly peerMentors: readonly Person[];
  readonly mentees: readonly Person[];
}

export interface GroupFinding {
  readonly group: string;
  /** `error`: the import is refused; `warning`: it goes ahead. */
  readonly severity: 'error' | 'warning';
  /** Which role's rows the finding is about (where to point in the file). */
  readonly role: GroupRole;
  readonly message: string;
}

const names = (people: readonly Person[]) => people.map((p) => p.name).join(', ');

/**
 * The program's rules for a group's make-up: a cohort has one faculty mentor and one or two peer mentors (a Pair is
 * one year-3 and one year-4 student) and 12–15 mentees; the MD/PhD group needs peer mentors for its mentees.
 */
export function checkGroupComposition(group: GroupComposition): GroupFinding[] {
  const out: GroupFinding[] = [];
  const finding = (severity: GroupFinding['severity'], role: GroupRole, message: string) => out.push({ group: group.name, severity, role, message });
  if (group.kind === 'mdphd') {
    if (group.mentees.length > 0 && group.peerMentors.length === 0) {
      finding('warning', 'peer_mentor', `${group.name} has ${group.mentees.length} MD/PhD mentee(s) but no MD/PhD peer mentor.`);
    }
    return out;
  }
  if (group.faculty.length === 0) {
    finding('error', 'faculty', `${group.name} has no faculty mentor: add a row with role faculty and group ${group.name}.`);
  } else if (group.faculty.length > 1) {
    finding('error', 'faculty', `${group.name} would have ${group.faculty.length} faculty mentors (${names(group.faculty)}); a cohort has one.`);
  }
  if (group.peerMentors.length === 0) {
    finding('error', 'peer_mentor', `${group.name} has no peer mentor: a cohort has one or two (a Pair).`);
  } else if (group.peerMentors.length > 2) {
    finding('error', 'peer_mentor', `${group.name} would have ${group.peerMentors.length} peer mentors (${names(group.peerMentors)}); a cohort has one or two (a Pair).`);
  } else if (group.peerMentors.length === 1) {
    finding('warning', 'peer_mentor', `${group.name} has one peer mentor (${names(group.peerMentors)}), not a Pair of a year-3 and a year-4 student.`);
  } else {
    const years = group.peerMentors.map((p) => p.year).sort();
    if (years[0] !== 3 || years[1] !== 4) {
      finding('warning', 'peer_mentor', `${group.name}’s Pair (${names(group.peerMentors)}) is not one year-3 and one year-4 student.`);
    }
  }
  if (group.mentees.length < COHORT_MENTEES.min || group.mentees.length > COHORT_MENTEES.max) {
    finding('warning', 'mentee', `${group.name} has ${group.mentees.length} mentee(s); the program expects ${COHORT_MENTEES.min} to ${COHORT_MENTEES.max}.`);
  }
  return out;
}

/** The make-up of every active group with members, from current memberships. */
export function composeGroups(groups: readonly Group[], memberships: readonly Membership[], people: readonly Person[]): GroupComposition[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  return groups
    .filter((g) => g.active)
    .map((g) => {
      const members = (role: GroupRole) =>
        memberships.filter((m) => m.groupId === g.id && m.role === role && m.to === undefined).flatMap((m) => {
          const p = byId.get(m.personId);
          return p !== undefined && p.active ? [p] : [];
        });
      return { name: g.name, kind: g.kind, faculty: members('faculty'), peerMentors: members('peer_mentor'), mentees: members('mentee') };
    })
    .filter((c) => c.faculty.length + c.peerMentors.length + c.mentees.length > 0);
}

/** Roster warnings for the stored roster (for `/mentor-admin status`): every finding, whatever its severity at import. */
export function rosterWarnings(groups: readonly Group[], memberships: readonly Membership[], people: readonly Person[]): RosterWarning[] {
  return composeGroups(groups, memberships, people)
    .flatMap(checkGroupComposition)
    .map((f) => ({ group: f.group, line: undefined, message: f.message }));
}

// ---------------------------------------------------------------------------------------------------------------
// The plan.

export interface PlannedMembership {
  /** The group's name as it will be stored (existing spelling, or the file's for a new group). */
  readonly groupName: string;
  readonly personId: string;
  readonly role: GroupRole;
}

export interface ClosedMembership {
  readonly groupId: string;
  readonly groupName: string;
  readonly personId: string;
  readonly role: GroupRole;
}

export interface RosterPlan {
  /** Empty when the plan may be applied. */
  readonly errors: readonly RowError[];
  readonly warnings: readonly RosterWarning[];
  readonly people: {
    readonly create: readonly Person[];
    readonly update: readonly Person[];
    readonly unchanged: readonly Person[];
    /** Active people missing from the file (only with prune), as they will be stored (inactive). */
    readonly deactivate: readonly Person[];
  };
  readonly groups: {
    /** Groups to create, by name. */
    readonly create: readonly { readonly name: string; readonly kind: GroupKind }[];
    /** Existing groups whose members change, or that are switched on or off. */
    readonly changed: readonly string[];
    readonly activate: readonly string[];
    /** Groups left with no members. */
    readonly deactivate: readonly string[];
  };
  readonly memberships: {
    readonly open: readonly PlannedMembership[];
    readonly close: readonly ClosedMembership[];
  };
}

export interface PlanInput {
  readonly rows: readonly RosterRow[];
  /** Slack's answers for the e-mail addresses looked up (lower-cased); `undefined`: no such account. */
  readonly accountsByEmail: ReadonlyMap<string, SlackAccount | undefined>;
  /** Slack's answers for the ids looked up; `undefined`: no such account. */
  readonly accountsById: ReadonlyMap<string, SlackAccount | undefined>;
  /** Everyone stored, active or not. */
  readonly people: readonly Person[];
  readonly groups: readonly Group[];
  /** The open memberships. */
  readonly memberships: readonly Membership[];
  /** Deactivate active people missing from the file. */
  readonly prune: boolean;
}

interface Draft {
  readonly id: string;
  readonly rows: RosterRow[];
}

const GROUP_ROLES: readonly GroupRole[] = ['faculty', 'peer_mentor', 'mentee'];

/**
 * Plans an import: who is created, updated, left alone or deactivated; which groups are created; which memberships
 * open and close; every error (with its line and column) and warning. Pure: the caller applies the plan only when
 * `errors` is empty. People in the file get exactly the file's roles and memberships; people missing from it are
 * left alone, or deactivated with `prune`.
 */
export function planRosterImport(input: PlanInput): RosterPlan {
  const errors: RowError[] = [];
  const warnings: RosterWarning[] = [];
  const error = (line: number, column: RosterColumn | undefined, reason: string) => errors.push({ line, column, reason });

  const stored = new Map(input.people.map((p) => [p.id, p]));
  const storedByEmail = new Map(input.people.flatMap((p) => (p.email === undefined ? [] : [[p.email.toLowerCase(), p] as const])));

  // 1. Who each row is.
  const drafts = new Map<string, Draft>();
  const accountOf = new Map<string, SlackAccount>();
  for (const row of input.rows) {
    let id: string | undefined;
    if (row.slackId !== undefined) {
      const looked = input.accountsById.get(row.slackId);
      if (input.accountsById.has(row.slackId) && looked === undefined) {
        error(row.line, 'slack_id', `no Slack account has the id ${row.slackId}; check it in the person’s Slack profile (⋮ → Copy member ID)`);
      } else if (looked?.deleted) {
        error(row.line, 'slack_id', `the Slack account ${row.slackId} is deactivated`);
      } else if (looked?.isBot) {
        error(row.line, 'slack_id', `${row.slackId} is a bot, not a person`);
      } else {
        id = row.slackId;
        if (looked !== undefined) accountOf.set(id, looked);
      }
    } else if (row.email !== undefined) {
      const known = storedByEmail.get(row.email);
      const looked = input.accountsByEmail.get(row.email);
      if (known !== undefined) {
        id = known.id;
      } else if (looked === undefined) {
        error(row.line, 'email', `no one in this Slack workspace uses ${row.email}; give their Slack id in slack_id, or the e-mail address of their Slack account`);
      } else if (looked.deleted) {
        error(row.line, 'email', `the Slack account of ${row.email} is deactivated`);
      } else if (looked.isBot) {
        error(row.line, 'email', `${row.email} belongs to a bot, not a person`);
      } else {
        id = looked.id;
        accountOf.set(id, looked);
      }
    }
    if (id === undefined) continue;
    const draft = drafts.get(id) ?? { id, rows: [] };
    draft.rows.push(row);
    drafts.set(id, draft);
  }

  // 2. Each person's details, agreed across their rows, and their roles' rules.
  const groupsByKey = new Map(input.groups.map((g) => [groupKey(g.name), g]));
  const fileGroupName = new Map<string, string>();
  const firstLineOfGroup = new Map<string, number>();
  const firstLineOfRole = new Map<string, number>();
  const nextPeople = new Map<string, Person>();
  const wanted = new Map<string, Set<string>>();
  const cohortOfMentee = new Map<string, { group: string; line: number }>();
  const cohortsOfMentor = new Map<string, string[]>();

  for (const draft of drafts.values()) {
    const first = draft.rows[0]!;
    const agreed = <T>(pick: (r: RosterRow) => T | undefined, column: RosterColumn, show: (v: T) => string): T | undefined => {
      let value: T | undefined;
      let from = 0;
      for (const r of draft.rows) {
        const v = pick(r);
        if (v === undefined) continue;
        if (value === undefined) {
          value = v;
          from = r.line;
        } else if (v !== value) {
          error(r.line, column, `this person is on line ${from} too, with ${column} ${show(value)}; give the same ${column} on every line for one person`);
        }
      }
      return value;
    };
    const name = agreed((r) => r.name, 'name', (v) => `“${v}”`)!;
    const year = agreed((r) => r.year, 'year', String);
    const mdphd = agreed((r) => r.mdphd, 'mdphd', (v) => (v ? 'yes' : 'no')) ?? false;
    const timezone = agreed((r) => r.timezone, 'timezone', String);
    const email = agreed((r) => r.email, 'email', String);

    const roles = new Set<Role>();
    const memberships = new Set<string>();
    const seenRoleGroup = new Map<string, number>();
    for (const r of draft.rows) {
      const repeat = `${r.role}|${groupKey(r.group ?? '')}`;
      if (seenRoleGroup.has(repeat)) {
        warnings.push({ group: r.group, line: r.line, message: `line ${r.line} repeats line ${seenRoleGroup.get(repeat)!} (same person, role and group); it is read once.` });
        continue;
      }
      seenRoleGroup.set(repeat, r.line);
      roles.add(r.role);
      if (r.role === 'mentee' && year !== undefined && !MENTEE_YEARS.includes(year)) {
        error(r.line, 'year', `mentees are first- or second-year students (year 1 or 2), not year ${year}`);
      }
      if (r.role === 'peer_mentor' && year !== undefined && !PEER_MENTOR_YEARS.includes(year)) {
        error(r.line, 'year', `peer mentors are third- or fourth-year students (year 3 or 4), not year ${year}`);
      }
      if (r.role === 'admin' || r.group === undefined) continue;
      const key = groupKey(r.group);
      if (key === groupKey(MDPHD_GROUP_NAME)) {
        error(r.line, 'group', `${MDPHD_GROUP_NAME} is the program’s MD/PhD group, formed from the mdphd column: name the person’s cohort here and set mdphd to yes`);
        continue;
      }
      const existing = groupsByKey.get(key);
      if (existing !== undefined && existing.kind !== 'cohort') {
        error(r.line, 'group', `${existing.name} is not a cohort group`);
        continue;
      }
      if (!fileGroupName.has(key)) fileGroupName.set(key, existing?.name ?? r.group.trim());
      if (!firstLineOfGroup.has(key)) firstLineOfGroup.set(key, r.line);
      if (!firstLineOfRole.has(`${key}|${r.role}`)) firstLineOfRole.set(`${key}|${r.role}`, r.line);
      if (r.role === 'mentee') {
        const before = cohortOfMentee.get(draft.id);
        if (before !== undefined && before.group !== key) {
          error(r.line, 'group', `this mentee is already in ${fileGroupName.get(before.group)!} (line ${before.line}); a mentee is in one cohort only`);
          continue;
        }
        cohortOfMentee.set(draft.id, { group: key, line: r.line });
      }
      if (r.role === 'peer_mentor') cohortsOfMentor.set(draft.id, [...(cohortsOfMentor.get(draft.id) ?? []), key]);
      memberships.add(`${key}|${r.role}`);
    }
    if (roles.has('mentee') && roles.has('peer_mentor')) {
      error(draft.rows.find((r) => r.role === 'peer_mentor')!.line, 'role', 'one person cannot be both a mentee and a peer mentor');
    }
    if (mdphd && (roles.has('mentee') || roles.has('peer_mentor'))) {
      const key = groupKey(MDPHD_GROUP_NAME);
      const existing = groupsByKey.get(key);
      if (!fileGroupName.has(key)) fileGroupName.set(key, existing?.name ?? MDPHD_GROUP_NAME);
      if (!firstLineOfGroup.has(key)) firstLineOfGroup.set(key, first.line);
      if (roles.has('mentee')) memberships.add(`${key}|mentee`);
      if (roles.has('peer_mentor')) memberships.add(`${key}|peer_mentor`);
    }
    const before = stored.get(draft.id);
    const account = accountOf.get(draft.id);
    nextPeople.set(draft.id, {
      id: draft.id,
      name,
      email: email ?? before?.email,
      roles: ROLES.filter((r) => roles.has(r)),
      year,
      mdphd,
      timezone: timezone ?? before?.timezone ?? account?.timezone,
      active: true,
    });
    wanted.set(draft.id, memberships);
  }
  for (const [id, groups] of cohortsOfMentor) {
    if (groups.length > 1) {
      warnings.push({
        group: undefined,
        line: undefined,
        message: `${nextPeople.get(id)!.name} is a peer mentor of ${groups.length} cohorts (${groups.map((g) => fileGroupName.get(g)!).join(', ')}).`,
      });
    }
  }

  // 3. People: created, updated, unchanged, deactivated.
  const create: Person[] = [];
  const update: Person[] = [];
  const unchanged: Person[] = [];
  for (const person of nextPeople.values()) {
    const before = stored.get(person.id);
    if (before === undefined) create.push(person);
    else if (samePerson(before, person)) unchanged.push(before);
    else update.push(person);
  }
  const deactivate = input.prune
    ? input.people.filter((p) => p.active && !nextPeople.has(p.id)).map((p) => ({ ...p, active: false }))
    : [];
  const deactivated = new Set(deactivate.map((p) => p.id));

  // 4. Memberships: people in the file get exactly theirs; pruned people lose theirs; the others keep theirs.
  const groupById = new Map(input.groups.map((g) => [g.id, g]));
  const open: PlannedMembership[] = [];
  const close: ClosedMembership[] = [];
  const current = new Map<string, Set<string>>();
  for (const m of input.memberships) {
    if (m.to !== undefined) continue;
    const group = groupById.get(m.groupId);
    if (group === undefined) continue;
    const key = `${groupKey(group.name)}|${m.role}`;
    const set = current.get(m.personId) ?? new Set<string>();
    set.add(key);
    current.set(m.personId, set);
    const leaves = deactivated.has(m.personId) || (wanted.has(m.personId) && !wanted.get(m.personId)!.has(key));
    if (leaves) close.push({ groupId: group.id, groupName: group.name, personId: m.personId, role: m.role });
  }
  for (const [personId, keys] of wanted) {
    for (const key of keys) {
      if (current.get(personId)?.has(key)) continue;
      const [gKey, role] = key.split('|') as [string, GroupRole];
      open.push({ groupName: fileGroupName.get(gKey)!, personId, role });
    }
  }

  // 5. Groups after the plan: make-up rules on the groups the file names, and groups left empty.
  const after = new Map<string, { name: string; kind: GroupKind; members: Map<GroupRole, Set<string>> }>();
  const memberSet = (key: string, name: string, kind: GroupKind) => {
    let entry = after.get(key);
    if (entry === undefined) {
      entry = { name, kind, members: new Map(GROUP_ROLES.map((r) => [r, new Set<string>()])) };
      after.set(key, entry);
    }
    return entry;
  };
  for (const g of input.groups) memberSet(groupKey(g.name), g.name, g.kind);
  for (const [key, name] of fileGroupName) memberSet(key, name, key === groupKey(MDPHD_GROUP_NAME) ? 'mdphd' : 'cohort');
  const closedKeys = new Set(close.map((c) => `${c.groupId}|${c.personId}|${c.role}`));
  for (const m of input.memberships) {
    const group = groupById.get(m.groupId);
    if (m.to !== undefined || group === undefined || closedKeys.has(`${m.groupId}|${m.personId}|${m.role}`)) continue;
    after.get(groupKey(group.name))!.members.get(m.role)!.add(m.personId);
  }
  for (const o of open) after.get(groupKey(o.groupName))!.members.get(o.role)!.add(o.personId);

  const personAfter = (id: string): Person | undefined => nextPeople.get(id) ?? stored.get(id);
  for (const [key, name] of fileGroupName) {
    const entry = after.get(key)!;
    const people = (role: GroupRole) => [...entry.members.get(role)!].flatMap((id) => {
      const p = personAfter(id);
      return p !== undefined && p.active && !deactivated.has(id) ? [p] : [];
    });
    const findings = checkGroupComposition({ name, kind: entry.kind, faculty: people('faculty'), peerMentors: people('peer_mentor'), mentees: people('mentee') });
    for (const f of findings) {
      const line = firstLineOfRole.get(`${key}|${f.role}`) ?? firstLineOfGroup.get(key)!;
      if (f.severity === 'error') error(line, 'group', f.message);
      else warnings.push({ group: name, line: undefined, message: f.message });
    }
  }

  const createGroups = [...fileGroupName]
    .filter(([key]) => !groupsByKey.has(key))
    .map(([key, name]) => ({ name, kind: (key === groupKey(MDPHD_GROUP_NAME) ? 'mdphd' : 'cohort') as GroupKind }));
  const activate = [...fileGroupName.keys()].flatMap((key) => {
    const g = groupsByKey.get(key);
    return g !== undefined && !g.active && [...after.get(key)!.members.values()].some((s) => s.size > 0) ? [g.name] : [];
  });
  const deactivateGroups = input.groups
    .filter((g) => g.active && [...after.get(groupKey(g.name))!.members.values()].every((s) => s.size === 0))
    .filter((g) => close.some((c) => c.groupId === g.id))
    .map((g) => g.name);
  const touched = new Set([...open.map((o) => groupKey(o.groupName)), ...close.map((c) => groupKey(c.groupName))]);
  const changed = input.groups
    .filter((g) => touched.has(groupKey(g.name)) || activate.includes(g.name) || deactivateGroups.includes(g.name))
    .map((g) => g.name);

  return {
    errors: sortRowErrors(dedupeErrors(errors)),
    warnings,
    people: { create, update, unchanged, deactivate },
    groups: { create: createGroups, changed, activate, deactivate: deactivateGroups },
    memberships: { open, close },
  };
}

function samePerson(a: Person, b: Person): boolean {
  return (
    a.name === b.name &&
    a.email === b.email &&
    a.year === b.year &&
    a.mdphd === b.mdphd &&
    a.timezone === b.timezone &&
    a.active === b.active &&
    a.roles.length === b.roles.length &&
    a.roles.every((r) => b.roles.includes(r))
  );
}

function dedupeErrors(errors: readonly RowError[]): RowError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.line}|${e.column ?? ''}|${e.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
