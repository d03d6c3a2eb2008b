import { MDPHD_GROUP_NAME, ROLES, type Group, type Person, type Role } from '../../../program/roster.js';
import { COHORT_TRACK_NAME, rolesWithTracks, trackRolesOf, type TrackDeclaration, type TrackRole } from '../../../program/tracks.js';
import { DEFAULT_TRACKS, groupKey, trackOfRow, type ImportFindings, type PlanInput, type RosterColumn, type RosterRow, type SlackAccount } from './roster-import.js';

/** What the file says, checked row by row: each person in it as they will be stored, and the memberships they want. */
export interface FileRoster {
  /** Everyone in the file, by id, as they will be stored. */
  readonly people: ReadonlyMap<string, Person>;
  /** Each person's memberships, as `<group key>|<role>`. */
  readonly wanted: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * The tracks the file's rows name. A file speaks for these only: its people keep their roles in other tracks, and
   * a file that names no cohort row leaves everyone's group memberships alone.
   */
  readonly tracks: ReadonlySet<string>;
  /** The groups the file names, by key: the stored spelling, or the file's for a new group. */
  readonly groupNames: ReadonlyMap<string, string>;
  /** Where to point for a group's findings: the group's first line, and each of its roles' first line (`<key>|<role>`). */
  readonly firstLineOfGroup: ReadonlyMap<string, number>;
  readonly firstLineOfRole: ReadonlyMap<string, number>;
  /** The person each row names, by the row's line. */
  readonly personOfLine: ReadonlyMap<number, string>;
}

/** The rows of one person. */
interface Draft {
  readonly id: string;
  readonly rows: RosterRow[];
}

/** What reading the people gathers along the way. */
interface Reading {
  readonly findings: ImportFindings;
  readonly tracks: readonly TrackDeclaration[];
  /** The tracks the file's rows name. */
  readonly fileTracks: ReadonlySet<string>;
  readonly groupsByKey: ReadonlyMap<string, Group>;
  readonly groupNames: Map<string, string>;
  readonly firstLineOfGroup: Map<string, number>;
  readonly firstLineOfRole: Map<string, number>;
  readonly cohortOfMentee: Map<string, { group: string; line: number }>;
  readonly cohortsOfMentor: Map<string, string[]>;
}

type Accounts = Pick<PlanInput, 'accountsByEmail' | 'accountsById'>;

/**
 * Reads the file's people: who each row is, each person's details agreed across their rows, their roles' rules and
 * the memberships they want. Every error and warning goes to `findings`.
 */
export function readFileRoster(
  input: Pick<PlanInput, 'rows' | 'accountsByEmail' | 'accountsById' | 'people' | 'tracks'>,
  stored: ReadonlyMap<string, Person>,
  groupsByKey: ReadonlyMap<string, Group>,
  findings: ImportFindings,
): FileRoster {
  const storedByEmail = new Map(input.people.flatMap((p) => (p.email === undefined ? [] : [[p.email.toLowerCase(), p] as const])));
  const { drafts, accountOf } = identifyRows(input.rows, input, storedByEmail, findings);
  const reading: Reading = {
    findings,
    tracks: input.tracks ?? DEFAULT_TRACKS,
    fileTracks: new Set(input.rows.map((r) => r.track ?? COHORT_TRACK_NAME)),
    groupsByKey,
    groupNames: new Map(),
    firstLineOfGroup: new Map(),
    firstLineOfRole: new Map(),
    cohortOfMentee: new Map(),
    cohortsOfMentor: new Map(),
  };
  const people = new Map<string, Person>();
  const wanted = new Map<string, Set<string>>();
  for (const draft of drafts.values()) {
    const { person, memberships } = readPerson(draft, stored.get(draft.id), accountOf.get(draft.id), reading);
    people.set(draft.id, person);
    if (reading.fileTracks.has(COHORT_TRACK_NAME)) wanted.set(draft.id, memberships);
  }
  warnMentorsOfSeveralCohorts(reading, people);
  return { people, wanted, tracks: reading.fileTracks, groupNames: reading.groupNames, firstLineOfGroup: reading.firstLineOfGroup, firstLineOfRole: reading.firstLineOfRole, personOfLine: new Map([...drafts.values()].flatMap((d) => d.rows.map((r) => [r.line, d.id] as const))) };
}

