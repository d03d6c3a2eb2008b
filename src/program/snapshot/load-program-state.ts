import type { Config } from '../../config/env.js';
import type { AwayStore, ContactStore, PulseStore, RequestStore, RosterStore, SwitchStore } from '../ports.js';
import { addDays, dateInZone } from '../calendar-date.js';
import { programDateOf, programMonthOf, semesterOf, spanOf } from '../calendar.js';
import { zonedInstant } from '../zoned-time.js';
import { LEDGERS, type Ledger, type ProgramState } from '../overview/program-state.js';
import { loadSnapshot, type RosterSnapshot } from './load-snapshot.js';

export type ProgramStateDeps = { readonly config: Config; readonly roster: RosterStore; readonly contacts: ContactStore; readonly requests: RequestStore; readonly away: AwayStore; readonly pulses: PulseStore; readonly switches: SwitchStore };

/** A week and a day: every reader's week began within this long before now, whatever their zone. */
const LOOKBACK_MS = 8 * 86_400_000;

/**
 * What digests and Home tabs are built from, for the active groups named (all active groups when `groupIds` is
 * undefined): one query per collection, whatever the number of people. Requests are read without descriptions.
 * `roster`: those groups' roster when the caller has read it already (`loadSnapshot` of the same scope). `ledgers`:
 * the records to read besides the roster (all by default); the others are left empty.
 */
export async function loadProgramState(deps: ProgramStateDeps, now: Date, groupIds?: readonly string[], roster?: RosterSnapshot, ledgers: ReadonlySet<Ledger> = LEDGERS): Promise<ProgramState> {
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
  // A ledger not asked for is left empty (a mentor's Home shows no pulse and no switch waiting for an admin).
  const read = <T>(ledger: Ledger, empty: T, find: () => Promise<T>): Promise<T> => (ledgers.has(ledger) ? find() : Promise.resolve(empty));
  const [contacts, requests, away, pulses, pendingSwitches] =
    groupIds === undefined
      ? // The whole program: read by dates only and keep the program's people here. Naming 20,000 mentees in a query
        // costs more than the reading (FerretDB matches an $in list document by document).
        await Promise.all([
          read('contacts', [], () => deps.contacts.findBetween(range.from, range.to).then(keep((c) => c.menteeIds.some((id) => mentees.has(id))))),
          read('requests', [], () => deps.requests.findActiveSince(since).then(keep((r) => mentees.has(r.menteeId)))),
          read('away', [], () => deps.away.findAllNotEnded(awayFrom).then(keep((w) => mentors.has(w.mentorId)))),
          read('pulses', [], () => deps.pulses.findAnswers(month.key).then(keep((p) => mentees.has(p.menteeId)))),
          read('pendingSwitches', new Map<string, number>(), () => deps.switches.countPending(ids)),
        ])
      : await Promise.all([
          read('contacts', [], async () => (menteeIds.length === 0 ? [] : deps.contacts.findForMentees(menteeIds, range.from, range.to))),
          read('requests', [], async () => (menteeIds.length === 0 ? [] : deps.requests.findActiveSince(since, menteeIds))),
          read('away', [], () => deps.away.findNotEnded(mentorIds, awayFrom)),
          read('pulses', [], async () => (menteeIds.length === 0 ? [] : deps.pulses.findAnswers(month.key, menteeIds))),
          read('pendingSwitches', new Map<string, number>(), () => deps.switches.countPending(ids)),
        ]);
  return { people, groups, memberships, contacts, requests, away, pulses, pendingSwitches };
}

const keep =
  <T>(wanted: (item: T) => boolean) =>
  (items: T[]): T[] =>
    items.filter(wanted);
