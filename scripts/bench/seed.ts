/** The benchmarks' program: a realistic program of any size, seeded with bulk inserts (the same program every run). */
import { Types, type Connection } from 'mongoose';
import { addDays } from '../../src/program/calendar-date.js';
import { awayModel } from '../../src/program/store/away.model.js';
import { contactModel } from '../../src/program/store/contact.model.js';
import { pulseAnswerModel } from '../../src/program/store/pulse.model.js';
import { requestModel } from '../../src/program/store/request.model.js';
import { groupModel, membershipModel, membershipOpenKey, personModel } from '../../src/program/store/roster.model.js';
import { switchModel } from '../../src/program/store/switch.model.js';
import { createRandom } from '../../test/support/random.js';
import { ZONE } from './common.js';

const H = 3_600_000;

export interface Seeded {
  readonly ms: number;
  readonly peerMentors: number;
  readonly mdphdMentees: number;
  readonly mdphdMentors: number;
  readonly counts: Map<string, number>;
}

type Doc = Record<string, unknown>;

/**
 * Bulk inserts of a program as of `now` (the Fall semester so far, December's contacts up to yesterday): that many
 * mentees in cohort groups of two peer mentors and a faculty mentor, a third of mentees and peer mentors also in the
 * program-wide MD/PhD group; contacts, requests, time away, December's pulse answers and switch requests.
 */
