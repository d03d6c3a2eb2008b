import { describe, expect, it } from 'vitest';
import { COMPLIANCE_COLUMNS, complianceRows, type ComplianceInput } from '../../src/features/contacts/domain/compliance-rows.js';
import { isInRange, programMonth, semesterOf } from '../../src/program/calendar.js';
import { monthSpan } from '../../src/program/month-span.js';
import { nameOf } from '../../src/program/export-cells.js';
import { awayFrom, buildDigest, type CohortDigest, type MenteeLine } from '../../src/program/overview/build-digest.js';
import { buildProgramDigest, type GroupConcern, type ProgramDigest } from '../../src/program/overview/build-program-digest.js';
import { periodsOf, type DigestSettings } from '../../src/program/overview/periods-of.js';
import { indexProgram } from '../../src/program/overview/program-index.js';
import type { ProgramState } from '../../src/program/overview/program-state.js';
import { summarizeRequests } from '../../src/program/overview/summarize-requests.js';
import { contactsWith, monthlyStatuses, semesterStatuses } from '../../src/program/records/compliance.js';
import { CONTACT_KINDS, isMeeting, type Contact } from '../../src/program/records/contact.js';
import { summarizePulses, type PulseAnswer } from '../../src/program/records/pulse.js';
import { buildMentoringMap, overlaps, type Membership } from '../../src/program/roster.js';
import { CALENDAR, ZONE, aContact, aRequest, anAway, programState, type GroupSpec, type PersonSpec } from '../support/program-fixture.js';
import { createRandom } from '../support/random.js';

/**
 * Digests and compliance group the program by mentee once (linear in the program's size). These tests build a large
 * generated program and check that the results are exactly those of the straightforward rules: each group's digest
 * read from the whole state, each mentee's contacts filtered from all of them.
 */

const NOW = new Date('2026-10-14T15:00:00Z');
const settings: DigestSettings = { calendar: CALENDAR, zone: ZONE };

