import type { AdminPolicy } from '../../program/policy.js';
import type { RequestTopics } from '../../program/request-topics.js';
import type { DigestSchedule } from './domain/digest-schedule.js';
import type { Logger } from '../../log/logger.js';
import type { ClaimStore } from '../../delivery/ports.js';
import type { DigestNotifier } from './ports.js';
import { zoneOf } from '../../program/roster.js';
import { buildDigest } from '../../program/overview/build-digest.js';
import { buildProgramDigest } from '../../program/overview/build-program-digest.js';
import { digestWeekDue } from './domain/digest-schedule.js';
import { splitRows } from '../../program/overview/split-rows.js';
import type { ProgramState } from '../../program/overview/program-state.js';
import { indexProgram, type ProgramIndex } from '../../program/overview/program-index.js';
import { periodsOf } from '../../program/overview/periods-of.js';
import { localTime } from '../../program/zoned-time.js';
import { deliverOnce, type Delivery, type DeliverySummary } from '../../delivery/deliver.js';
import { loadProgramState, type ProgramStateDeps } from '../../program/snapshot/load-program-state.js';

import { once } from '../../delivery/once.js';
import type { DigestSource } from '../../slack/digest-source.js';
import type { DigestLines } from '../../slack/digest-lines.js';

export type DigestRunSummary = Readonly<Record<'faculty' | 'admins' | 'due' | keyof DeliverySummary | 'otherReaders', number>>;

/** The claim that makes a Faculty Mentor's digest go out once a week (their ISO week), whatever the runs or instances. */
export const digestKey = (facultyId: string, week: string) => `digest:${facultyId}:${week}`;
/** The same for an admin's program-wide digest. */
export const programDigestKey = (adminId: string, week: string) => `digest-admin:${adminId}:${week}`;
/** The same for a digest a feature contributes (`Feature.digests`). */
export const contributedDigestKey = (name: string, readerId: string, week: string) => `digest-${name}:${readerId}:${week}`;

interface DigestDelivery extends Delivery {
  readonly kind: 'cohort' | 'program' | 'contributed';
  /** The Faculty Mentor's cohort groups (for a cohort digest). */
  readonly groupIds: readonly string[];
  /** The contributed digest (kind `contributed`). */
  readonly source?: DigestSource;
}

/** Every month: a contributed digest sent every week of the year is due whatever the program's active months. */
const EVERY_MONTH = { activeMonths: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] };

export type SendDigestsDeps = ProgramStateDeps & {
  readonly admins: AdminPolicy;
  readonly schedule: DigestSchedule;
  readonly logger: Logger;
  readonly claims: ClaimStore;
  readonly digestNotifier: DigestNotifier;
  /** The digests the features contribute for their own readers (read when the job runs, once every feature exists). */
  readonly sources?: () => readonly DigestSource[];
  /** The lines the features add to the Faculty Mentors' and admins' digests (read when the job runs). */
  readonly lines?: () => readonly DigestLines[];
  /** The tracks' request topics: which are about well-being (the program's alone when unset). */
  readonly requestTopics?: RequestTopics;
};

/**
 * Job `digests`: each Faculty Mentor, from the digest day and hour in their time zone, gets one DM a week about their
 * cohort; each admin (ADMIN_USER_IDS and roster admins) the program-wide version. Sent once per reader and ISO week,
 * never in quiet hours; a digest too long for one message goes out in parts, each sent once and in order. The roster
 * is read first; the rest of the program's state only when someone is due.
 */
