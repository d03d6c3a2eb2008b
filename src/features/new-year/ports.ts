import type { PostedMessage } from '../../delivery/ports.js';
import type { PlannedPerson, TurnLists } from './domain/new-year-plan.js';
import type { ServiceRecord } from './domain/service-record.js';

/** A graduating mentor as the turn keeps them: their name and their service record for the year closed. */
export interface Graduate extends PlannedPerson, ServiceRecord {}

/**
 * A turn of the year once it has started: the plan frozen when it was first applied (so that a re-run after a crash
 * completes that plan and moves nobody twice), and when it finished.
 */
export interface Rollover extends TurnLists<Graduate> {
  /** The academic year it opens (`2027-28`): one turn per year. */
  readonly year: string;
  /** The academic year it closes (`2026-27`). */
  readonly closes: string;
  readonly startedAt: Date;
  /** A Slack user id, or `cli:<os user>`. */
  readonly startedBy: string;
  readonly appliedAt: Date | undefined;
  readonly appliedBy: string | undefined;
}

export type NewRollover = Omit<Rollover, 'appliedAt' | 'appliedBy'>;

/** The turns of the year (`new_year_rollovers`), one per academic year opened (its `_id`). */
export interface RolloverStore {
  /** Stores the plan unless a turn of that year was stored before; then the earlier one is returned (`created` false). */
  start(rollover: NewRollover): Promise<{ readonly rollover: Rollover; readonly created: boolean }>;
  find(year: string): Promise<Rollover | undefined>;
  /** Records that the turn finished (the first time only). */
  markApplied(year: string, at: Date, by: string): Promise<void>;
  /** Turns finished at or after `since`, for thank-you DMs still waiting (quiet hours, a failed send). */
  findAppliedSince(since: Date): Promise<Rollover[]>;
}

/** What the turn says in Slack. Rejects with a SendError when Slack refuses. */
export interface ThanksSender {
  /** The thank-you DM to a graduating mentor, with their service record for the year closed. */
  sendThanks(graduate: Graduate, rollover: Pick<Rollover, 'closes' | 'year'>): Promise<PostedMessage>;
}

/**
 * The ended memberships' consequences (leaving the group's channel, a neutral DM, requests moved, time away ended), done
 * once per ended membership by the roster feature's step (`FeatureLinks.followMemberships`).
 */
export type FollowEndedMemberships = (now: Date) => Promise<void>;
