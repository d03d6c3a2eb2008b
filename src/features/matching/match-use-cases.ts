import { randomUUID } from 'node:crypto';
import type { ClaimStore } from '../../delivery/ports.js';
import { once } from '../../delivery/once.js';
import type { Logger } from '../../log/logger.js';
import type { AdminPolicy } from '../../program/policy.js';
import type { AuditStore, RosterStore } from '../../program/ports.js';
import { MAX_GROUP_MENTEES } from './domain/capacities.js';
import { readMatchCsv, type MatchCsvError } from './domain/match-csv.js';
import { describeMatch, planMatch, type MatchPreview } from './domain/plan-match.js';
import { matchInputOf } from './match-profiles.js';
import type { MatchAssignment, MatchFiles, MatchingRound, MatchingStore, MatchProposal } from './ports.js';
import { readMatchingWorld, type MatchingWorld } from './read-matching-world.js';

export interface MatchDeps {
  readonly matching: MatchingStore;
  readonly roster: RosterStore;
  readonly claims: ClaimStore;
  readonly logger: Logger;
  readonly audit: AuditStore;
  readonly admins: AdminPolicy;
  readonly uploads: MatchFiles;
  /** The roster's introductions (new groups' channels, welcomes to new members), run after a match is applied. */
  readonly introduce: (now: Date) => Promise<Readonly<Record<string, number>>>;
}

/** A previewed match: the proposal stored (to apply as shown), its description, and everyone's names. */
export interface ShownMatch {
  readonly proposal: MatchProposal;
  readonly preview: MatchPreview;
  readonly names: ReadonlyMap<string, string>;
}

/** Why no match can be shown or applied now. */
export type NoMatch = { readonly status: 'not_allowed' } | { readonly status: 'no_round' } | { readonly status: 'round_applied'; readonly round: MatchingRound } | { readonly status: 'nothing_to_match' };

export type PreviewOutcome = NoMatch | ({ readonly status: 'preview' } & ShownMatch);
export type ImportOutcome = PreviewOutcome | { readonly status: 'unreadable'; readonly reason: 'too_large' | 'not_text' | 'unavailable' } | { readonly status: 'invalid'; readonly errors: readonly MatchCsvError[] };
export type ApplyOutcome =
  | NoMatch
  | { readonly status: 'not_found' }
  | { readonly status: 'busy' }
  /** Since the preview, a mentee found a group, a group stopped taking mentees or would pass 15. */
  | { readonly status: 'stale' }
  | { readonly status: 'applied'; readonly memberships: number; readonly groups: number; readonly introductions: Readonly<Record<string, number>> };

/** The largest edited match file read (a program of thousands is well under it). */
export const MAX_MATCH_FILE_BYTES = 1_000_000;

