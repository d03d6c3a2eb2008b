import { describe, expect, it } from 'vitest';
import { MDPHD_GROUP_NAME, type Membership, type Person } from '../../src/program/roster.js';
import { checkGroupComposition } from '../../src/features/roster/domain/group-composition.js';
import { planRosterImport, type RosterPlan } from '../../src/features/roster/domain/plan-roster-import.js';
import { emailsToLookUp, idsToLookUp, type PlanInput, type RosterRow, type SlackAccount } from '../../src/features/roster/domain/roster-import.js';

let nextLine = 2;
const row = (overrides: Partial<RosterRow> & Pick<RosterRow, 'role'>): RosterRow => ({
  line: nextLine++,
  slackId: undefined,
  email: undefined,
  name: 'Someone',
  year: undefined,
  group: undefined,
  mdphd: undefined,
  timezone: undefined,
  ...overrides,
});

/** Rows of a cohort: a faculty mentor, a Pair (years 3 and 4) and `mentees` mentees, all by Slack id. */
function cohortRows(group: string, prefix: string, mentees = 12, extra: Partial<Record<'pm3' | 'pm4' | 'm1', Partial<RosterRow>>> = {}): RosterRow[] {
  return [
    row({ role: 'faculty', slackId: `U${prefix}F`, name: `Faculty ${prefix}`, group }),
    row({ role: 'peer_mentor', slackId: `U${prefix}P3`, name: `Third ${prefix}`, year: 3, group, ...extra.pm3 }),
    row({ role: 'peer_mentor', slackId: `U${prefix}P4`, name: `Fourth ${prefix}`, year: 4, group, ...extra.pm4 }),
    ...Array.from({ length: mentees }, (_, i) =>
      row({ role: 'mentee', slackId: `U${prefix}M${i + 1}`, name: `Mentee ${prefix}${i + 1}`, year: (i % 2) + 1, group, ...(i === 0 ? extra.m1 : {}) }),
    ),
  ];
}

const empty = { people: [], groups: [], memberships: [], accountsByEmail: new Map(), accountsById: new Map(), prune: false } satisfies Omit<PlanInput, 'rows'>;

/** Applies a plan to an in-memory roster, as the use case does to the store (group ids are names here). */
function apply(state: Omit<PlanInput, 'rows'>, plan: RosterPlan, at: Date): Omit<PlanInput, 'rows'> {
  const people = new Map(state.people.map((p) => [p.id, p]));
  for (const p of [...plan.people.create, ...plan.people.update, ...plan.people.deactivate]) people.set(p.id, p);
  const groups = new Map(state.groups.map((g) => [g.name, g]));
  for (const g of plan.groups.create) groups.set(g.name, { id: g.name, name: g.name, kind: g.kind, channelId: undefined, introducedAt: undefined, active: true });
  for (const name of plan.groups.deactivate) groups.set(name, { ...groups.get(name)!, active: false });
  for (const name of plan.groups.activate) groups.set(name, { ...groups.get(name)!, active: true });
  const closed = new Set(plan.memberships.close.map((c) => `${c.groupId}|${c.personId}|${c.role}`));
  const memberships: Membership[] = [
    ...state.memberships.map((m) => (closed.has(`${m.groupId}|${m.personId}|${m.role}`) && m.to === undefined ? { ...m, to: at } : m)),
    ...plan.memberships.open.map((o) => ({ groupId: groups.get(o.groupName)!.id, personId: o.personId, role: o.role, from: at, to: undefined })),
  ];
  return { ...state, people: [...people.values()], groups: [...groups.values()], memberships: memberships.filter((m) => m.to === undefined) };
}

const AUG = new Date('2026-08-01T12:00:00Z');
const OCT = new Date('2026-10-01T12:00:00Z');
const membersOf = (state: Omit<PlanInput, 'rows'>, group: string) =>
  state.memberships.filter((m) => m.groupId === group && m.to === undefined).map((m) => `${m.personId}:${m.role}`).sort();