/** Who each row is: the rows by person, and the Slack accounts learnt for them. Rows that name no one are reported. */
function identifyRows(
  rows: readonly RosterRow[],
  accounts: Accounts,
  storedByEmail: ReadonlyMap<string, Person>,
  findings: ImportFindings,
): { drafts: Map<string, Draft>; accountOf: Map<string, SlackAccount> } {
  const drafts = new Map<string, Draft>();
  const accountOf = new Map<string, SlackAccount>();
  for (const row of rows) {
    const who = whoIs(row, accounts, storedByEmail, findings);
    if (who === undefined) continue;
    if (who.account !== undefined) accountOf.set(who.id, who.account);
    const draft = drafts.get(who.id) ?? { id: who.id, rows: [] };
    draft.rows.push(row);
    drafts.set(who.id, draft);
  }
  return { drafts, accountOf };
}

/** The person a row names, by Slack id or else by e-mail address; undefined (and reported) when it names no one usable. */
function whoIs(
  row: RosterRow,
  accounts: Accounts,
  storedByEmail: ReadonlyMap<string, Person>,
  findings: ImportFindings,
): { id: string; account: SlackAccount | undefined } | undefined {
  const error = (column: RosterColumn, reason: string) => {
    findings.errors.push({ line: row.line, column, reason });
    return undefined;
  };
  if (row.slackId !== undefined) {
    const looked = accounts.accountsById.get(row.slackId);
    if (accounts.accountsById.has(row.slackId) && looked === undefined) {
      return error('slack_id', `no Slack account has the id ${row.slackId}; check it in the person’s Slack profile (⋮ → Copy member ID)`);
    }
    if (looked?.deleted) return error('slack_id', `the Slack account ${row.slackId} is deactivated`);
    if (looked?.isBot) return error('slack_id', `${row.slackId} is a bot, not a person`);
    return { id: row.slackId, account: looked };
  }
  if (row.email === undefined) return undefined;
  const known = storedByEmail.get(row.email);
  if (known !== undefined) return { id: known.id, account: undefined };
  const looked = accounts.accountsByEmail.get(row.email);
  if (looked === undefined) {
    return error('email', `no one in this Slack workspace uses ${row.email}; give their Slack id in slack_id, or the e-mail address of their Slack account`);
  }
  if (looked.deleted) return error('email', `the Slack account of ${row.email} is deactivated`);
  if (looked.isBot) return error('email', `${row.email} belongs to a bot, not a person`);
  return { id: looked.id, account: looked };
}