export async function sendDigests(deps: SendDigestsDeps, now: Date): Promise<DigestRunSummary> {
  const { calendar } = deps.config;
  const { schedule } = deps;
  const [people, groups, memberships] = await Promise.all([deps.roster.findPeople(), deps.roster.findGroups(), deps.roster.findMemberships({ current: true })]);
  const byId = new Map(people.map((p) => [p.id, p]));
  const cohorts = new Set(groups.filter((g) => g.active && g.kind === 'cohort').map((g) => g.id));
  const facultyGroups = new Map<string, string[]>();
  for (const m of memberships) {
    if (m.role !== 'faculty' || !cohorts.has(m.groupId) || byId.get(m.personId)?.active !== true) continue;
    facultyGroups.set(m.personId, [...(facultyGroups.get(m.personId) ?? []), m.groupId]);
  }
  const adminIds = deps.admins.adminIdsAmong(people);

  const zone = (id: string) => zoneOf(byId.get(id), calendar.timezone);
  const weekDue = (id: string) => digestWeekDue(localTime(now, zone(id)), calendar, schedule);
  const deliveries: DigestDelivery[] = [];
  for (const [facultyId, groupIds] of facultyGroups) {
    const week = weekDue(facultyId);
    if (week !== undefined) deliveries.push({ key: digestKey(facultyId, week), recipientId: facultyId, zone: zone(facultyId), kind: 'cohort', groupIds });
  }
  for (const adminId of adminIds) {
    const week = weekDue(adminId);
    if (week !== undefined) deliveries.push({ key: programDigestKey(adminId, week), recipientId: adminId, zone: zone(adminId), kind: 'program', groupIds: [] });
  }
  let otherReaders = 0;
  for (const source of deps.sources?.() ?? []) {
    for (const readerId of source.readers(people)) {
      otherReaders += 1;
      const week = digestWeekDue(localTime(now, zone(readerId)), source.everyWeek === true ? EVERY_MONTH : calendar, schedule);
      if (week !== undefined) deliveries.push({ key: contributedDigestKey(source.name, readerId, week), recipientId: readerId, zone: zone(readerId), kind: 'contributed', groupIds: [], source });
    }
  }
  const counts = { faculty: facultyGroups.size, admins: adminIds.length, due: deliveries.length };
  const empty = { sent: 0, alreadySent: 0, waitingForMorning: 0, inProgress: 0, failed: 0 };
  if (deliveries.length === 0) return { ...counts, ...empty, otherReaders };
  const done = await deps.claims.findDoneKeys(deliveries.map((d) => d.key));
  if (done.size === deliveries.length) return { ...counts, ...empty, alreadySent: done.size, otherReaders };

  // Read and grouped once for the run: each digest then costs what its groups hold, not the whole program.
  let read: { readonly state: ProgramState; readonly index: ProgramIndex; readonly extra: (scope: readonly string[] | 'all') => readonly string[] } | undefined;
  const readState = async () => {
    const lines = deps.lines?.() ?? [];
    const [state, contents] = await Promise.all([loadProgramState(deps, now), Promise.all(lines.map((l) => l.read(now)))]);
    const extra = (scope: readonly string[] | 'all') => lines.flatMap((l, i) => l.lines(contents[i], scope, now));
    return { state, index: indexProgram(state, periodsOf(now, { calendar, zone: calendar.timezone })), extra };
  };
  // Each contributed digest reads what it shows once for the run, when its first reader is sent it.
  const contributed = new Map<string, Promise<unknown>>();
  const summary = await deliverOnce({ claims: deps.claims, quietHours: deps.config.quietHours, logger: deps.logger }, deliveries, now, async (delivery): Promise<Readonly<Record<string, string>>> => {
    const { source } = delivery;
    if (source !== undefined) {
      if (!contributed.has(source.name)) contributed.set(source.name, source.read(now));
      const message = source.message(await contributed.get(source.name)!, { id: delivery.recipientId, zone: delivery.zone }, now);
      const posted = await deps.digestNotifier.sendMessage(delivery.recipientId, message);
      deps.logger.info('digest sent', { kind: source.name, user: delivery.recipientId, key: delivery.key, parts: 1 });
      return { channel: posted.channel, ts: posted.ts, parts: '1' };
    }
    read ??= await readState();
    const { state, index, extra } = read;
    const settings = { calendar, zone: delivery.zone, requestTopics: deps.requestTopics };
    const parts =
      delivery.kind === 'cohort'
        ? await sendParts(deps, delivery, buildDigest({ ...state, groupIds: delivery.groupIds }, now, settings, index), (d) => d.mentees, (d, part) =>
            deps.digestNotifier.sendCohortDigest(delivery.recipientId, d, part, part.index === 1 ? extra(delivery.groupIds) : []),
          )
        : await sendParts(deps, delivery, buildProgramDigest(state, now, settings, index), (d) => d.groups, (d, part) =>
            deps.digestNotifier.sendProgramDigest(delivery.recipientId, d, part, part.index === 1 ? extra('all') : []),
          );
    deps.logger.info('digest sent', { kind: delivery.kind, user: delivery.recipientId, key: delivery.key, parts });
    return { parts: String(parts) };
  });
  return { ...counts, ...summary, otherReaders };
}

/** Sends a digest's parts in order, each claimed once: a run that failed half-way resumes with the first part not sent. */
async function sendParts<D, R>(
  deps: Pick<SendDigestsDeps, 'claims'>,
  delivery: DigestDelivery,
  digest: D,
  rowsOf: (digest: D) => readonly R[],
  send: (digest: D, part: ReturnType<typeof splitRows<R>>[number]) => Promise<{ channel: string; ts: string }>,
): Promise<number> {
  const parts = splitRows(rowsOf(digest));
  for (const part of parts) {
    const outcome = await once(deps.claims, `${delivery.key}:part:${part.index}`, async () => ({ ...(await send(digest, part)) }));
    if (outcome.status === 'in-progress') throw new Error(`part ${part.index} of ${delivery.key} is being sent by another run`);
  }
  return parts.length;
}

