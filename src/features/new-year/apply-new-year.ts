import type { DeliverySummary } from '../../delivery/deliver.js';
import { yearOpenedOn } from '../../program/academic-year.js';
import { dateInZone } from '../../program/calendar-date.js';
import { zonedInstant } from '../../program/zoned-time.js';
import type { Person } from '../../program/roster.js';
import { actorId, type NewYearActor, type NewYearDeps } from './deps.js';
import type { NewYearPlan } from './domain/new-year-plan.js';
import { summarize, type NewYearSummary } from './domain/new-year-summary.js';
import { serviceRecords } from './domain/service-record.js';
import { alreadyApplied, readTurn, type NewYearPreview } from './preview-new-year.js';
import type { NewRollover, Rollover } from './ports.js';
import { sendThanks } from './send-thanks.js';

export type NewYearOutcome =
  | Extract<NewYearPreview, { status: 'not_allowed' | 'already_applied' }>
  /** Another run is applying it right now (a second click, or the command line meanwhile): nothing was done here. */
  | { readonly status: 'in_progress' }
  /** Done now; `resumed` when it completed a turn an earlier run started. */
  | { readonly status: 'applied'; readonly summary: NewYearSummary; readonly resumed: boolean; readonly thanks: DeliverySummary };

/**
 * Applies this year's turn. No transactions, so the plan is frozen first (one stored document per year opened, the
 * service records with it) and every step after it can be taken again: memberships named are closed if still open,
 * years are set to the plan's (never incremented), people deactivated, and each thank-you DM is claimed once. A run that
 * dies half-way leaves the frozen plan unfinished; the next run completes that plan, so nobody moves twice, and a run
 * after the turn is done says so and changes nothing.
 */
export async function applyNewYear(deps: NewYearDeps, actor: NewYearActor, now: Date): Promise<NewYearOutcome> {
  if ('slackUserId' in actor && !(await deps.admins.isAdmin(actor.slackUserId))) return { status: 'not_allowed' };
  const by = actorId(actor);
  const year = yearOpenedOn(dateInZone(now, deps.programTimezone)).label;
  // One run at a time per year (the lease lapses if the process dies, so a re-run can complete the turn).
  const lease = await deps.claims.claim(`new-year:${year}:apply`, { holder: { by } });
  if (lease === undefined) return { status: 'in_progress' };
  try {
    return await applyHeld(deps, actor, by, now);
  } finally {
    await deps.claims.drop(lease);
  }
}

async function applyHeld(deps: NewYearDeps, actor: NewYearActor, by: string, now: Date): Promise<NewYearOutcome> {
  const state = await readTurn(deps, now);
  if (state.kind === 'applied') return alreadyApplied(deps, state.rollover, actor);
  const started = state.kind === 'started' ? { rollover: state.rollover, created: false } : await deps.rollovers.start(await freeze(deps, state.plan, by, now));
  const rollover = started.rollover;
  // Lost a race to another run that froze first: carry on with its plan, as a re-run would.
  if (rollover.appliedAt !== undefined) return alreadyApplied(deps, rollover, actor);

  await deps.roster.closeMemberships(rollover.endings, rollover.startedAt);
  const people = await turned(deps, rollover);
  if (people.length > 0) await deps.roster.savePeople(people);
  // The roster feature's step: each ended membership's person leaves the group's channel and is told, their requests
  // and time away are settled, once per membership (the hourly introductions job finishes what this leaves).
  try {
    await deps.followEndedMemberships(now);
  } catch (error) {
    deps.logger.error('new year: following the ended memberships failed; its own step retries them', { error });
  }
  const thanks = await sendThanks(deps, rollover, now);
  await deps.rollovers.markApplied(rollover.year, now, by);
  await deps.audit.record({ at: now, actor: by, action: 'new-year', subject: rollover.year, detail: `${rollover.endings.length} memberships ended, ${rollover.moves.length} years moved` });
  deps.logger.info('new year applied', {
    year: rollover.year,
    resumed: state.kind === 'started',
    graduates: rollover.graduates.length,
    leavers: rollover.leavers.length,
    membershipsEnded: rollover.endings.length,
    yearsMoved: rollover.moves.length,
    thanksSent: thanks.sent,
  });
  return { status: 'applied', summary: summarize(rollover), resumed: state.kind === 'started', thanks };
}

/** The plan to store before any change: with each graduate's service record over the year closed, up to now. */
async function freeze(deps: NewYearDeps, plan: NewYearPlan, by: string, now: Date): Promise<NewRollover> {
  const start = zonedInstant(plan.closes.firstDay, 0, 0, deps.programTimezone);
  const ids = plan.graduates.map((g) => g.personId);
  const [memberships, contacts, requests] = ids.length === 0 ? [[], [], []] : await Promise.all([
    deps.roster.findMemberships({ overlapping: { from: start, to: now } }),
    deps.contacts.findByMentors(ids, plan.closes.firstDay, dateInZone(now, deps.programTimezone)),
    deps.requests.findCreatedBetween(start, now),
  ]);
  const records = serviceRecords(ids, { memberships, contacts, requests, start, end: now });
  return {
    year: plan.opens.label,
    closes: plan.closes.label,
    startedAt: now,
    startedBy: by,
    graduates: plan.graduates.map((g) => ({ ...g, ...records.get(g.personId)! })),
    leavers: plan.leavers,
    endings: plan.endings,
    moves: plan.moves,
    deactivate: plan.deactivate,
    incomplete: plan.incomplete,
  };
}

/**
 * The people the plan changes, as they will be: the plan's year set (not added to, so a second pass changes nothing;
 * a year someone changed since the plan was frozen is left), and those leaving deactivated.
 */
async function turned(deps: NewYearDeps, rollover: Rollover): Promise<Person[]> {
  const moves = new Map(rollover.moves.map((m) => [m.personId, m]));
  const leaving = new Set(rollover.deactivate);
  const ids = [...new Set([...moves.keys(), ...leaving])];
  if (ids.length === 0) return [];
  return (await deps.roster.findPeople(ids)).map((person) => {
    const move = moves.get(person.id);
    const year = move !== undefined && person.year === move.from ? move.to : person.year;
    return { ...person, year, active: leaving.has(person.id) ? false : person.active };
  });
}
