import type { Config } from '../../config/env.js';
import { monthKeyOf, programDateOf, programMonth } from '../../program/calendar.js';
import type { ContactStore, RosterStore } from '../../program/ports.js';
import { loadProgramSnapshot } from '../../program/snapshot/mentoring-context.js';
import { unreachedMentees } from './domain/attempts.js';
import type { ConcernCategory } from './domain/concern.js';
import type { AttemptStore, ConcernStore } from './ports.js';

/** This month's answers on the prompts, as the weekly digests count them: never a note. */
export interface AnswerCounts {
  /** YYYY-MM, the program's month. */
  readonly month: string;
  readonly concerns: readonly { readonly category: ConcernCategory; readonly groupIds: readonly string[] }[];
  /** Mentees tried twice and not reached, by their groups. */
  readonly unreached: readonly { readonly groupIds: readonly string[] }[];
}

/** The month's concerns and unreached mentees, with each mentee's current groups (a few bulk queries). */
export async function readAnswerCounts(
  deps: { readonly config: Config; readonly roster: RosterStore; readonly contacts: ContactStore; readonly attempts: AttemptStore; readonly concerns: ConcernStore },
  now: Date,
): Promise<AnswerCounts> {
  const { calendar } = deps.config;
  const month = programMonth(monthKeyOf(programDateOf(now, calendar)), calendar);
  const [concerns, attempts, snapshot] = await Promise.all([deps.concerns.findBetween(month.from, month.to), deps.attempts.findBetween(month.from, month.to), loadProgramSnapshot(deps.roster)]);
  const twice = unreachedMentees(month.key, calendar, attempts, []);
  const contacts = twice.length === 0 ? [] : await deps.contacts.findForMentees(twice, month.from, month.to);
  const groupsOf = (menteeId: string) => snapshot.map.groupsOf(menteeId, 'mentee');
  return {
    month: month.key,
    concerns: concerns.map((c) => ({ category: c.category, groupIds: groupsOf(c.menteeId) })),
    unreached: unreachedMentees(month.key, calendar, attempts, contacts).map((id) => ({ groupIds: groupsOf(id) })),
  };
}