/** One person as they will be stored, and the memberships they want. */
function readPerson(draft: Draft, before: Person | undefined, account: SlackAccount | undefined, reading: Reading): { person: Person; memberships: Set<string> } {
  const { findings } = reading;
  const first = draft.rows[0]!;
  const agree = <T>(pick: (r: RosterRow) => T | undefined, column: RosterColumn, show: (v: T) => string) => agreed(draft.rows, pick, column, show, findings);
  const name = agree((r) => r.name, 'name', (v) => `“${v}”`)!;
  const year = agree((r) => r.year, 'year', String);
  // mdphd is about the cohort track: a file without cohort rows keeps what is stored.
  const mdphd = agree((r) => r.mdphd, 'mdphd', (v) => (v ? 'yes' : 'no')) ?? (reading.fileTracks.has(COHORT_TRACK_NAME) ? false : (before?.mdphd ?? false));
  const timezone = agree((r) => r.timezone, 'timezone', String);
  const email = agree((r) => r.email, 'email', String);

  const read = readRoles(draft, year, reading);
  const { memberships } = read;
  // Roles in tracks the file does not name are kept as stored (another office's file speaks for those).
  const kept = before === undefined ? [] : trackRolesOf(before).filter((t) => !reading.fileTracks.has(t.track));
  const held = [...read.held, ...kept];
  // A year the file gives must suit the roles kept from other tracks too (pointed at the person's first line).
  for (const t of kept) {
    const track = reading.tracks.find((d) => d.name === t.track);
    if (track !== undefined) checkYear({ ...first, role: t.role }, year, track, findings);
  }
  const trackOf = (r: RosterRow) => r.track ?? COHORT_TRACK_NAME;
  // Within a track one person is not both; across tracks they may be (an MS3 clinical mentee mentoring a cohort).
  for (const track of new Set(held.map((t) => t.track))) {
    const inTrack = new Set(held.filter((t) => t.track === track).map((t) => t.role));
    if (inTrack.has('mentee') && inTrack.has('peer_mentor')) {
      findings.errors.push({ line: draft.rows.find((r) => r.role === 'peer_mentor' && trackOf(r) === track)!.line, column: 'role', reason: 'one person cannot be both a mentee and a peer mentor' });
    }
  }
  const cohortRoles = new Set(held.filter((t) => t.track === COHORT_TRACK_NAME).map((t) => t.role));
  if (mdphd && (cohortRoles.has('mentee') || cohortRoles.has('peer_mentor'))) addMdphdMemberships(cohortRoles, memberships, first.line, reading);
  const person: Person = {
    id: draft.id,
    name,
    email: email ?? before?.email,
    ...rolesWithTracks(held, ROLES),
    year,
    mdphd,
    timezone: timezone ?? before?.timezone ?? account?.timezone,
    active: true,
  };
  return { person, memberships };
}

/** The value a person's rows agree on, blank cells aside; each row that gives another value is reported. */
function agreed<T>(rows: readonly RosterRow[], pick: (r: RosterRow) => T | undefined, column: RosterColumn, show: (v: T) => string, findings: ImportFindings): T | undefined {
  let value: T | undefined;
  let from = 0;
  for (const r of rows) {
    const v = pick(r);
    if (v === undefined) continue;
    if (value === undefined) {
      value = v;
      from = r.line;
    } else if (v !== value) {
      findings.errors.push({ line: r.line, column, reason: `this person is on line ${from} too, with ${column} ${show(value)}; give the same ${column} on every line for one person` });
    }
  }
  return value;
}

/** A person's roles (each in its track) and cohort memberships from their rows; rows repeated are read once (with a warning). */
function readRoles(draft: Draft, year: number | undefined, reading: Reading): { held: TrackRole[]; memberships: Set<string> } {
  const held: TrackRole[] = [];
  const memberships = new Set<string>();
  const seenRoleGroup = new Map<string, number>();
  for (const r of draft.rows) {
    const track = trackOfRow(r, reading.tracks);
    if (track === undefined) continue;
    const repeat = `${track.name}|${r.role}|${groupKey(r.group ?? '')}`;
    if (seenRoleGroup.has(repeat)) {
      reading.findings.warnings.push({ group: r.group, line: r.line, message: `line ${r.line} repeats line ${seenRoleGroup.get(repeat)!} (same person, role and group); it is read once.` });
      continue;
    }
    seenRoleGroup.set(repeat, r.line);
    held.push({ track: track.name, role: r.role });
    checkYear(r, year, track, reading.findings);
    // Only a track whose groups the roster names (the cohort track) has memberships from the group column.
    const membership = track.groups.formed === 'roster' ? cohortMembership(draft.id, r, reading) : undefined;
    if (membership !== undefined) memberships.add(membership);
  }
  return { held, memberships };
}

const ORDINALS = ['first', 'second', 'third', 'fourth'];

