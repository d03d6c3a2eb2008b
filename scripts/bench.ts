/**
 * `npm run bench -- nudges [--mentees 20000] [--groups N] [--now ISO] [--runs 3]`
 *
 * Seeds a fresh database (on MONGODB_URI, a database of its own, dropped at the end) with a program of that many
 * mentees in cohort groups (two peer mentors and a faculty mentor each; a third of mentees and peer mentors also in
 * the program-wide MD/PhD group), a semester of contacts (most mentees contacted each month, fewer met), requests
 * (most answered, some near their deadline, some overdue) and time away; then times the nudge planning — the job's
 * reads and rules, without sending — for one `--now`, with its peak heap, beside a bare scan (`find().lean()` over
 * the same collections) in the same run. A script, not a test: it prints figures for the README.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import { Types, type Connection, type Model } from 'mongoose';
import { loadConfig, settingsOf } from '../src/config/env.js';
import { nudgeSettings as nudgeSettingsFragment } from '../src/features/nudges/settings.js';
import { dueNudges } from '../src/features/nudges/domain/due-nudges.js';
import type { Nudge } from '../src/features/nudges/domain/nudge.js';
import { addDays } from '../src/program/calendar-date.js';
import { createLogger } from '../src/log/logger.js';
import { loadNudgeState, planNudges } from '../src/features/nudges/plan-nudges.js';
import { createStores } from '../src/program/store/create-stores.js';
import { connectDatabase } from '../src/program/store/database.js';
import { awayModel } from '../src/program/store/away.model.js';
import { contactModel } from '../src/program/store/contact.model.js';
import { requestModel } from '../src/program/store/request.model.js';
import { groupModel, membershipModel, personModel } from '../src/program/store/roster.model.js';

const USAGE = 'usage: npm run bench -- nudges [--mentees 20000] [--groups N] [--now 2026-12-28T15:00:00Z] [--runs 3]';
const ZONE = 'America/Chicago';
const H = 3_600_000;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** A small seeded generator (mulberry32), so every run seeds the same program. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { mentees: { type: 'string' }, groups: { type: 'string' }, now: { type: 'string' }, runs: { type: 'string' } },
  });
  if (positionals[0] !== 'nudges' || positionals.length !== 1) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const mentees = Number(values.mentees ?? 20_000);
  const groups = Number(values.groups ?? Math.round(mentees / (20_000 / 1_400)));
  const runs = Number(values.runs ?? 3);
  const now = new Date(values.now ?? '2026-12-28T15:00:00Z');
  if (![mentees, groups, runs].every((n) => Number.isInteger(n) && n > 0) || groups > mentees || Number.isNaN(now.getTime())) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const uri = process.env['MONGODB_URI'];
  if (uri === undefined || uri.trim() === '') {
    process.stderr.write('Set MONGODB_URI (e.g. scripts/ferretdb.sh exec -- npm run bench -- nudges): the benchmark seeds a database of its own there and drops it at the end.\n');
    return 2;
  }
  const target = new URL(uri);
  target.pathname = `/pm_bench_${randomBytes(4).toString('hex')}`;
  const logger = createLogger({ level: 'warn', json: false, secrets: [] });
  const database = await connectDatabase({ uri: target.toString(), dataDir: '.data', logger });
  try {
    await database.connection.syncIndexes();
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: 'bench-signing-secret', PROGRAM_TIMEZONE: ZONE });
    const seeded = await seed(database.connection, { mentees, groups, now });
    const stores = createStores(database.connection);
    const nudgeSettings = settingsOf(config, nudgeSettingsFragment);
    const deps = { config, nudgeSettings, ...stores };

    const collections = [personModel, groupModel, membershipModel, requestModel, awayModel, contactModel].map(
      (model) => model(database.connection) as unknown as Model<Record<string, unknown>>,
    );
    const bareScan = async () => {
      let documents = 0;
      for (const Model of collections) documents += (await Model.find({}).lean()).length;
      return documents;
    };
    const measure = async <T>(work: () => Promise<T>) => {
      gc();
      const before = process.memoryUsage().heapUsed;
      let peak = before;
      const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 2);
      const started = performance.now();
      const result = await work();
      const ms = performance.now() - started;
      peak = Math.max(peak, process.memoryUsage().heapUsed);
      clearInterval(sample);
      return { ms, before, peak, result };
    };

    // Alternate the two, so that caches and the shared machine's load treat them alike; one warm-up each first.
    await bareScan();
    await planNudges(deps, now);
    const scans: Awaited<ReturnType<typeof measure<number>>>[] = [];
    const plans: Awaited<ReturnType<typeof measure<Awaited<ReturnType<typeof planNudges>>>>>[] = [];
    for (let i = 0; i < runs; i += 1) {
      scans.push(await measure(bareScan));
      plans.push(await measure(() => planNudges(deps, now)));
    }
    // The rules alone, on data already read (the rest of the planning time is reading).
    const state = await loadNudgeState(deps, now);
    const rules: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      dueNudges(state, now, nudgeSettings);
      rules.push(performance.now() - started);
    }

    const scanMs = median(scans.map((s) => s.ms));
    const planMs = median(plans.map((p) => p.ms));
    const peak = Math.max(...plans.map((p) => p.peak));
    const heapBefore = Math.min(...plans.map((p) => p.before));
    const nudges = plans[0]!.result.nudges;
    const byKind = new Map<string, number>();
    for (const n of nudges as Nudge[]) byKind.set(n.kind, (byKind.get(n.kind) ?? 0) + 1);
    const listed = (nudges as Nudge[]).reduce((sum, n) => sum + ('missing' in n ? n.missing : 0), 0);
    const named = (nudges as Nudge[]).reduce((sum, n) => sum + ('menteeIds' in n ? n.menteeIds.length : 0), 0);
    const ratio = planMs / scanMs;
    const met = ratio <= 3 && peak < 300 * 1_048_576;
    const lines = [
      `Peer Mentor benchmark: nudges (Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${mb(os.totalmem())} RAM; ${await serverName(database.connection)})`,
      `  program: ${fmt(mentees)} mentees in ${fmt(groups)} cohort groups (${fmt(seeded.peerMentors)} peer mentors, ${fmt(groups)} faculty mentors); MD/PhD group: ${fmt(seeded.mdphdMentees)} mentees, ${fmt(seeded.mdphdMentors)} peer mentors`,
      `  seeded in ${(seeded.ms / 1_000).toFixed(1)} s: ${[...seeded.counts].map(([name, n]) => `${name} ${fmt(n)}`).join(' · ')}`,
      `  --now ${now.toISOString()}: ${fmt(nudges.length)} nudges due (${[...byKind].map(([kind, n]) => `${kind} ${fmt(n)}`).join(', ')}; the lists count ${fmt(listed)} missing mentees across their recipients and name ${fmt(named)})`,
      `  bare scan, find().lean() over people, groups, memberships, requests, away, contacts (${fmt(scans[0]!.result)} documents): ${fmt(scanMs)} ms  [runs ${scans.map((s) => fmt(s.ms)).join(', ')}]`,
      `  nudge planning, the job's reads and rules without sending: ${fmt(planMs)} ms  [runs ${plans.map((p) => fmt(p.ms)).join(', ')}] = ${ratio.toFixed(2)} × the bare scan`,
      `    of which the rules (dueNudges on data already read): ${fmt(median(rules))} ms`,
      `  peak heap during planning: ${mb(peak)} (heap before it: ${mb(heapBefore)})`,
      `  aim (within 3 × the bare scan, under 300 MB of heap): ${met ? 'met' : 'NOT met'}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } finally {
    await database.connection.dropDatabase().catch(() => undefined);
    await database.close();
  }
}

async function serverName(connection: Connection): Promise<string> {
  const info = (await connection.db!.admin().command({ buildInfo: 1 })) as { version?: string; ferretdbVersion?: string };
  return info.ferretdbVersion !== undefined ? `FerretDB ${info.ferretdbVersion} (MongoDB ${info.version ?? '?'} wire)` : `MongoDB ${info.version ?? '?'}`;
}

interface Seeded {
  readonly ms: number;
  readonly peerMentors: number;
  readonly mdphdMentees: number;
  readonly mdphdMentors: number;
  readonly counts: Map<string, number>;
}

/** Bulk inserts of a realistic program as of `now` (the Fall semester so far, December's contacts up to yesterday). */
async function seed(connection: Connection, options: { mentees: number; groups: number; now: Date }): Promise<Seeded> {
  const started = performance.now();
  const rand = random(20_260_801);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const ZONES = ['America/New_York', 'America/New_York', 'America/Chicago', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'Europe/London', 'Asia/Tokyo', undefined];
  const since = new Date('2026-08-01T05:00:00Z');
  const people: Record<string, unknown>[] = [];
  const groupDocs: Record<string, unknown>[] = [];
  const memberships: Record<string, unknown>[] = [];
  const membership = (groupId: Types.ObjectId, personId: string, role: string) => memberships.push({ groupId: groupId.toHexString(), personId, role, from: since, to: null });
  const person = (id: string, name: string, roles: string[], year: number | undefined, mdphd: boolean) => {
    const timezone = pick(ZONES);
    people.push({ _id: id, name, roles, ...(year === undefined ? {} : { year }), mdphd, ...(timezone === undefined ? {} : { timezone }), active: true, email: `${id.toLowerCase()}@med.example` });
  };
  const mdphdGroup = new Types.ObjectId();
  groupDocs.push({ _id: mdphdGroup, name: 'MD-PhD', kind: 'mdphd', active: true });
  const menteesOfGroup: string[][] = [];
  const mentorsOfGroup: string[][] = [];
  let mdphdMentees = 0;
  let mdphdMentors = 0;
  for (let g = 0; g < options.groups; g += 1) {
    const groupId = new Types.ObjectId();
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
  const contacts: Record<string, unknown>[] = [];
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
  const requests: Record<string, unknown>[] = [];
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
  const away: Record<string, unknown>[] = [];
  mentorsOfGroup.flat().forEach((mentorId, i) => {
    const roll = rand();
    const [start, end] = roll < 0.03 ? [addDays(today, -2), addDays(today, 3)] : roll < 0.08 ? ['2026-10-12', '2026-10-16'] : [undefined, undefined];
    if (start === undefined || end === undefined) return;
    away.push({ mentorId, start, end, timezone: ZONE, tellMentees: false, createdAt: new Date(`${start}T12:00:00Z`), sourceKey: `away:bench${i}` });
  });

  const counts = new Map<string, number>();
  const insert = async (name: string, model: (c: Connection) => { collection: { insertMany(docs: Record<string, unknown>[], options: { ordered: boolean }): Promise<unknown> } }, docs: Record<string, unknown>[]) => {
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
  return { ms: performance.now() - started, peerMentors: options.groups * 2, mdphdMentees, mdphdMentors, counts };
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