describe('planning a roster import', () => {
  it('creates people, the cohort and the MD/PhD group, and every membership, from a first file', () => {
    const rows = [...cohortRows('Blue-Okafor', 'B', 12, { pm3: { mdphd: true }, m1: { mdphd: true, timezone: 'America/Chicago' } })];
    const plan = planRosterImport({ ...empty, rows });
    expect(plan.errors).toEqual([]);
    expect(plan.warnings).toEqual([]);
    expect(plan.people.create).toHaveLength(15);
    expect(plan.people.create.find((p) => p.id === 'UBM1')).toEqual({
      id: 'UBM1', name: 'Mentee B1', email: undefined, roles: ['mentee'], year: 1, mdphd: true, timezone: 'America/Chicago', active: true,
    });
    expect(plan.groups.create).toEqual([{ name: 'Blue-Okafor', kind: 'cohort' }, { name: MDPHD_GROUP_NAME, kind: 'mdphd' }]);
    expect(plan.memberships.open.filter((o) => o.groupName === MDPHD_GROUP_NAME)).toEqual([
      { groupName: MDPHD_GROUP_NAME, personId: 'UBP3', role: 'peer_mentor' },
      { groupName: MDPHD_GROUP_NAME, personId: 'UBM1', role: 'mentee' },
    ]);
    expect(plan.memberships.open.filter((o) => o.groupName === 'Blue-Okafor')).toHaveLength(15);
    expect(plan.memberships.close).toEqual([]);
  });

  it('changes nothing when the same file is planned against what it produced', () => {
    const rows = [...cohortRows('Blue-Okafor', 'B', 13, { m1: { mdphd: true } }), ...cohortRows('Green-Adeyemi', 'G', 14, { pm4: { mdphd: true } })];
    const after = apply(empty, planRosterImport({ ...empty, rows }), AUG);
    const again = planRosterImport({ ...after, rows });
    expect(again.errors).toEqual([]);
    expect(again.people.create).toEqual([]);
    expect(again.people.update).toEqual([]);
    expect(again.people.unchanged).toHaveLength(16 + 17);
    expect(again.groups).toEqual({ create: [], changed: [], activate: [], deactivate: [] });
    expect(again.memberships).toEqual({ open: [], close: [] });
  });

  it('updates changed details, and moves a mentee to another cohort by closing one membership and opening another', () => {
    const first = [...cohortRows('Blue-Okafor', 'B', 13), ...cohortRows('Green-Adeyemi', 'G', 12)];
    const state = apply(empty, planRosterImport({ ...empty, rows: first }), AUG);
    const moved = first.map((r) => (r.slackId === 'UBM1' ? { ...r, group: 'green-adeyemi', name: 'Mentee Renamed' } : r));
    const plan = planRosterImport({ ...state, rows: moved });
    expect(plan.errors).toEqual([]);
    expect(plan.people.update.map((p) => [p.id, p.name])).toEqual([['UBM1', 'Mentee Renamed']]);
    expect(plan.memberships.close).toEqual([{ groupId: 'Blue-Okafor', groupName: 'Blue-Okafor', personId: 'UBM1', role: 'mentee' }]);
    expect(plan.memberships.open).toEqual([{ groupName: 'Green-Adeyemi', personId: 'UBM1', role: 'mentee' }]);
    expect([...plan.groups.changed].sort()).toEqual(['Blue-Okafor', 'Green-Adeyemi']);
    const after = apply(state, plan, OCT);
    expect(membersOf(after, 'Green-Adeyemi')).toContain('UBM1:mentee');
    expect(membersOf(after, 'Blue-Okafor')).not.toContain('UBM1:mentee');
  });

  it('leaves people missing from the file alone, and deactivates them (closing their memberships) only with prune', () => {
    const full = [...cohortRows('Blue-Okafor', 'B', 13), ...cohortRows('Green-Adeyemi', 'G', 12)];
    const state = apply(empty, planRosterImport({ ...empty, rows: full }), AUG);
    const partial = full.filter((r) => r.slackId !== 'UBM13' && r.group !== 'Green-Adeyemi');

    const kept = planRosterImport({ ...state, rows: partial });
    expect(kept.errors).toEqual([]);
    expect(kept.people.deactivate).toEqual([]);
    expect(kept.memberships).toEqual({ open: [], close: [] });

    const pruned = planRosterImport({ ...state, rows: partial, prune: true });
    expect(pruned.errors).toEqual([]);
    expect(pruned.people.deactivate.map((p) => p.id).sort()).toEqual(['UBM13', 'UGF', 'UGP3', 'UGP4', ...Array.from({ length: 12 }, (_, i) => `UGM${i + 1}`)].sort());
    expect(pruned.people.deactivate.every((p) => !p.active)).toBe(true);
    expect(pruned.memberships.close).toHaveLength(16);
    expect(pruned.groups.deactivate).toEqual(['Green-Adeyemi']);
    expect([...pruned.groups.changed].sort()).toEqual(['Blue-Okafor', 'Green-Adeyemi']);
  });

  it('reactivates a deactivated person who is back in the file', () => {
    const rows = cohortRows('Blue-Okafor', 'B', 12);
    const state = apply(empty, planRosterImport({ ...empty, rows }), AUG);
    const withInactive = { ...state, people: state.people.map((p) => (p.id === 'UBM1' ? { ...p, active: false } : p)) };
    const plan = planRosterImport({ ...withInactive, rows });
    expect(plan.people.update.map((p) => [p.id, p.active])).toEqual([['UBM1', true]]);
  });

  it('gives a person several roles from several lines, and checks the lines agree', () => {
    const rows = [...cohortRows('Blue-Okafor', 'B', 12), row({ role: 'admin', slackId: 'UBF', name: 'Faculty B' })];
    const plan = planRosterImport({ ...empty, rows });
    expect(plan.errors).toEqual([]);
    expect(plan.people.create.find((p) => p.id === 'UBF')?.roles).toEqual(['faculty', 'admin']);

    const cohort = cohortRows('Blue-Okafor', 'B', 12);
    const clash = planRosterImport({ ...empty, rows: [...cohort, row({ line: 900, role: 'admin', slackId: 'UBF', name: 'Dr Other', timezone: 'UTC' })] });
    expect(clash.errors).toEqual([
      { line: 900, column: 'name', reason: `this person is on line ${cohort[0]!.line} too, with name “Faculty B”; give the same name on every line for one person` },
    ]);
  });

  it('matches a person given by e-mail to the stored roster first, and asks Slack only for addresses it does not know', () => {
    const stored: Person[] = [{ id: 'U0ADA', name: 'Ada', email: 'ada@med.example', roles: ['mentee'], year: 1, mdphd: false, timezone: undefined, active: true }];
    const rows = [row({ role: 'mentee', email: 'ada@med.example', name: 'Ada', year: 1, group: 'Blue' }), row({ role: 'mentee', email: 'bo@med.example', name: 'Bo', year: 1, group: 'Blue' })];
    expect(emailsToLookUp(rows, stored)).toEqual(['bo@med.example']);
    expect(idsToLookUp([row({ role: 'mentee', slackId: 'U0ADA' }), row({ role: 'mentee', slackId: 'U0NEW' })], stored)).toEqual(['U0NEW']);
  });

  it('resolves e-mails through Slack’s answers, taking the time zone from Slack when the file has none', () => {
    const account: SlackAccount = { id: 'U0MAIL', timezone: 'America/Denver', deleted: false, isBot: false };
    const rows = cohortRows('Blue-Okafor', 'B', 12).map((r) => (r.slackId === 'UBM1' ? { ...r, slackId: undefined, email: 'm1@med.example' } : r));
    const plan = planRosterImport({ ...empty, rows, accountsByEmail: new Map([['m1@med.example', account]]) });
    expect(plan.errors).toEqual([]);
    expect(plan.people.create.find((p) => p.id === 'U0MAIL')).toMatchObject({ email: 'm1@med.example', timezone: 'America/Denver' });
  });

  it.each([
    ['an e-mail no one in Slack uses', { email: 'ghost@med.example' }, new Map([['ghost@med.example', undefined]]), new Map(), 'email', /no one in this Slack workspace uses ghost@med.example/],
    ['a deactivated account', { email: 'gone@med.example' }, new Map([['gone@med.example', { id: 'U0GONE', timezone: undefined, deleted: true, isBot: false }]]), new Map(), 'email', /deactivated/],
    ['an unknown Slack id', { slackId: 'U0NOBODY' }, new Map(), new Map([['U0NOBODY', undefined]]), 'slack_id', /no Slack account has the id U0NOBODY/],
    ['a bot', { slackId: 'U0ROBOT' }, new Map(), new Map([['U0ROBOT', { id: 'U0ROBOT', timezone: undefined, deleted: false, isBot: true }]]), 'slack_id', /is a bot/],
  ])('refuses %s, on its line and column', (_what, who, byEmail, byId, column, reason) => {
    const rows = [...cohortRows('Blue-Okafor', 'B', 12), row({ line: 77, role: 'mentee', name: 'X', year: 1, group: 'Blue-Okafor', ...who })];
    const plan = planRosterImport({ ...empty, rows, accountsByEmail: byEmail as PlanInput['accountsByEmail'], accountsById: byId as PlanInput['accountsById'] });
    expect(plan.errors).toEqual([{ line: 77, column, reason: expect.stringMatching(reason) }]);
  });

  it('refuses mentees outside years 1–2 and peer mentors outside years 3–4', () => {
    const rows = cohortRows('Blue-Okafor', 'B', 12, { pm3: { line: 50, year: 2 }, m1: { line: 51, year: 3 } });
    const plan = planRosterImport({ ...empty, rows });
    expect(plan.errors).toEqual([
      { line: 50, column: 'year', reason: expect.stringMatching(/peer mentors are third- or fourth-year students \(year 3 or 4\), not year 2/) },
      { line: 51, column: 'year', reason: expect.stringMatching(/mentees are first- or second-year students \(year 1 or 2\), not year 3/) },
    ]);
  });

  it('refuses a mentee in two cohorts, and a cohort row naming the MD/PhD group', () => {
    const rows = [
      ...cohortRows('Blue-Okafor', 'B', 12),
      ...cohortRows('Green-Adeyemi', 'G', 12),
      row({ line: 60, role: 'mentee', slackId: 'UBM1', name: 'Mentee B1', year: 1, group: 'Green-Adeyemi' }),
      row({ line: 61, role: 'mentee', slackId: 'UXM', name: 'X', year: 1, group: 'md-phd' }),
    ];
    const plan = planRosterImport({ ...empty, rows });
    expect(plan.errors).toEqual([
      { line: 60, column: 'group', reason: expect.stringMatching(/already in Blue-Okafor \(line \d+\); a mentee is in one cohort only/) },
      { line: 61, column: 'group', reason: expect.stringMatching(/MD-PhD is the program’s MD\/PhD group/) },
    ]);
  });

  it('checks the groups as they will be, including members already stored who are not in the file', () => {
    const state = apply(empty, planRosterImport({ ...empty, rows: cohortRows('Blue-Okafor', 'B', 12) }), AUG);
    const secondFaculty = [row({ line: 40, role: 'faculty', slackId: 'UNEWF', name: 'Dr New', group: 'Blue-Okafor' })];
    const plan = planRosterImport({ ...state, rows: secondFaculty });
    expect(plan.errors).toEqual([{ line: 40, column: 'group', reason: 'Blue-Okafor would have 2 faculty mentors (Faculty B, Dr New); a cohort has one.' }]);
    expect(planRosterImport({ ...state, rows: secondFaculty, prune: true }).errors).toEqual([
      { line: 40, column: 'group', reason: expect.stringMatching(/Blue-Okafor has no peer mentor/) },
    ]);
  });

  it('warns about a one-person Pair and the MD/PhD group without mentors, and imports anyway', () => {
    const rows = cohortRows('Blue-Okafor', 'B', 12, { m1: { mdphd: true } }).filter((r) => r.slackId !== 'UBP4');
    const plan = planRosterImport({ ...empty, rows });
    expect(plan.errors).toEqual([]);
    expect(plan.warnings.map((w) => w.message)).toEqual([
      'Blue-Okafor has one peer mentor (Third B), not a Pair of a year-3 and a year-4 student.',
      'MD-PhD has 1 MD/PhD mentee(s) but no MD/PhD peer mentor.',
    ]);
  });
});

