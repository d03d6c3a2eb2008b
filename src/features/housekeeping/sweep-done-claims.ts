import type { ClaimStore } from '../../delivery/ports.js';

/** How long a windowed claim is kept: long enough that no rerun or window of a job can still ask for it. */
export const DONE_CLAIM_RETENTION_DAYS = 90;
const DAY_MS = 24 * 3_600_000;

export type HousekeepingSummary = Readonly<{ claimsDeleted: number }>;

/**
 * Job `housekeeping`: deletes the claims of scheduled messages (prompts, pulses, nudges, digests: keys that name
 * their own window) done, or abandoned, more than DONE_CLAIM_RETENTION_DAYS ago (FerretDB 1.x has no TTL indexes).
 * Claims of steps and clicks (a request's claim, a switch decision, a welcome DM) are kept: deleting them would let
 * the step happen again. Measured by the store's real clock, as claims are, not by the job's `now`.
 */
export async function sweepDoneClaims(deps: { readonly claims: ClaimStore }): Promise<HousekeepingSummary> {
  return { claimsDeleted: await deps.claims.sweepExpired(DONE_CLAIM_RETENTION_DAYS * DAY_MS) };
}