/** ~1,200 mentees in 80 cohorts and an MD/PhD group, with ties (same names, same dates and times), leavers, undone and group contacts. */
function generatedProgram(groupCount = 80, perGroup = 15): ProgramState {
  // Seeded: the same program every run.
  const rand = createRandom(13).next;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const people: PersonSpec[] = [];
  const groups: GroupSpec[] = [];
  const mdphd: { mentees: string[]; mentors: string[] } = { mentees: [], mentors: [] };
  for (let g = 0; g < groupCount; g += 1) {
    const faculty = `F${g}`;
    const mentors = [`P${g}a`, `P${g}b`];
    const mentees = Array.from({ length: perGroup - (g % 4) }, (_, i) => `M${g}-${i}`);
    people.push({ id: faculty, name: `Faculty ${g % 7}`, roles: ['faculty'], active: g % 13 !== 0 });
    for (const id of mentors) people.push({ id, name: `Mentor ${g % 9}`, roles: ['peer_mentor'], active: rand() > 0.03 });
    for (const id of mentees) people.push({ id, name: `Mentee ${Math.floor(rand() * 400)}`, roles: ['mentee'], active: rand() > 0.04 });
    if (g % 3 === 0) mdphd.mentors.push(mentors[0]!);
    mdphd.mentees.push(...mentees.filter(() => rand() < 0.3));
    // Some groups have no peer mentor left.
    groups.push({ name: `Group ${g}`, mentees, mentors: g % 17 === 5 ? [] : mentors, faculty: [faculty] });
  }
  groups.push({ name: 'MD-PhD', kind: 'mdphd', ...mdphd });
  const menteesOf = groups.map((g) => g.mentees ?? []);
  const mentorsOf = groups.map((g) => g.mentors ?? []);
  const contacts: Contact[] = [];
  const at = (date: string) => new Date(`${date}T${String(12 + Math.floor(rand() * 3)).padStart(2, '0')}:00:00Z`);
  const day = () => `2026-${pick(['08', '09', '10', '10', '10'])}-${String(1 + Math.floor(rand() * 14)).padStart(2, '0')}`;
  menteesOf.forEach((ids, g) => {
    for (const id of ids) {
      for (let n = Math.floor(rand() * 4); n > 0; n -= 1) {
        const date = day();
        contacts.push(aContact({ mentorId: pick(mentorsOf[g]!.length > 0 ? mentorsOf[g]! : ['P0a']), menteeIds: [id], date, at: at(date), kind: pick(CONTACT_KINDS), undoneAt: rand() < 0.05 ? new Date('2026-10-13T00:00:00Z') : undefined }));
      }
    }
    if (rand() < 0.5 && ids.length > 1) {
      const date = day();
      // A group contact naming one mentee twice still counts once for them.
      contacts.push(aContact({ mentorId: mentorsOf[g]![0] ?? 'P0a', menteeIds: [...ids.filter(() => rand() < 0.7), ids[0]!], date, at: at(date), kind: 'in_person', group: true }));
    }
  });
  const requests = menteesOf.flatMap((ids, g) =>
    ids.filter(() => rand() < 0.3).map((menteeId, i) => {
      const createdAt = new Date(Date.UTC(2026, 9, 1 + Math.floor(rand() * 14), 10 + (i % 2)));
      const answered = rand() < 0.6;
      const urgent = rand() < 0.1;
      return aRequest({
        id: `R${g}-${i}`,
        menteeId,
        mentorIds: mentorsOf[g]!,
        topic: urgent ? 'balance_wellbeing' : 'study_tips',
        urgency: urgent ? 'urgent' : 'routine',
        createdAt,
        deadline: new Date(createdAt.getTime() + 24 * 3_600_000),
        ...(answered ? { respondedBy: mentorsOf[g]![0], respondedAt: new Date(createdAt.getTime() + rand() * 40 * 3_600_000) } : {}),
        ...(answered && rand() < 0.5 ? { closedAs: 'closed', closedBy: menteeId, closedAt: new Date(createdAt.getTime() + 48 * 3_600_000) } : {}),
      });
    }),
  );
  const away = mentorsOf.flat().filter(() => rand() < 0.1).map((mentorId, i) => anAway({ mentorId, start: `2026-10-${String(10 + (i % 10)).padStart(2, '0')}`, end: '2026-10-22', cancelledAt: i % 5 === 0 ? NOW : undefined }));
  const pulses: PulseAnswer[] = menteesOf.flat().filter(() => rand() < 0.6).map((menteeId) => {
    const score = 1 + Math.floor(rand() * 5);
    return { menteeId, month: rand() < 0.9 ? '2026-10' : '2026-09', score: score as PulseAnswer['score'], answeredAt: NOW, sharedAt: rand() < 0.5 ? NOW : undefined };
  });
  const state = programState({ people, groups }, { contacts, requests, away, pulses, pendingSwitches: new Map([['G3', 2], ['G40', 1]]) });
  // Some mentees left their group in September (history, not current), and one group is no longer active.
  const left: Membership[] = state.memberships.filter((m, i) => m.role === 'mentee' && i % 23 === 0).map((m) => ({ ...m, to: new Date('2026-09-15T05:00:00Z') }));
  return { ...state, memberships: [...state.memberships, ...left], groups: state.groups.map((g) => (g.id === 'G7' ? { ...g, active: false } : g)) };
}