export async function seedProgram(connection: Connection, options: { mentees: number; groups: number; now: Date }): Promise<Seeded> {
  const started = performance.now();
  // Seeded, so every run seeds the same program.
  const rand = createRandom(20_260_801).next;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const ZONES = ['America/New_York', 'America/New_York', 'America/Chicago', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'Europe/London', 'Asia/Tokyo', undefined];
  const since = new Date('2026-08-01T05:00:00Z');
  const people: Doc[] = [];
  const groupDocs: Doc[] = [];
  const memberships: Doc[] = [];
  const membership = (groupId: Types.ObjectId, personId: string, role: string) => {
    const m = { groupId: groupId.toHexString(), personId, role };
    memberships.push({ ...m, from: since, to: null, openKey: membershipOpenKey(m) });
  };
  const person = (id: string, name: string, roles: string[], year: number | undefined, mdphd: boolean) => {
    const timezone = pick(ZONES);
    people.push({ _id: id, name, roles, ...(year === undefined ? {} : { year }), mdphd, ...(timezone === undefined ? {} : { timezone }), active: true, email: `${id.toLowerCase()}@med.example` });
  };
  const mdphdGroup = new Types.ObjectId();
  groupDocs.push({ _id: mdphdGroup, name: 'MD-PhD', kind: 'mdphd', active: true });
  const groupIds: string[] = [];
  const menteesOfGroup: string[][] = [];
  const mentorsOfGroup: string[][] = [];
  let mdphdMentees = 0;
  let mdphdMentors = 0;
  for (let g = 0; g < options.groups; g += 1) {
    const groupId = new Types.ObjectId();
    groupIds.push(groupId.toHexString());
    groupDocs.push({ _id: groupId, name: `LC${g % 12}-Group${g}`, kind: 'cohort', active: true, channelId: `C${String(g).padStart(8, '0')}` });
    const faculty = `UF${String(g).padStart(7, '0')}`;
    person(faculty, `Faculty ${g}`, ['faculty'], undefined, false);
    membership(groupId, faculty, 'faculty');
    const mentors = [0, 1].map((i) => `UP${String(g * 2 + i).padStart(7, '0')}`);
    mentors.forEach((id, i) => {
      const mdphd = (g * 2 + i) % 3 === 0;
      person(id, `Mentor ${g * 2 + i}`, ['peer_mentor'], 3 + i, mdphd);
      membership(groupId, id, 'peer_mentor');
      if (mdphd) {
        membership(mdphdGroup, id, 'peer_mentor');
        mdphdMentors += 1;
      }
    });
    mentorsOfGroup.push(mentors);
    const first = Math.floor((g * options.mentees) / options.groups);
    const last = Math.floor(((g + 1) * options.mentees) / options.groups);
    const ids: string[] = [];
    for (let m = first; m < last; m += 1) {
      const id = `UM${String(m).padStart(7, '0')}`;
      const mdphd = m % 3 === 0;
      person(id, `Mentee ${m}`, ['mentee'], 1 + (m % 2), mdphd);
      membership(groupId, id, 'mentee');
      if (mdphd) {
        membership(mdphdGroup, id, 'mentee');
        mdphdMentees += 1;
      }
      ids.push(id);
    }
    menteesOfGroup.push(ids);
  }

  // Contacts: each month of the semester so far, ~85 % of mentees hear from a mentor once or twice; ~60 % have met.
  const contacts: Doc[] = [];
  let seq = 0;
  const today = options.now.toISOString().slice(0, 10);
  const contact = (mentorId: string, menteeIds: string[], date: string, kind: string, group: boolean) => {
    if (date >= today) return;
    const at = new Date(`${date}T${String(14 + Math.floor(rand() * 8)).padStart(2, '0')}:00:00Z`);
    contacts.push({
      mentorId, menteeIds, at, date, kind, group, minutes: kind === 'slack' ? 0 : 10 + Math.floor(rand() * 40),
      source: rand() < 0.1 ? 'request_response' : 'logged', sourceKey: `bench:${++seq}`, createdAt: at,
      ...(rand() < 0.01 ? { undoneAt: new Date(at.getTime() + H) } : {}),
    });
  };
  const day = (month: number, max: number) => `2026-${String(month).padStart(2, '0')}-${String(1 + Math.floor(rand() * max)).padStart(2, '0')}`;
  const MONTHS = [[8, 31], [9, 30], [10, 31], [11, 30], [12, 31]] as const;
  menteesOfGroup.forEach((ids, g) => {
    const mentors = mentorsOfGroup[g]!;
    for (const id of ids) {
      for (const [month, days] of MONTHS) {
        if (rand() >= 0.85) continue;
        const times = rand() < 0.5 ? 1 : 2;
        for (let t = 0; t < times; t += 1) contact(pick(mentors), [id], day(month, days), pick(['slack', 'slack', 'text', 'call', 'email']), false);
      }
    }
    // A group meeting in four groups out of ten, with most of the group; individual video calls for some others.
    const together = rand() < 0.4 ? ids.filter(() => rand() < 0.8) : [];
    if (together.length > 0) contact(pick(mentors), together, day(pick([9, 10, 11]), 28), 'in_person', true);
    for (const id of ids) if (!together.includes(id) && rand() < 0.4) contact(pick(mentors), [id], day(pick([8, 9, 10, 11, 12]), 28), 'video', false);
  });

  // Requests: ~15 % of mentees asked this semester; most were answered; 600-odd still wait, some near or past their deadline.
  const requests: Doc[] = [];
  const description = 'A question about study plans and how to balance research time with the block exams, in a few sentences. '.repeat(2);
  menteesOfGroup.forEach((ids, g) => {
    const mentors = mentorsOfGroup[g]!;
    for (const id of ids) {
      if (rand() >= 0.15) continue;
      const waiting = rand() < 0.2;
      const reach = rand() < 0.8 ? 'slack' : 'email';
      const createdAt = waiting
        ? new Date(options.now.getTime() - rand() * 72 * H)
        : new Date(since.getTime() + rand() * (options.now.getTime() - since.getTime() - 72 * H));
      const claimed = rand() < 0.3 ? { claimedBy: mentors[0], claimedAt: new Date(createdAt.getTime() + H) } : {};
      const answered = waiting ? {} : { respondedBy: mentors[1], respondedAt: new Date(createdAt.getTime() + 5 * H), ...(rand() < 0.5 ? { closedAs: 'closed', closedBy: id, closedAt: new Date(createdAt.getTime() + 30 * H), helped: true } : {}) };
      requests.push({
        menteeId: id, topic: pick(['study_tips', 'career_advice', 'research', 'balance_wellbeing']), urgency: 'routine', reach, description,
        audience: 'cohort', mentorIds: mentors, routedTo: 'mentors', coveringFor: [], channelId: `G${String(requests.length).padStart(8, '0')}`,
        messageTs: `${Math.floor(createdAt.getTime() / 1000)}.000100`, deadline: new Date(createdAt.getTime() + (reach === 'email' ? 48 : 24) * H),
        createdAt, sourceKey: `view:bench${requests.length}`, ...claimed, ...answered,
      });
    }
  });

  // Time away: ~3 % of peer mentors away now, ~5 % away earlier in the semester.
  const away: Doc[] = [];
  mentorsOfGroup.flat().forEach((mentorId, i) => {
    const roll = rand();
    const [start, end] = roll < 0.03 ? [addDays(today, -2), addDays(today, 3)] : roll < 0.08 ? ['2026-10-12', '2026-10-16'] : [undefined, undefined];
    if (start === undefined || end === undefined) return;
    away.push({ mentorId, start, end, timezone: ZONE, tellMentees: false, createdAt: new Date(`${start}T12:00:00Z`), sourceKey: `away:bench${i}` });
  });

  // This month's pulse: ~60 % of mentees answered, one in ten low, half of those shared it. Switch requests: ~1 % of mentees, a third still open.
  const month = today.slice(0, 7);
  const pulses: Doc[] = [];
  const switches: Doc[] = [];
  menteesOfGroup.forEach((ids, g) => {
    for (const id of ids) {
      if (rand() < 0.6) {
        const score = rand() < 0.1 ? 1 + Math.floor(rand() * 2) : 3 + Math.floor(rand() * 3);
        const answeredAt = new Date(`${month}-0${1 + Math.floor(rand() * 9)}T16:00:00Z`);
        pulses.push({ _id: `${id}:${month}`, menteeId: id, month, score, answeredAt, ...(score <= 2 && rand() < 0.5 ? { sharedAt: new Date(answeredAt.getTime() + H) } : {}) });
      }
      if (rand() >= 0.01) continue;
      const _id = new Types.ObjectId();
      const open = rand() < 0.33;
      const createdAt = new Date(since.getTime() + rand() * (options.now.getTime() - since.getTime()));
      switches.push({
        _id, menteeId: id, requestedBy: id, requesterRole: 'mentee', subject: 'group', fromGroupId: groupIds[g], reason: pick(['schedule', 'communication', 'interests', 'personal', 'other']),
        status: open ? 'open' : 'declined', openKey: open ? `open:${id}` : `ended:${_id.toHexString()}`, adminMessages: [], createdAt, sourceKey: `switch:bench${switches.length}`,
        ...(open ? {} : { decidedBy: 'UADMIN0001', decidedAt: new Date(createdAt.getTime() + 24 * H) }),
      });
    }
  });

  const counts = new Map<string, number>();
  const insert = async (name: string, model: (c: Connection) => { collection: { insertMany(docs: Doc[], options: { ordered: boolean }): Promise<unknown> } }, docs: Doc[]) => {
    const collection = model(connection).collection;
    for (let i = 0; i < docs.length; i += 5_000) await collection.insertMany(docs.slice(i, i + 5_000), { ordered: false });
    counts.set(name, docs.length);
  };
  await insert('people', personModel, people);
  await insert('groups', groupModel, groupDocs);
  await insert('memberships', membershipModel, memberships);
  await insert('contacts', contactModel, contacts);
  await insert('requests', requestModel, requests);
  await insert('away', awayModel, away);
  await insert('pulse answers', pulseAnswerModel, pulses);
  await insert('switch requests', switchModel, switches);
  return { ms: performance.now() - started, peerMentors: options.groups * 2, mdphdMentees, mdphdMentors, counts };
}

/** The seeded program in one line, for a report. */
export const seededLine = (seeded: Seeded, fmt: (n: number) => string) =>
  `  seeded in ${(seeded.ms / 1_000).toFixed(1)} s: ${[...seeded.counts].map(([name, n]) => `${name} ${fmt(n)}`).join(' · ')}`;
