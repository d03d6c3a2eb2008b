import type { AdminPolicy } from '../../program/policy.js';
import type { Config } from '../../config/env.js';
import { zoneOf, type Group } from '../../program/roster.js';
import { authorizeSwitchAsk, checkTarget, decideSwitchAction, decisionKey, defaultTarget, MOVE_STEPS, rankTargetGroups, type AskRefusal, type MoveStep, type SwitchAction, type SwitchCircle, type SwitchRefusal, type TargetGroup, type TargetRefusal } from './domain/switch.js';
import type { SwitchReason, SwitchRequest } from '../../program/records/switch-request.js';
import type { Logger } from '../../log/logger.js';
import { once } from '../../delivery/once.js';
import type { AdminAudience, MoveNotice, SwitchCard, SwitchNotifier } from './ports.js';
import type { AwayStore, MoveAwaitingRequests, RequestStore, RosterStore, SwitchDecisionRecord, SwitchStore } from '../../program/ports.js';
import type { ClaimStore } from '../../delivery/ports.js';

export interface SwitchMentorsDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly claims: ClaimStore;
  readonly roster: RosterStore;
  readonly requests: RequestStore;
  readonly away: AwayStore;
  readonly switches: SwitchStore;
  /** Moves the mentee's waiting requests to the new mentors (the requests feature's). */
  readonly moveAwaitingRequests: MoveAwaitingRequests;
  readonly switchNotifier: SwitchNotifier;
  /** The program's rule for who is an admin, and whom to contact. */
  readonly admins: AdminPolicy;
}

export type StartSwitchOutcome =
  | { readonly kind: 'refused'; readonly reason: AskRefusal; readonly adminIds: readonly string[] }
  /** The mentee has a request open already; `mine` when the person asking made it (and may cancel it). */
  | { readonly kind: 'already_open'; readonly request: SwitchRequest; readonly mine: boolean; /** The asker's zone, for its date. */ readonly zone: string }
  /** Open the form. `asMentor` when a peer mentor asks on the mentee's behalf. */
  | {
      readonly kind: 'form';
      readonly menteeId: string;
      readonly menteeName: string;
      readonly asMentor: boolean;
      readonly fromGroupName: string;
      readonly targets: readonly TargetGroup[];
    };

export interface SwitchSubmission {
  readonly actorId: string;
  readonly menteeId: string;
  /** The form's view id: one request per form, however often it is submitted or delivered. */
  readonly viewId: string;
  readonly reason: SwitchReason;
  /** Private: for admins only. */
  readonly details: string | undefined;
  readonly preferredGroupId: string | undefined;
}

export type SubmitSwitchOutcome =
  | { readonly kind: 'sent'; readonly request: SwitchRequest; readonly created: boolean }
  | { readonly kind: 'not_sent'; readonly reason: 'already_open' | AskRefusal };

export type SwitchActionRefusal = SwitchRefusal | TargetRefusal | 'not_found';

export type SwitchActionOutcome =
  /** Decided now (or, for `finish`, the move carried on); `card.unfinished` lists steps still to finish. */
  | { readonly kind: 'done'; readonly card: SwitchCard }
  | { readonly kind: 'refused'; readonly reason: SwitchActionRefusal; readonly card: SwitchCard | undefined };

export interface SwitchActionInput {
  readonly requestId: string;
  readonly actorId: string;
}

export interface SwitchMentors {
  startSwitch(actorId: string, menteeId: string | undefined, now: Date): Promise<StartSwitchOutcome>;
  submitSwitch(input: SwitchSubmission, now: Date): Promise<SubmitSwitchOutcome>;
  approveSwitch(input: SwitchActionInput & { readonly targetGroupId: string | undefined }, now: Date): Promise<SwitchActionOutcome>;
  startDeclineSwitch(input: SwitchActionInput): Promise<SwitchActionOutcome>;
  declineSwitch(input: SwitchActionInput & { readonly message: string }, now: Date): Promise<SwitchActionOutcome>;
  cancelSwitch(input: SwitchActionInput, now: Date): Promise<SwitchActionOutcome>;
  finishSwitch(input: SwitchActionInput, now: Date): Promise<SwitchActionOutcome>;
}

