import { dateInZone } from '../../program/calendar-date.js';
import { yearOpenedOn } from '../../program/academic-year.js';
import { zoneOf } from '../../program/roster.js';
import { actorId, type NewYearActor, type NewYearDeps } from './deps.js';
import { buildNewYearPlan, type NewYearPlan } from './domain/new-year-plan.js';
import { summarize, type NewYearSummary } from './domain/new-year-summary.js';
import type { Rollover } from './ports.js';

export type NewYearPreview =
  /** Not an admin: nothing was read. */
  | { readonly status: 'not_allowed' }
  /** This year's turn is done: who did it and when, with the reader's zone to show it in. */
  | { readonly status: 'already_applied'; readonly rollover: Rollover; readonly byName: string | undefined; readonly zone: string }
  /** What applying would do; `resuming` when an earlier run started this plan and did not finish (applying completes it). */
  | { readonly status: 'preview'; readonly summary: NewYearSummary; readonly resuming: boolean };

/**
 * What `/mentor-admin new-year` and `npm run new-year -- --dry-run` show before anything changes: the turn's frozen
 * plan when an earlier run started one, else the plan worked out from the roster now. Writes nothing.
 */
export async function previewNewYear(deps: NewYearDeps, actor: NewYearActor, now: Date): Promise<NewYearPreview> {
  if ('slackUserId' in actor && !(await deps.admins.isAdmin(actor.slackUserId))) return { status: 'not_allowed' };
  const state = await readTurn(deps, now);
  if (state.kind === 'applied') return alreadyApplied(deps, state.rollover, actor);
  if (state.kind === 'started') return { status: 'preview', summary: summarize(state.rollover), resuming: true };
  return { status: 'preview', summary: summarize(state.plan), resuming: false };
}

export type TurnState =
  | { readonly kind: 'applied'; readonly rollover: Rollover }
  | { readonly kind: 'started'; readonly rollover: Rollover }
  | { readonly kind: 'new'; readonly plan: NewYearPlan };

/** This year's turn as it stands: done, started and unfinished, or not started (with the plan from the roster now). */
export async function readTurn(deps: NewYearDeps, now: Date): Promise<TurnState> {
  const today = dateInZone(now, deps.programTimezone);
  const stored = await deps.rollovers.find(yearOpenedOn(today).label);
  if (stored !== undefined) return stored.appliedAt === undefined ? { kind: 'started', rollover: stored } : { kind: 'applied', rollover: stored };
  const [people, groups, memberships] = await Promise.all([deps.roster.findPeople(), deps.roster.findGroups(), deps.roster.findMemberships({ current: true })]);
  return { kind: 'new', plan: buildNewYearPlan({ people, groups, memberships, tracks: deps.tracks(), today }) };
}

/** The kind answer to a second turn in the same year: who did it (their name when on the roster) and when. */
export async function alreadyApplied(deps: NewYearDeps, rollover: Rollover, actor: NewYearActor): Promise<NewYearPreview & { status: 'already_applied' }> {
  const ids = [rollover.appliedBy, actorId(actor)].filter((id): id is string => id !== undefined && !id.startsWith('cli:'));
  const people = ids.length === 0 ? [] : await deps.roster.findPeople(ids);
  const find = (id: string | undefined) => people.find((p) => p.id === id);
  const reader = 'slackUserId' in actor ? find(actor.slackUserId) : undefined;
  return { status: 'already_applied', rollover, byName: find(rollover.appliedBy)?.name, zone: zoneOf(reader, deps.programTimezone) };
}
