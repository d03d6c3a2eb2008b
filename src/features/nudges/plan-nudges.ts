import type { NudgeSettings } from './domain/nudge.js';
import type { Config } from '../../config/env.js';
import type { AwayStore, ContactStore, RequestStore, RosterStore } from '../../program/ports.js';
import { addDays, dateInZone } from '../../program/calendar-date.js';
import { MEETING_KINDS } from '../../program/records/contact.js';
import { dueNudges, type NudgeState } from './domain/due-nudges.js';
import { listWindowsAt } from './domain/list-windows.js';
import type { Nudge } from './domain/nudge.js';
import type { Person } from '../../program/roster.js';
import { loadSnapshot } from '../../program/snapshot/load-snapshot.js';

export interface NudgePlan {
  /** Every nudge due now, each with its unique key, recipient and zone. */
  readonly nudges: readonly Nudge[];
  /** Everyone the roster knows, as read for the plan (the job refreshes their zones from it). */
  readonly people: readonly Person[];
}

export type NudgePlanDeps = { readonly config: Config; readonly nudgeSettings: NudgeSettings; readonly roster: RosterStore; readonly requests: RequestStore; readonly away: AwayStore; readonly contacts: ContactStore };

/**
 * Reads what nudges depend on, in bulk: one query each for people, groups, current memberships, requests awaiting a
 * response and time away, and — only while a month-end or semester-end list is due — one streamed query for the
 * contacts that decide who is on it.
 */
export async function loadNudgeState(deps: NudgePlanDeps, now: Date): Promise<NudgeState> {
  const { calendar } = deps.config;
  const settings = deps.nudgeSettings;
  const windows = listWindowsAt(now, calendar, settings);
  const ranges = [
    ...(windows.month === undefined ? [] : [{ from: windows.month.period.from, to: windows.month.period.to }]),
    ...(windows.semester === undefined ? [] : [{ from: windows.semester.period.from, to: windows.semester.period.to, kinds: MEETING_KINDS }]),
  ];
  const [roster, requests, away, contacts] = await Promise.all([
    loadSnapshot(deps.roster, { program: true }),
    deps.requests.findAwaitingResponse(),
    // Zones are up to a day apart: windows ending yesterday (UTC) may still run somewhere; each mentor's clock decides.
    deps.away.findAllNotEnded(addDays(dateInZone(now, 'UTC'), -1)),
    ranges.length === 0 ? Promise.resolve([]) : deps.contacts.findMarks(ranges),
  ]);
  return { people: [...roster.people.values()], groups: roster.groups, memberships: roster.memberships, requests, away, contacts, calendar };
}

/** What is due at `now`, from the state read in bulk. Nothing is sent. */
export async function planNudges(deps: NudgePlanDeps, now: Date): Promise<NudgePlan> {
  const state = await loadNudgeState(deps, now);
  return { nudges: dueNudges(state, now, deps.nudgeSettings), people: state.people };
}
