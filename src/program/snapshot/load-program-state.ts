import type { Config } from '../../config/env.js';
import type { AwayStore, ContactStore, PulseStore, RequestStore, RosterStore, SwitchStore } from '../ports.js';
import { addDays, dateInZone } from '../calendar-date.js';
import { programDateOf, programMonthOf, semesterOf, spanOf } from '../calendar.js';
import { zonedInstant } from '../zoned-time.js';
import type { ProgramState } from '../overview/program-state.js';
import { loadSnapshot, type RosterSnapshot } from './load-snapshot.js';

export type ProgramStateDeps = { readonly config: Config; readonly roster: RosterStore; readonly contacts: ContactStore; readonly requests: RequestStore; readonly away: AwayStore; readonly pulses: PulseStore; readonly switches: SwitchStore };

/** A week and a day: every reader's week began within this long before now, whatever their zone. */
const LOOKBACK_MS = 8 * 86_400_000;

/**
 * What digests and Home tabs are built from, for the active groups named (all active groups when `groupIds` is
 * undefined): one query per collection, whatever the number of people. Requests are read without descriptions.
 * `roster`: those groups' roster when the caller has read it already (`loadSnapshot` of the same scope).
 */
export async function loadProgramState(deps: ProgramStateDeps, now: Date, groupIds?: readonly string[], roster?: RosterSnapshot): Promise<ProgramState> {
  const { calendar } = deps.config;
  const { people, groups, memberships } = roster ?? (await loadSnapshot(deps.roster, groupIds === undefined ? { program: true } : { groupIds }));
  const ids = groups.map((g) => g.id);
  const menteeIds = [...new Set(memberships.filter((m) => m.role === 'mentee').map((m) => m.personId))];
  const mentorIds = [...new Set(memberships.filter((m) => m.role !== 'mentee').map((m) => m.personId))];
  const mentees = new Set(menteeIds);
  const mentors = new Set(mentorIds);

  const today = programDateOf(now, calendar);
  const month = programMonthOf(today, calendar);
  const semester = semesterOf(today, calendar);
  const range = semester === undefined ? month : spanOf([month, semester]);
  const monthStart = zonedInstant(month.from, 0, 0, calendar.timezone);
  const since = new Date(Math.min(monthStart.getTime(), now.getTime() - LOOKBACK_MS));
  // Zones differ by up to a day from UTC: windows ending yesterday (UTC) may still be on in someone's today.
  const awayFrom = addDays(dateInZone(now, 'UTC'), -1);
  const [contacts, requests, away, pulses, pendingSwitches] =
    groupIds === undefined
      ? // The whole program: read by dates only and keep the program's people here. Naming 20,000 mentees in a query
        // costs more than the reading (FerretDB matches an $in list document by document).
        await Promise.all([
          deps.contacts.findBetween(range.from, range.to).then(keep((c) => c.menteeIds.some((id) => mentees.has(id)))),
          deps.requests.findActiveSince(since).then(keep((r) => mentees.has(r.menteeId))),
          deps.away.findAllNotEnded(awayFrom).then(keep((w) => mentors.has(w.mentorId))),
          deps.pulses.findAnswers(month.key).then(keep((p) => mentees.has(p.menteeId))),
          deps.switches.countPending(ids),
        ])
      : await Promise.all([
          menteeIds.length === 0 ? [] : deps.contacts.findForMentees(menteeIds, range.from, range.to),
          menteeIds.length === 0 ? [] : deps.requests.findActiveSince(since, menteeIds),
          deps.away.findNotEnded(mentorIds, awayFrom),
          menteeIds.length === 0 ? [] : deps.pulses.findAnswers(month.key, menteeIds),
          deps.switches.countPending(ids),
        ]);
  return { people, groups, memberships, contacts, requests, away, pulses, pendingSwitches };
}

const keep =
  <T>(wanted: (item: T) => boolean) =>
  (items: T[]): T[] =>
    items.filter(wanted);