/**
 * Switching mentors (SPEC §3.10): a mentee (or a peer mentor, handing a mentee over) asks; admins decide in Slack,
 * the first decision winning; an approved move closes the old membership and opens the new one, moves the mentee
 * between channels and their waiting requests to the new mentors, introduces them, and tells everyone concerned;
 * never the reason to anyone but admins.
 */
export function createSwitchMentors(deps: SwitchMentorsDeps): SwitchMentors {
  const { config, claims, roster, switches, switchNotifier: notifier } = deps;
  const logger = deps.logger.child({ feature: 'switch' });
  const capacity = config.switches.groupCapacity;

  /** The mentee's cohort group (the first, if several) and its peer mentors: four bulk queries. */
  async function loadCircle(menteeId: string): Promise<{ circle: SwitchCircle; groups: Group[]; from: Group | undefined; name: string }> {
    const own = (await roster.findMemberships({ current: true, personIds: [menteeId] })).filter((m) => m.role === 'mentee');
    const groups = await roster.findGroups();
    const from = own.map((m) => groups.find((g) => g.id === m.groupId)).find((g) => g !== undefined && g.active && g.kind === 'cohort');
    const [person] = await roster.findPeople([menteeId]);
    const name = person?.name ?? menteeId;
    if (from === undefined || person?.active === false) return { circle: { menteeId, groupId: undefined, mentorIds: [] }, groups, from: undefined, name };
    const mentorIds = (await roster.findMemberships({ current: true, groupIds: [from.id] })).filter((m) => m.role === 'peer_mentor').map((m) => m.personId);
    return { circle: { menteeId, groupId: from.id, mentorIds }, groups, from, name };
  }

  async function loadTargets(from: Group | undefined, groups: readonly Group[]): Promise<TargetGroup[]> {
    const counts = new Map((await roster.countCurrentMembers()).map((c) => [`${c.groupId}|${c.role}`, c.count]));
    const count = (groupId: string, role: string) => counts.get(`${groupId}|${role}`) ?? 0;
    return rankTargetGroups(
      from,
      groups.map((group) => ({ group, mentees: count(group.id, 'mentee'), mentors: count(group.id, 'peer_mentor') })),
      capacity,
    );
  }

  async function cardFor(request: SwitchRequest, unfinished: readonly MoveStep[] = []): Promise<SwitchCard> {
    const groups = await roster.findGroups();
    const byId = (id: string | undefined) => (id === undefined ? undefined : groups.find((g) => g.id === id));
    const fromGroup = byId(request.fromGroupId);
    const [mentee] = await roster.findPeople([request.menteeId]);
    const fromMentorIds = (await roster.findMemberships({ current: true, groupIds: [request.fromGroupId] }))
      .filter((m) => m.role === 'peer_mentor')
      .map((m) => m.personId);
    const targets = request.status === 'open' ? await loadTargets(fromGroup, groups) : [];
    return {
      request,
      menteeName: mentee?.name ?? request.menteeId,
      fromGroup,
      fromMentorIds,
      preferredGroup: byId(request.preferredGroupId),
      targetGroup: byId(request.targetGroupId),
      targets,
      suggestedGroupId: defaultTarget(request.preferredGroupId, targets)?.group.id,
      unfinished,
      zone: config.programTimezone,
    };
  }

  /** Posts the request to each admin audience once; a failed post is left for the next attempt. */
  async function deliverToAdmins(request: SwitchRequest, now: Date): Promise<void> {
    const audiences: AdminAudience[] =
      config.switches.adminChannelId !== undefined ? [{ channelId: config.switches.adminChannelId }] : (await deps.admins.adminIds()).map((adminId) => ({ adminId }));
    if (audiences.length === 0) {
      logger.warn('no admin to decide a switch request: set ADMIN_USER_IDS or SWITCH_ADMIN_CHANNEL', { switch: request.id });
      return;
    }
    const done = await claims.findDone(`switch:${request.id}:admins:`);
    const card = await cardFor(request);
    for (const audience of audiences) {
      const key = `switch:${request.id}:admins:${'channelId' in audience ? audience.channelId : audience.adminId}`;
      if (done.has(key)) continue;
      try {
        await once(claims, key, now, async () => {
          const at = await notifier.postToAdmins(audience, card);
          await switches.addAdminMessage(request.id, at);
          return { channelId: at.channelId, ts: at.ts };
        });
      } catch (error) {
        logger.warn('a switch request could not be posted to an admin; the next attempt retries it', { switch: request.id, error });
      }
    }
  }

  /** Shows the request's state on every copy of the admins' message. */
  async function showEverywhere(card: SwitchCard): Promise<void> {
    for (const location of card.request.adminMessages) {
      try {
        await notifier.updateAdminMessage(location, card);
      } catch (error) {
        logger.warn('a copy of a switch request could not be updated', { switch: card.request.id, channel: location.channelId, error });
      }
    }
  }

  /**
   * Carries out an approved move, step by step, each claimed once. Stops at the first step that fails, or that
   * another caller holds right now (`busy`: that caller carries on and shows the outcome); `left` is what remains.
   */
  async function completeMove(request: SwitchRequest, now: Date): Promise<{ left: MoveStep[]; busy: boolean }> {
    const targetId = request.targetGroupId!;
    const at = request.decidedAt ?? now;
    const groups = await roster.findGroups();
    const from = groups.find((g) => g.id === request.fromGroupId);
    const target = groups.find((g) => g.id === targetId);
    if (target === undefined) throw new Error(`switch ${request.id}: its target group no longer exists`);
    const members = await roster.findMemberships({ current: true, groupIds: [request.fromGroupId, targetId] });
    const mentorsOf = (groupId: string) => members.filter((m) => m.groupId === groupId && m.role === 'peer_mentor').map((m) => m.personId);
    const formerMentors = mentorsOf(request.fromGroupId);
    const newMentors = mentorsOf(targetId);
    const key = (step: string) => `switch:${request.id}:${step}`;
    let movedRequests = 0;
    const notice = (): MoveNotice => ({ menteeId: request.menteeId, group: target, mentorIds: newMentors, movedRequests });
    /** Runs `work` once under `claimKey`; false when another caller holds it now. */
    const step = async (claimKey: string, work: () => Promise<Record<string, string> | void>): Promise<boolean> => {
      const outcome = await once(claims, claimKey, now, async () => (await work()) ?? {});
      return outcome.status !== 'in-progress';
    };

    const steps: Record<MoveStep, () => Promise<boolean>> = {
      membership: () =>
        step(key('membership'), async () => {
          // History is kept: the old membership is closed and a new one opened, at the same instant.
          const current = await roster.findMemberships({ current: true, personIds: [request.menteeId] });
          const isIn = (groupId: string) => current.some((m) => m.groupId === groupId && m.role === 'mentee');
          if (isIn(request.fromGroupId)) await roster.closeMemberships([{ groupId: request.fromGroupId, personId: request.menteeId, role: 'mentee' }], at);
          if (!isIn(targetId)) await roster.openMemberships([{ groupId: targetId, personId: request.menteeId, role: 'mentee' }], at);
        }),
      async requests() {
        const outcome = await once(claims, key('requests'), now, async () => {
          const moved = await deps.moveAwaitingRequests({ menteeId: request.menteeId, movedBy: request.decidedBy ?? request.menteeId, stepKey: key('requests') }, now);
          return { moved: String(moved) };
        });
        if (outcome.status === 'in-progress') return false;
        movedRequests = Number(outcome.result['moved'] ?? 0);
        return true;
      },
      leave_channel: async () => {
        const channelId = from?.channelId;
        return channelId === undefined || step(key('leave_channel'), () => notifier.removeFromChannel(channelId, request.menteeId));
      },
      join_channel: async () => {
        const channelId = target.channelId;
        return channelId === undefined || step(key('join_channel'), () => notifier.addToChannel(channelId, request.menteeId));
      },
      // The introductions job (roster issue) welcomes people who joined a group under this same key: one welcome, whoever comes first.
      introduction: async () =>
        newMentors.length === 0 || step(`intro:${targetId}:joined:${request.menteeId}`, () => notifier.introduceToGroup(notice(), target.channelId)),
      async former_mentors() {
        for (const mentorId of formerMentors) {
          if (!(await step(key(`former:${mentorId}`), () => notifier.tellFormerMentor(mentorId, request.menteeId)))) return false;
        }
        return true;
      },
      mentee: () => step(key('mentee'), () => notifier.tellMenteeMoved(notice())),
    };

    for (const [i, name] of MOVE_STEPS.entries()) {
      let finished: boolean;
      try {
        finished = await steps[name]();
      } catch (error) {
        logger.warn('a step of a switch failed; Finish the move carries on from it', { switch: request.id, step: name, error });
        return { left: MOVE_STEPS.slice(i), busy: false };
      }
      if (!finished) return { left: MOVE_STEPS.slice(i), busy: true };
    }
    logger.info('switch completed', { switch: request.id, movedRequests });
    return { left: [], busy: false };
  }

  /** Completes the move as far as it can and, unless another caller is at it, shows the outcome on every copy. */
  async function carryOut(request: SwitchRequest, now: Date): Promise<SwitchCard> {
    const { left, busy } = await completeMove(request, now);
    const card = await cardFor(request, left);
    if (!busy) await showEverywhere(card);
    return card;
  }

  async function refuse(reason: SwitchActionRefusal, request: SwitchRequest | undefined): Promise<SwitchActionOutcome> {
    return { kind: 'refused', reason, card: request === undefined ? undefined : await cardFor(request) };
  }

  /** Finds the request and checks the actor may take the action on it. */
  async function authorize(input: SwitchActionInput, action: SwitchAction): Promise<{ request: SwitchRequest } | { refused: SwitchActionOutcome }> {
    const request = await switches.find(input.requestId);
    if (request === undefined) return { refused: await refuse('not_found', undefined) };
    const decision = decideSwitchAction(request, action, { id: input.actorId, isAdmin: action === 'cancel' ? false : await deps.admins.isAdmin(input.actorId) });
    if (!decision.ok) return { refused: await refuse(decision.reason, request) };
    return { request };
  }

  /** The first decision wins: a unique claim, since a conditional update is not an atomic compare-and-set everywhere. */
  async function decide(request: SwitchRequest, record: SwitchDecisionRecord, now: Date): Promise<SwitchRequest | undefined> {
    const won = await once(claims, decisionKey(request.id), now, async () => {
      await switches.markDecided(request.id, record);
      return { status: record.status };
    });
    if (won.status !== 'done-now') return undefined;
    logger.info('switch request decided', { switch: request.id, status: record.status, user: record.by });
    return (await switches.find(request.id)) ?? request;
  }

  async function alreadyDecided(request: SwitchRequest): Promise<SwitchActionOutcome> {
    return refuse('already_decided', (await switches.find(request.id)) ?? request);
  }

  return {
    async startSwitch(actorId, menteeId, now) {
      const { circle, groups, from, name } = await loadCircle(menteeId ?? actorId);
      const asked = authorizeSwitchAsk(actorId, circle);
      if (!asked.ok) return { kind: 'refused', reason: asked.reason, adminIds: await deps.admins.adminIds() };
      const open = await switches.findOpenFor(circle.menteeId);
      if (open !== undefined) {
        const mine = open.requestedBy === actorId;
        // Asking again is also how a request that could not reach every admin gets there.
        if (mine) await deliverToAdmins(open, now);
        const [actor] = await roster.findPeople([actorId]);
        return { kind: 'already_open', request: open, mine, zone: zoneOf(actor, config.programTimezone) };
      }
      return {
        kind: 'form',
        menteeId: circle.menteeId,
        menteeName: name,
        asMentor: asked.as === 'mentor',
        fromGroupName: from!.name,
        targets: await loadTargets(from, groups),
      };
    },

    async submitSwitch(input, now) {
      const { circle, groups } = await loadCircle(input.menteeId);
      const asked = authorizeSwitchAsk(input.actorId, circle);
      const notSent = async (reason: 'already_open' | AskRefusal): Promise<SubmitSwitchOutcome> => {
        await notifier.tellNotSent(input.actorId, { reason, adminIds: await deps.admins.adminIds() });
        logger.info('switch request not stored', { user: input.actorId, reason });
        return { kind: 'not_sent', reason };
      };
      if (!asked.ok) return notSent(asked.reason);
      const preferred = groups.find((g) => g.id === input.preferredGroupId && g.active && g.kind === 'cohort' && g.id !== circle.groupId);
      const stored = await switches.create({
        menteeId: circle.menteeId,
        requestedBy: input.actorId,
        requesterRole: asked.as,
        subject: 'group',
        fromGroupId: circle.groupId!,
        reason: input.reason,
        details: input.details,
        preferredGroupId: preferred?.id,
        createdAt: now,
        sourceKey: `view:${input.viewId}`,
      });
      if (stored.kind === 'open_exists') return notSent('already_open');
      const { request } = stored;
      // Never the reason or the details: they are for admins alone.
      logger.info(stored.kind === 'created' ? 'switch request stored' : 'switch request submitted again', { switch: request.id, requesterRole: request.requesterRole });
      await deliverToAdmins(request, now);
      await once(claims, `switch:${request.id}:confirmed`, now, async () => {
        await notifier.confirmToRequester(await cardFor(request));
        return {};
      });
      return { kind: 'sent', request, created: stored.kind === 'created' };
    },

    async approveSwitch(input, now) {
      const found = await authorize(input, 'approve');
      if ('refused' in found) {
        const { refused } = found;
        // A second click on an approved request (or one whose first approver died half-way) carries the move on.
        if (refused.kind === 'refused' && refused.reason === 'already_decided' && refused.card?.request.status === 'approved') {
          return { kind: 'refused', reason: 'already_decided', card: await carryOut(refused.card.request, now) };
        }
        return refused;
      }
      const { request } = found;
      const groups = await roster.findGroups();
      const targets = await loadTargets(groups.find((g) => g.id === request.fromGroupId), groups);
      const chosen = checkTarget(request.fromGroupId, input.targetGroupId ?? defaultTarget(request.preferredGroupId, targets)?.group.id, targets);
      if (!chosen.ok) return refuse(chosen.reason, request);
      const decided = await decide(request, { status: 'approved', by: input.actorId, at: now, targetGroupId: chosen.target.group.id }, now);
      if (decided === undefined) return alreadyDecided(request);
      return { kind: 'done', card: await carryOut(decided, now) };
    },

    async startDeclineSwitch(input) {
      const found = await authorize(input, 'decline');
      if ('refused' in found) return found.refused;
      return { kind: 'done', card: await cardFor(found.request) };
    },

    async declineSwitch(input, now) {
      const found = await authorize(input, 'decline');
      if ('refused' in found) {
        await notifier.tellActionRefused(input.actorId, found.refused);
        return found.refused;
      }
      const decided = await decide(found.request, { status: 'declined', by: input.actorId, at: now, adminMessage: input.message }, now);
      if (decided === undefined) {
        const refused = await alreadyDecided(found.request);
        await notifier.tellActionRefused(input.actorId, refused);
        return refused;
      }
      const card = await cardFor(decided);
      await once(claims, `switch:${decided.id}:declined`, now, async () => {
        await notifier.tellDeclined(card);
        return {};
      });
      await showEverywhere(card);
      return { kind: 'done', card };
    },

    async cancelSwitch(input, now) {
      const found = await authorize(input, 'cancel');
      if ('refused' in found) return found.refused;
      const decided = await decide(found.request, { status: 'cancelled', by: input.actorId, at: now }, now);
      if (decided === undefined) return alreadyDecided(found.request);
      const card = await cardFor(decided);
      await showEverywhere(card);
      return { kind: 'done', card };
    },

    async finishSwitch(input, now) {
      const found = await authorize(input, 'finish');
      if ('refused' in found) return found.refused;
      return { kind: 'done', card: await carryOut(found.request, now) };
    },
  };
}