describe('a group’s make-up (program rules)', () => {
  const p = (id: string, year?: number): Person => ({ id, name: id, email: undefined, roles: [], year, mdphd: false, timezone: undefined, active: true });
  const many = (n: number) => Array.from({ length: n }, (_, i) => p(`M${i}`, 1));
  const cohort = (faculty: number, years: number[], mentees: number) => ({
    name: 'Blue',
    kind: 'cohort' as const,
    faculty: Array.from({ length: faculty }, (_, i) => p(`F${i}`)),
    peerMentors: years.map((y, i) => p(`P${i}`, y)),
    mentees: many(mentees),
  });
  const findings = (c: ReturnType<typeof cohort>) => checkGroupComposition(c).map((f) => `${f.severity}: ${f.message}`);

  it.each([
    ['one faculty, a Pair of years 3 and 4, 12 mentees', cohort(1, [3, 4], 12), []],
    ['15 mentees', cohort(1, [4, 3], 15), []],
    ['11 mentees', cohort(1, [3, 4], 11), ['warning: Blue has 11 mentee(s); the program expects 12 to 15.']],
    ['16 mentees', cohort(1, [3, 4], 16), ['warning: Blue has 16 mentee(s); the program expects 12 to 15.']],
    ['a Pair of two third-years', cohort(1, [3, 3], 12), ['warning: Blue’s Pair (P0, P1) is not one year-3 and one year-4 student.']],
    ['one peer mentor', cohort(1, [4], 12), ['warning: Blue has one peer mentor (P0), not a Pair of a year-3 and a year-4 student.']],
    ['no faculty mentor', cohort(0, [3, 4], 12), ['error: Blue has no faculty mentor: add a row with role faculty and group Blue.']],
    ['two faculty mentors', cohort(2, [3, 4], 12), ['error: Blue would have 2 faculty mentors (F0, F1); a cohort has one.']],
    ['no peer mentor', cohort(1, [], 12), ['error: Blue has no peer mentor: a cohort has one or two (a Pair).']],
    ['three peer mentors', cohort(1, [3, 4, 4], 12), ['error: Blue would have 3 peer mentors (P0, P1, P2); a cohort has one or two (a Pair).']],
  ])('%s', (_what, group, expected) => {
    expect(findings(group)).toEqual(expected);
  });

  it('asks of the MD/PhD group only that its mentees have mentors', () => {
    expect(checkGroupComposition({ name: 'MD-PhD', kind: 'mdphd', faculty: [], peerMentors: [p('P', 3)], mentees: [p('M', 1)] })).toEqual([]);
    expect(checkGroupComposition({ name: 'MD-PhD', kind: 'mdphd', faculty: [], peerMentors: [], mentees: [p('M', 1)] })).toHaveLength(1);
  });
});