/** `/mentor-admin match`, its CSV and import, and applying it; `actorId` undefined is the command line (`npm run match`). */
export function createMatchUseCases(deps: MatchDeps) {
  const allowed = async (actorId: string | undefined) => actorId === undefined || (await deps.admins.isAdmin(actorId));
  const actorOf = (actorId: string | undefined, cli: string) => actorId ?? cli;

  /** The open round and the program as the match sees it, or why there is nothing to match. */
  async function load(): Promise<NoMatch | { readonly status: 'ok'; readonly round: MatchingRound; readonly world: MatchingWorld }> {
    const round = await deps.matching.findLatestRound();
    if (round === undefined) return { status: 'no_round' };
    if (round.appliedAt !== undefined) return { status: 'round_applied', round };
    const world = await readMatchingWorld(deps.roster);
    if (world.menteesToPlace.length === 0 || world.groups.length === 0) return { status: 'nothing_to_match' };
    return { status: 'ok', round, world };
  }

  async function show(round: MatchingRound, world: MatchingWorld, assignment: ReadonlyMap<string, string> | undefined, actor: string, now: Date, store: boolean): Promise<ShownMatch> {
    const input = matchInputOf(world, await deps.matching.findAnswers(round.id));
    const preview = assignment === undefined ? planMatch(input) : describeMatch(input, assignment);
    const proposal: MatchProposal = {
      id: randomUUID().slice(0, 8),
      roundId: round.id,
      createdAt: now,
      createdBy: actor,
      source: assignment === undefined ? 'computed' : 'imported',
      assignments: preview.groups.flatMap((g) => g.placements.map((p) => ({ menteeId: p.menteeId, groupId: g.group.id }))),
      appliedAt: undefined,
    };
    if (store) await deps.matching.saveProposal(proposal);
    return { proposal, preview, names: new Map([...world.people.values()].map((p) => [p.id, p.name])) };
  }

  return {
    /**
     * Computes the match of the open round and stores it as a proposal to apply (not stored on a dry run). The
     * preview says per group who and why, and the summary figures.
     */
    async previewMatch(actorId: string | undefined, now: Date, options: { readonly cliActor?: string; readonly store?: boolean } = {}): Promise<PreviewOutcome> {
      if (!(await allowed(actorId))) return { status: 'not_allowed' };
      const loaded = await load();
      if (loaded.status !== 'ok') return loaded;
      return { status: 'preview', ...(await show(loaded.round, loaded.world, undefined, actorOf(actorId, options.cliActor ?? 'cli'), now, options.store ?? true)) };
    },

    /** A proposal described again (for its CSV): as it would be applied now. */
    async proposalCsvSource(actorId: string, proposalId: string): Promise<NoMatch | { readonly status: 'not_found' } | ({ readonly status: 'preview' } & ShownMatch)> {
      if (!(await allowed(actorId))) return { status: 'not_allowed' };
      const proposal = await deps.matching.findProposal(proposalId);
      if (proposal === undefined) return { status: 'not_found' };
      const loaded = await load();
      if (loaded.status !== 'ok') return loaded;
      const input = matchInputOf(loaded.world, await deps.matching.findAnswers(proposal.roundId));
      const preview = describeMatch(input, new Map(proposal.assignments.map((a) => [a.menteeId, a.groupId])));
      return { status: 'preview', proposal, preview, names: new Map([...loaded.world.people.values()].map((p) => [p.id, p.name])) };
    },

    /** An edited match file (uploaded in the import form): every bad row refused with its line, else a new proposal. */
    async importMatch(actorId: string, fileId: string, now: Date): Promise<ImportOutcome> {
      if (!(await allowed(actorId))) return { status: 'not_allowed' };
      const loaded = await load();
      if (loaded.status !== 'ok') return loaded;
      const file = await deps.uploads.readText(fileId, MAX_MATCH_FILE_BYTES);
      if (file.status !== 'ok') return { status: 'unreadable', reason: file.status };
      const { world } = loaded;
      const read = readMatchCsv(file.text, new Set(world.menteesToPlace.map((p) => p.id)), world.groups.map((g) => ({ id: g.id, name: g.name, mentees: (world.menteesOf.get(g.id) ?? []).length })));
      if (!read.ok) return { status: 'invalid', errors: read.errors };
      return { status: 'preview', ...(await show(loaded.round, world, read.assignment, actorId, now, true)) };
    },

    /**
     * Applies a previewed match, once per round: opens the memberships (through the roster store), closes the round's
     * answers, records it in the audit trail, then runs the introductions (new groups' channels, welcomes to new members).
     */
    async applyMatch(actorId: string | undefined, proposalId: string, now: Date, cliActor = 'cli'): Promise<ApplyOutcome> {
      if (!(await allowed(actorId))) return { status: 'not_allowed' };
      const proposal = await deps.matching.findProposal(proposalId);
      if (proposal === undefined) return { status: 'not_found' };
      const round = await deps.matching.findRound(proposal.roundId);
      if (round === undefined) return { status: 'not_found' };
      if (round.appliedAt !== undefined) return { status: 'round_applied', round };
      const world = await readMatchingWorld(deps.roster);
      if (!isStillValid(world, proposal)) return { status: 'stale' };
      const applied = await once(deps.claims, `matching:apply:${round.id}`, async () => {
        await deps.roster.openMemberships(proposal.assignments.map((a) => ({ groupId: a.groupId, personId: a.menteeId, role: 'mentee' as const })), now);
        await deps.matching.markProposalApplied(proposal.id, now);
        await deps.matching.markRoundApplied(round.id, now);
        return { proposal: proposal.id };
      });
      if (applied.status === 'in-progress') return { status: 'busy' };
      if (applied.status === 'done-before') return { status: 'round_applied', round };
      const groups = new Set(proposal.assignments.map((a) => a.groupId)).size;
      await deps.audit.record({ at: now, actor: actorOf(actorId, cliActor), action: 'match-apply', subject: round.id, detail: `${proposal.assignments.length} mentees in ${groups} groups` });
      deps.logger.info('match applied', { user: actorId, round: round.id, proposal: proposal.id, memberships: proposal.assignments.length, groups });
      const introductions = await deps.introduce(now);
      return { status: 'applied', memberships: proposal.assignments.length, groups, introductions };
    },
  };
}

/**
 * Every mentee still to place (or already in the group proposed: an apply that stopped half-way is finished by the
 * next), every group still taking mentees, and none past 15 with its new mentees.
 */
function isStillValid(world: MatchingWorld, proposal: MatchProposal): boolean {
  const toPlace = new Set(world.menteesToPlace.map((p) => p.id));
  const taking = new Set(world.groups.map((g) => g.id));
  const inGroup = (a: MatchAssignment) => (world.menteesOf.get(a.groupId) ?? []).includes(a.menteeId);
  if (!proposal.assignments.every((a) => taking.has(a.groupId) && (toPlace.has(a.menteeId) || inGroup(a)))) return false;
  return world.groups.every((g) => new Set([...(world.menteesOf.get(g.id) ?? []), ...proposal.assignments.filter((a) => a.groupId === g.id).map((a) => a.menteeId)]).size <= MAX_GROUP_MENTEES);
}