/** Students are in the years their track allows for their role (cohort: mentees 1–2, peer mentors 3–4). */
function checkYear(r: RosterRow, year: number | undefined, track: TrackDeclaration, findings: ImportFindings): void {
  const years = track.roles[r.role]?.years;
  if (year === undefined || !Array.isArray(years) || years.includes(year)) return;
  const who = `${track.adjective === '' ? '' : `${track.adjective} `}${r.role === 'peer_mentor' ? 'peer mentors' : `${r.role}s`}`;
  const allowed = `${years.map((y) => `${ORDINALS[y - 1] ?? y}-`).join(' or ').replace(/-$/, '')}-year students (year ${years.join(' or ')})`;
  findings.errors.push({ line: r.line, column: 'year', reason: `${who} are ${allowed}, not year ${year}` });
}

/**
 * The cohort membership a row asks for (`<group key>|<role>`), noting the group's name and first lines; undefined
 * when the row names no group, or (reported) a group it cannot name.
 */
function cohortMembership(personId: string, r: RosterRow, reading: Reading): string | undefined {
  if (r.role === 'admin' || r.group === undefined) return undefined;
  const error = (reason: string) => {
    reading.findings.errors.push({ line: r.line, column: 'group', reason });
    return undefined;
  };
  const key = groupKey(r.group);
  if (key === groupKey(MDPHD_GROUP_NAME)) {
    return error(`${MDPHD_GROUP_NAME} is the program’s MD/PhD group, formed from the mdphd column: name the person’s cohort here and set mdphd to yes`);
  }
  const existing = reading.groupsByKey.get(key);
  if (existing !== undefined && existing.kind !== 'cohort') return error(`${existing.name} is not a cohort group`);
  if (!reading.groupNames.has(key)) reading.groupNames.set(key, existing?.name ?? r.group.trim());
  if (!reading.firstLineOfGroup.has(key)) reading.firstLineOfGroup.set(key, r.line);
  if (!reading.firstLineOfRole.has(`${key}|${r.role}`)) reading.firstLineOfRole.set(`${key}|${r.role}`, r.line);
  if (r.role === 'mentee') {
    const before = reading.cohortOfMentee.get(personId);
    if (before !== undefined && before.group !== key) {
      return error(`this mentee is already in ${reading.groupNames.get(before.group)!} (line ${before.line}); a mentee is in one cohort only`);
    }
    reading.cohortOfMentee.set(personId, { group: key, line: r.line });
  }
  if (r.role === 'peer_mentor') reading.cohortsOfMentor.set(personId, [...(reading.cohortsOfMentor.get(personId) ?? []), key]);
  return `${key}|${r.role}`;
}

/** MD/PhD mentees and peer mentors are also in the program's MD/PhD group. */
function addMdphdMemberships(roles: ReadonlySet<Role>, memberships: Set<string>, firstLine: number, reading: Reading): void {
  const key = groupKey(MDPHD_GROUP_NAME);
  const existing = reading.groupsByKey.get(key);
  if (!reading.groupNames.has(key)) reading.groupNames.set(key, existing?.name ?? MDPHD_GROUP_NAME);
  if (!reading.firstLineOfGroup.has(key)) reading.firstLineOfGroup.set(key, firstLine);
  if (roles.has('mentee')) memberships.add(`${key}|mentee`);
  if (roles.has('peer_mentor')) memberships.add(`${key}|peer_mentor`);
}

function warnMentorsOfSeveralCohorts(reading: Reading, people: ReadonlyMap<string, Person>): void {
  for (const [id, groups] of reading.cohortsOfMentor) {
    if (groups.length > 1) {
      reading.findings.warnings.push({
        group: undefined,
        line: undefined,
        message: `${people.get(id)!.name} is a peer mentor of ${groups.length} cohorts (${groups.map((g) => reading.groupNames.get(g)!).join(', ')}).`,
      });
    }
  }
}
