import { deliverOnce } from '../../delivery/deliver.js';
import type { ClaimStore } from '../../delivery/ports.js';
import type { QuietHours } from '../../delivery/quiet-hours.js';
import type { Logger } from '../../log/logger.js';
import { programMonth, programMonthOf } from '../../program/calendar.js';
import { dateInZone } from '../../program/calendar-date.js';
import type { CsvCell } from '../../program/csv.js';
import type { ContactStore } from '../../program/ports.js';
import { buildCoordinatorDigest, type CoordinatorDigest } from './domain/coordinator-digest.js';
import { dueHoursNudges } from './domain/hours-nudges.js';
import { hoursRows } from './domain/hours-rows.js';
import { parentsRows } from './domain/parents-rows.js';
import type { FirstSessionStore, PremedRulesSender } from './ports.js';
import { readPremedPairs, type ReadPairsDeps } from './read-pairs.js';

export interface HoursRulesDeps extends ReadPairsDeps {
  readonly contacts: Pick<ContactStore, 'findForMentees'>;
  readonly firstSessions: Pick<FirstSessionStore, 'findFirstSessions'>;
  readonly claims: ClaimStore;
  readonly logger: Logger;
  readonly rulesSender: PremedRulesSender;
  /** The program's QUIET_HOURS: the nudges go to mentors (adults). */
  readonly quietHours: QuietHours;
  /** PREMED_ACTIVE_MONTHS. */
  readonly activeMonths: readonly number[];
}

/**
 * Step of the `nudges` job: 10 and 3 days before an active month ends, the mentor of each introduced pair under 120
 * minutes that month is told the minutes logged against those asked for, once per point, through the shared send
 * path (claims, their quiet hours, retries).
 */
export async function sendHoursNudges(deps: HoursRulesDeps, now: Date) {
  const calendar = { timezone: deps.programTimezone, activeMonths: deps.activeMonths };
  const state = await readPremedPairs(deps, now);
  const open = state.pairs.filter((p) => p.introduced && p.live);
  const month = programMonthOf(state.today, calendar);
  const contacts = open.length === 0 || !month.active ? [] : await deps.contacts.findForMentees([...new Set(open.map((p) => p.menteeId))], month.from, month.to);
  const due = dueHoursNudges(open, contacts, now, calendar);
  const delivered = await deliverOnce({ claims: deps.claims, quietHours: deps.quietHours, logger: deps.logger.child({ feature: 'premed' }) }, due, now, async (nudge) => ({ ...(await deps.rulesSender.sendHoursNudge(nudge)) }));
  return {
    premedHoursNudgesDue: due.length,
    premedHoursNudgesSent: delivered.sent,
    premedHoursNudgesAlreadySent: delivered.alreadySent,
    premedHoursNudgesWaitingForMorning: delivered.waitingForMorning,
    premedHoursNudgesInProgress: delivered.inProgress,
    premedHoursNudgesFailed: delivered.failed,
  };
}

/** The coordinators' weekly figures: pairs under the minimum this month, agreements pending, first sessions without a parent. */
export async function readCoordinatorDigest(deps: HoursRulesDeps, now: Date): Promise<CoordinatorDigest> {
  const calendar = { activeMonths: deps.activeMonths };
  const state = await readPremedPairs(deps, now);
  const live = state.pairs.filter((p) => p.live);
  const month = programMonthOf(state.today, calendar);
  const [contacts, firstSessions] = await Promise.all([
    live.length === 0 ? [] : deps.contacts.findForMentees([...new Set(live.map((p) => p.menteeId))], month.from, month.to),
    deps.firstSessions.findFirstSessions(),
  ]);
  return buildCoordinatorDigest({ today: state.today, calendar, pairs: live, contacts, agreedIds: state.agreedIds, firstSessions });
}

/** `hours`: each current pair and active month of the range, its minutes against the 120 asked for. */
export async function hoursExportRows(deps: HoursRulesDeps, months: { readonly from: string; readonly to: string }, now: Date): Promise<CsvCell[][]> {
  const calendar = { activeMonths: deps.activeMonths };
  const state = await readPremedPairs(deps, now);
  if (state.pairs.length === 0) return [];
  const contacts = await deps.contacts.findForMentees([...new Set(state.pairs.map((p) => p.menteeId))], programMonth(months.from, calendar).from, programMonth(months.to, calendar).to);
  const rows = state.pairs.map((p) => ({ ...p, from: dateInZone(p.stored.formedAt, deps.programTimezone), to: undefined }));
  return hoursRows(rows, months, contacts, calendar);
}

/** `parents`: each mentee under 18 of a current pair, their parent's contact and their mentor's name and e-mail. */
export async function parentsExportRows(deps: HoursRulesDeps, now: Date): Promise<CsvCell[][]> {
  const state = await readPremedPairs(deps, now);
  return parentsRows(
    state.pairs.map((p) => ({
      menteeId: p.menteeId,
      menteeName: p.menteeName,
      minor: p.minor,
      parent: p.menteeProfile?.parent === undefined ? undefined : { name: p.menteeProfile.parent.name, email: p.menteeProfile.parent.email, phone: p.menteeProfile.parent.phone },
      mentor: { name: p.mentorName, email: state.people.get(p.mentorId)?.email },
    })),
  );
}