/** The digest rules as first written: every group's digest filters the whole state. */
function referenceDigest(state: ProgramState & { readonly groupIds: readonly string[] }, now: Date): CohortDigest {
  const { month, semester, week, today } = periodsOf(now, settings);
  const groups = state.groups.filter((g) => state.groupIds.includes(g.id)).map((g) => ({ id: g.id, name: g.name }));
  const inScope = new Set(groups.map((g) => g.id));
  const members = (role: Membership['role']) =>
    [...new Set(state.memberships.filter((m) => inScope.has(m.groupId) && m.role === role && m.to === undefined).map((m) => m.personId))]
      .filter((id) => state.people.get(id)?.active === true)
      .sort((a, b) => (state.people.get(a)?.name ?? a).localeCompare(state.people.get(b)?.name ?? b) || a.localeCompare(b));
  const menteeIds = members('mentee');
  const mentorIds = members('peer_mentor');
  const monthly = monthlyStatuses(menteeIds, month, state.contacts);
  const semesterly = semester === undefined ? new Map() : semesterStatuses(menteeIds, semester, state.contacts);
  const last = (list: readonly Contact[]) => (list.length === 0 ? undefined : { date: list.at(-1)!.date, by: list.at(-1)!.mentorId });
  const mentees: MenteeLine[] = menteeIds.map((id) => ({ id, name: state.people.get(id)?.name ?? id, lastCommunication: last(monthly.get(id)?.contacts ?? []), lastMeeting: last(semesterly.get(id)?.meetings ?? []) }));
  const { urgent, ...requests } = summarizeRequests(state.requests, new Set(menteeIds), now, settings);
  const pulse = summarizePulses(menteeIds, state.pulses.filter((p) => p.month === month.key));
  return {
    groups,
    week,
    month,
    semester,
    mentorIds,
    mentees,
    counts: { mentees: mentees.length, communicated: mentees.filter((m) => m.lastCommunication).length, met: mentees.filter((m) => m.lastMeeting).length },
    requests,
    mentorsAway: awayFrom(state.away, mentorIds, today, week),
    pendingSwitches: groups.reduce((sum, g) => sum + (state.pendingSwitches.get(g.id) ?? 0), 0),
    pulse: { asked: pulse.asked, answered: pulse.answered, low: pulse.low, sharedMenteeIds: pulse.sharedMenteeIds },
    attention: { overdue: requests.waiting.filter((r) => r.overdue), urgent, noContact: month.active ? mentees.filter((m) => !m.lastCommunication).map((m) => m.id) : [] },
  };
}

function referenceProgramDigest(state: ProgramState, now: Date): ProgramDigest {
  const active = state.groups.filter((g) => g.active);
  const map = buildMentoringMap(state.memberships, active);
  const counts = (d: CohortDigest) => ({ mentees: d.counts.mentees, communicated: d.counts.communicated, met: d.counts.met, waiting: d.requests.waiting.length, overdue: d.requests.overdue, urgent: d.attention.urgent.length, pendingSwitches: d.pendingSwitches });
  const groups = active.map((group) => {
    const d = referenceDigest({ ...state, groupIds: [group.id] }, now);
    const concerns: GroupConcern[] = [];
    if (d.requests.overdue > 0) concerns.push('overdue');
    if (d.attention.urgent.some((r) => r.status === 'open' || r.status === 'claimed')) concerns.push('urgent');
    if (d.attention.noContact.length > 0) concerns.push('no_contact');
    if (d.mentorIds.length === 0 && d.mentees.length > 0) concerns.push('no_mentor');
    const facultyIds = map.membersOf(group.id, 'faculty').filter((id) => state.people.get(id)?.active === true);
    return { id: group.id, name: group.name, kind: group.kind, facultyIds, mentors: d.mentorIds.length, ...counts(d), concerns };
  });
  const all = referenceDigest({ ...state, groupIds: active.map((g) => g.id) }, now);
  const pressing = (g: (typeof groups)[number]) => [g.overdue, g.urgent, g.mentees - g.communicated, g.concerns.includes('no_mentor') ? 1 : 0];
  const attention = groups.filter((g) => g.concerns.length > 0).sort((a, b) => {
    const [pa, pb] = [pressing(a), pressing(b)];
    for (let i = 0; i < pa.length; i += 1) if (pa[i] !== pb[i]) return pb[i]! - pa[i]!;
    return a.name.localeCompare(b.name);
  });
  const { requests } = all;
  return {
    week: all.week,
    month: all.month,
    semester: all.semester,
    groups,
    attention,
    totals: { groups: groups.length, ...counts(all), answeredThisWeek: requests.answeredThisWeek, answeredThisMonth: requests.answeredThisMonth, medianResponseMinutes: requests.medianResponseMinutes, mentorsAway: new Set(all.mentorsAway.map((a) => a.mentorId)).size, pulse: all.pulse },
  };
}

