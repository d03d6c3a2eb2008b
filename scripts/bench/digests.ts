/**
 * `npm run bench -- digests`: the weekly digests' reads and rules without sending — the admin's program digest, and a
 * whole weekly run (the program digest and every Faculty Mentor's cohort digest, as `sendDigests` builds them: the
 * program read once, grouped once) — beside a bare scan of the collections they read.
 */
import { zoneOf } from '../../src/program/roster.js';
import { buildDigest } from '../../src/program/overview/build-digest.js';
import { buildProgramDigest } from '../../src/program/overview/build-program-digest.js';
import { periodsOf } from '../../src/program/overview/periods-of.js';
import { indexProgram } from '../../src/program/overview/program-index.js';
import type { ProgramState } from '../../src/program/overview/program-state.js';
import { loadProgramState } from '../../src/program/snapshot/load-program-state.js';
import { createStores } from '../../src/program/store/create-stores.js';
import { awayModel } from '../../src/program/store/away.model.js';
import { contactModel } from '../../src/program/store/contact.model.js';
import { pulseAnswerModel } from '../../src/program/store/pulse.model.js';
import { requestModel } from '../../src/program/store/request.model.js';
import { groupModel, membershipModel, personModel } from '../../src/program/store/roster.model.js';
import { switchModel } from '../../src/program/store/switch.model.js';
import { alternate, bareScanOf, fmt, machineLine, median, runsOf, ZONE, type BenchDatabase, type BenchOptions } from './common.js';
import { seededLine, seedProgram } from './seed.js';

/** The collections the digests read (loadProgramState), in full. */
export const DIGEST_COLLECTIONS = [personModel, groupModel, membershipModel, contactModel, requestModel, awayModel, pulseAnswerModel, switchModel];

export async function benchDigests(bench: BenchDatabase, options: BenchOptions): Promise<string[]> {
  const { connection } = bench.database;
  const { config } = bench;
  const { now } = options;
  const seeded = await seedProgram(connection, options);
  const deps = { config, ...createStores(connection) };
  const settings = { calendar: config.calendar, zone: ZONE };

  /** Every Faculty Mentor's digest and the program's, from the state read once (what a weekly run builds). */
  const weeklyDigests = (state: ProgramState) => {
    const index = indexProgram(state, periodsOf(now, settings));
    const cohorts = new Set(state.groups.filter((g) => g.kind === 'cohort').map((g) => g.id));
    const facultyGroups = new Map<string, string[]>();
    for (const m of state.memberships) {
      if (m.role === 'faculty' && cohorts.has(m.groupId) && state.people.get(m.personId)?.active === true) facultyGroups.set(m.personId, [...(facultyGroups.get(m.personId) ?? []), m.groupId]);
    }
    let mentees = 0;
    for (const [facultyId, groupIds] of facultyGroups) {
      const zone = zoneOf(state.people.get(facultyId), config.calendar.timezone);
      mentees += buildDigest({ ...state, groupIds }, now, { calendar: config.calendar, zone }, index).counts.mentees;
    }
    return { faculty: facultyGroups.size, mentees, program: buildProgramDigest(state, now, settings, index) };
  };

  const bareScan = bareScanOf(connection, DIGEST_COLLECTIONS);
  const times = await alternate(options.runs, {
    scan: bareScan,
    program: async () => buildProgramDigest(await loadProgramState(deps, now), now, settings),
    weekly: async () => weeklyDigests(await loadProgramState(deps, now)),
  });
  const state = await loadProgramState(deps, now);
  const rules = await alternate(options.runs, {
    program: async () => buildProgramDigest(state, now, settings),
    weekly: async () => weeklyDigests(state),
  });
  const documents = await bareScan();
  const run = weeklyDigests(state);
  const scanMs = median(times['scan']!);
  const ratio = (name: string) => median(times[name]!) / scanMs;
  const met = ratio('program') <= 3 && ratio('weekly') <= 3;
  return [
    await machineLine('digests', connection),
    seededLine(seeded, fmt),
    `  --now ${now.toISOString()}: ${fmt(run.program.totals.groups)} groups, ${fmt(run.program.totals.mentees)} mentees (${fmt(run.program.totals.communicated)} in touch this month, ${fmt(run.program.totals.met)} met this semester), ${fmt(run.program.attention.length)} groups needing attention; ${fmt(run.faculty)} cohort digests naming ${fmt(run.mentees)} mentees`,
    `  the state read: ${fmt(state.contacts.length)} contacts, ${fmt(state.requests.length)} requests, ${fmt(state.pulses.length)} pulse answers, ${fmt(state.away.length)} time-away entries`,
    `  bare scan, find().lean() over people, groups, memberships, contacts, requests, away, pulse answers, switch requests (${fmt(documents)} documents): ${fmt(scanMs)} ms  ${runsOf(times['scan']!)}`,
    `  the admin's program digest (read + rules): ${fmt(median(times['program']!))} ms  ${runsOf(times['program']!)} = ${ratio('program').toFixed(2)} × the bare scan`,
    `    of which the rules on data already read: ${fmt(median(rules['program']!))} ms`,
    `  a weekly run, the program digest and ${fmt(run.faculty)} cohort digests (read once + rules): ${fmt(median(times['weekly']!))} ms  ${runsOf(times['weekly']!)} = ${ratio('weekly').toFixed(2)} × the bare scan`,
    `    of which the rules on data already read: ${fmt(median(rules['weekly']!))} ms`,
    `  goal (each within 3 × the bare scan): ${met ? 'met' : 'NOT met'}`,
  ];
}