/** Compliance rows as first written: each mentee's groups and contacts filtered from all of them. */
function referenceComplianceRows(input: ComplianceInput) {
  const { calendar, people } = input;
  const groupName = new Map(input.groups.map((g) => [g.id, g.name]));
  return input.months.flatMap((key) => {
    const month = programMonth(key, calendar);
    const span = monthSpan(key, key, calendar);
    const semester = semesterOf(month.from, calendar);
    const inMonth = input.memberships.filter((m) => m.role === 'mentee' && overlaps(m, span.start, span.end));
    const ids = [...new Set(inMonth.map((m) => m.personId))].sort((a, b) => (people.get(a)?.name ?? a).localeCompare(people.get(b)?.name ?? b) || a.localeCompare(b));
    return ids.map((id) => {
      const groups = [...new Set(inMonth.filter((m) => m.personId === id).map((m) => groupName.get(m.groupId) ?? m.groupId))].sort();
      const talks = contactsWith(id, month, input.contacts);
      const meetings = semester === undefined ? [] : contactsWith(id, { from: semester.from, to: month.to }, input.contacts).filter((c) => isMeeting(c.kind) && isInRange(c.date, semester));
      const met = semester === undefined ? undefined : meetings.length > 0;
      return [key, month.active, semester?.label, id, nameOf(people, id), groups.join('; '), talks.length > 0, talks.length, talks.at(-1)?.date, met, semester === undefined ? undefined : meetings.length, meetings.at(-1)?.date];
    });
  });
}

describe('admin work grouped by mentee once gives what the straightforward rules give', () => {
  const state = generatedProgram();

  it('is a large program (the test would prove little on a small one)', () => {
    expect(state.memberships.filter((m) => m.role === 'mentee').length).toBeGreaterThan(1_200);
    expect(state.contacts.length).toBeGreaterThan(1_500);
    expect(state.requests.length).toBeGreaterThan(250);
  });

  it('builds the program digest: every group line, the attention list and the totals', () => {
    const digest = buildProgramDigest(state, NOW, settings);
    expect(digest).toEqual(referenceProgramDigest(state, NOW));
    expect(digest.attention.length).toBeGreaterThan(10);
  });

  it('builds every faculty mentor’s cohort digest from one index of the whole state, as from the state itself', () => {
    const index = indexProgram(state, periodsOf(NOW, settings));
    for (const group of state.groups.filter((g) => g.kind === 'cohort').slice(0, 40)) {
      const cohort = { ...state, groupIds: [group.id, 'G81'] };
      expect(buildDigest(cohort, NOW, settings, index)).toEqual(referenceDigest(cohort, NOW));
    }
    // An index grouped for another month is not used.
    const september = indexProgram(state, periodsOf(new Date('2026-09-14T15:00:00Z'), settings));
    expect(buildDigest({ ...state, groupIds: ['G2'] }, NOW, settings, september)).toEqual(referenceDigest({ ...state, groupIds: ['G2'] }, NOW));
  });

  it('exports compliance by month and mentee', () => {
    const input: ComplianceInput = { months: ['2026-08', '2026-09', '2026-10'], calendar: CALENDAR, people: state.people, groups: state.groups, memberships: state.memberships, contacts: state.contacts };
    const rows = complianceRows(input);
    expect(rows.every((row) => row.length === COMPLIANCE_COLUMNS.length)).toBe(true);
    expect(rows).toEqual(referenceComplianceRows(input));
  });
});
