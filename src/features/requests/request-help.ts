import type { RequestHelpSettings } from './settings.js';
import type { AdminPolicy } from '../../program/policy.js';
import { zoneOf } from '../../program/roster.js';
import { createRequestDelivery } from './deliver-request.js';
import type { Config } from '../../config/env.js';
import { mentorsAwayAt, routeRequest } from '../../program/records/away.js';
import { addDays, dateInZone } from '../../program/calendar-date.js';
import { contactKindFor, decideRequestAction, isLaterTs, requestStatus, responseDeadline, slackTsToDate, transitionKey } from '../../program/records/request.js';
import type { CloseReason, HelpRequest, ReachChannel, RequestAction, RequestAudience, RequestRefusal, RequestStatus, RequestTopic, Urgency } from '../../program/records/request.js';
import type { Logger } from '../../log/logger.js';
import { NO_PAIRS, type Pairs } from '../../program/pairs.js';
import { chooseAudience, formTopics, loadRequestCircle, topicRefusal, type AudienceOption, type FormTopics } from './request-circle.js';
import type { MenteeCircle } from '../../program/snapshot/mentoring-circle.js';
import { PROGRAM_TOPICS, type RequestTopics } from '../../program/request-topics.js';
import { once } from '../../delivery/once.js';
import type { AwayStore, ContactStore, RequestStore, RosterStore } from '../../program/ports.js';
import type { ClaimStore } from '../../delivery/ports.js';
import type { RequestCard, RequestNotifier, RequestRefusedReason, TopicRefusal } from './ports.js';

export interface RequestHelpDeps {
  readonly config: Config;
  readonly settings: RequestHelpSettings;
  readonly logger: Logger;
  readonly claims: ClaimStore;
  readonly roster: RosterStore;
  readonly contacts: ContactStore;
  readonly requests: RequestStore;
  readonly away: AwayStore;
  readonly requestNotifier: RequestNotifier;
  readonly admins: AdminPolicy;
  /** The tracks' pairs: a clinical mentee's request goes to their rotation mentor (none when unset). */
  readonly pairs?: Pairs;
  /** The tracks' request topics (the program's alone when unset). */
  readonly topics?: RequestTopics;
  /** Where the form reads a mentee's groups (a brief cache; unset: the roster); a submission always reads the roster. */
  readonly menteeGroups?: (menteeId: string, now: Date) => Promise<MenteeCircle>;
}

export type StartRequestOutcome =
  | { readonly kind: 'not_a_mentee'; readonly adminIds: readonly string[] }
  /** A mentee of a pair track with no current mentor yet: the track's words on what happens next. */
  | { readonly kind: 'waiting_for_pair'; readonly waiting: readonly string[] }
  /**
   * Open the form; `offerMdphd` when the mentee may direct the question to the MD/PhD mentors; `audiences`: every
   * audience they may choose, the default first (a choice is shown when there are several).
   */
  | ({
      readonly kind: 'form';
      readonly offerMdphd: boolean;
      readonly audiences?: readonly Pick<AudienceOption, 'audience' | 'mentorWord'>[];
      readonly replyHours: number;
      readonly emailReplyHours: number;
    } & FormTopics);

export interface RequestSubmission {
  readonly menteeId: string;
  /** The modal's view id: one request per modal, however often it is submitted or delivered. */
  readonly viewId: string;
  readonly topic: RequestTopic;
  readonly urgency: Urgency;
  readonly reach: ReachChannel;
  /** As chosen in the form; undefined (no choice shown) or one the mentee does not have: the first they have. */
  readonly audience?: RequestAudience;
  readonly description: string;
}

export type SubmitRequestOutcome =
  /** `affected`: whose Home tabs show what changed (the Home feature redraws them). */
  | { readonly kind: 'sent'; readonly request: HelpRequest; readonly created: boolean; readonly affected: readonly string[] }
  | { readonly kind: 'refused'; readonly reason: RequestRefusedReason };

/** A submission stored (before the form closes), or refused with the reason; nothing sent yet. */
export type StoreRequestOutcome =
  | { readonly kind: 'stored'; readonly request: HelpRequest; readonly created: boolean; readonly card: RequestCard; readonly facultyIds: readonly string[] }
  | { readonly kind: 'refused'; readonly menteeId: string; readonly reason: RequestRefusedReason; readonly waiting?: readonly string[]; readonly topic?: TopicRefusal };

export interface RequestActionInput {
  readonly requestId: string;
  readonly actorId: string;
  readonly action: RequestAction;
  /** Why a mentor closes a request nobody has answered yet (asked for in a modal when missing). */
  readonly closeReason?: CloseReason;
}

export type RequestActionOutcome =
  | { readonly kind: 'done'; readonly status: RequestStatus; readonly affected: readonly string[] }
  /** A mentor closing a request nobody has answered yet: nothing changed; ask them why first. */
  | { readonly kind: 'reason_needed'; readonly request: HelpRequest }
  | { readonly kind: 'refused'; readonly reason: RequestRefusal | 'not_found'; readonly request: HelpRequest | undefined };

/** A message in a group DM, as the Events API announced it (never its text). */
export interface ConversationMessage {
  readonly eventId: string;
  readonly channelId: string;
  readonly userId: string;
  readonly ts: string;
  readonly threadTs: string | undefined;
}

export interface RequestHelp {
  /** The form, for the audience chosen in it (its topics), else the first the mentee may ask. */
  startRequest(userId: string, now: Date, audience?: RequestAudience): Promise<StartRequestOutcome>;
  /** Routes and stores a submission: quick, so that the form closes only once the request exists. */
  storeRequest(input: RequestSubmission, now: Date): Promise<StoreRequestOutcome>;
  /** Sends what `storeRequest` stored (each step once), or tells the mentee why it was refused. */
  sendRequest(stored: StoreRequestOutcome, now: Date): Promise<SubmitRequestOutcome>;
  /** Both, one after the other. */
  submitRequest(input: RequestSubmission, now: Date): Promise<SubmitRequestOutcome>;
  actOnRequest(input: RequestActionInput, now: Date): Promise<RequestActionOutcome>;
  noteConversationMessage(input: ConversationMessage, now: Date): Promise<{ readonly responded: number; readonly affected: readonly string[] }>;
  /** Part of the nudges job: finishes awaiting requests whose delivery stopped half-way (post, confirmation, urgent
   *  faculty alerts), each step once however many runs race. `finished`: requests whose remaining steps ran. */
  finishRequestDeliveries(now: Date): Promise<{ readonly posted: number; readonly finished: number }>;
}

/** Requests for help (SPEC §3.3): who may ask, routing around time away, the deadline, and the request's life. */
export function createRequestHelp(deps: RequestHelpDeps): RequestHelp {
  const { config, claims, requests, requestNotifier: notifier } = deps;
  const programZone = config.programTimezone;
  const logger = deps.logger.child({ feature: 'requests' });
  const delivery = createRequestDelivery(deps);
  const topics = deps.topics ?? PROGRAM_TOPICS;
  const { menteeGroups } = deps;
  // Who receives a request is decided on the roster as it is; the form may read the mentee's groups kept briefly.
  const circleOf = (menteeId: string, now: Date, form = false) =>
    loadRequestCircle({ roster: deps.roster, pairs: deps.pairs ?? NO_PAIRS }, menteeId, now, form && menteeGroups ? (id) => menteeGroups(id, now) : undefined);

  /** The response step: first wins; it records who responded and when, and counts as a contact with the mentee. */
  async function respond(request: HelpRequest, mentorId: string, at: Date, now: Date): Promise<boolean> {
    const outcome = await once(claims, transitionKey(request.id, 'respond'), async () => {
      await requests.markResponded(request.id, mentorId, at);
      await deps.contacts.record({
        mentorId,
        menteeIds: [request.menteeId],
        at,
        date: dateInZone(at, programZone),
        kind: contactKindFor(request.reach),
        group: false,
        minutes: 0,
        note: undefined,
        source: 'request_response',
        sourceKey: `request:${request.id}`,
        createdAt: now,
      });
      return {};
    });
    return outcome.status === 'done-now';
  }

  async function showState(requestId: string): Promise<HelpRequest | undefined> {
    const fresh = await requests.find(requestId);
    if (fresh?.channelId !== undefined && fresh.messageTs !== undefined) await notifier.updateRequest(await delivery.cardFor(fresh));
    return fresh;
  }

  const peopleOf = (request: HelpRequest) => [request.menteeId, ...request.mentorIds];

  async function storeRequest(input: RequestSubmission, now: Date): Promise<StoreRequestOutcome> {
    const circle = await circleOf(input.menteeId, now);
    const chosen = chooseAudience(circle.options, input.audience);
    if (chosen === undefined) {
      if (circle.waiting.length > 0) return { kind: 'refused', menteeId: input.menteeId, reason: 'waiting_for_pair', waiting: circle.waiting };
      return { kind: 'refused', menteeId: input.menteeId, reason: 'not_a_mentee' };
    }
    const { audience, mentorIds: mentors, standInIds } = chosen;
    const refusedTopic = topicRefusal(topics, audience, input.topic);
    if (refusedTopic !== undefined) return { kind: 'refused', menteeId: input.menteeId, reason: 'topic_not_offered', topic: refusedTopic };
    // Zones differ by up to a day from UTC: fetch from the day before, then decide by each mentor's own clock.
    const windows = await deps.away.findNotEnded([...mentors, ...standInIds], addDays(dateInZone(now, 'UTC'), -1));
    const route = routeRequest(mentors, mentorsAwayAt(windows, now), standInIds);
    if (route === undefined) return { kind: 'refused', menteeId: input.menteeId, reason: 'nobody_to_answer' };
    const witnessIds = chosen.witnessIds ?? [];
    // A request whose conversation is held (a minor's quiet hours) is due counting from when it can be posted.
    const postedAt = (await delivery.opensAt({ audience, topic: input.topic, urgency: input.urgency, menteeId: input.menteeId, mentorIds: route.responders, witnessIds }, now)) ?? now;
    const { request, created } = await requests.create({
      menteeId: input.menteeId,
      topic: input.topic,
      urgency: input.urgency,
      reach: input.reach,
      description: input.description,
      audience,
      mentorIds: route.responders,
      ...(chosen.witnessIds !== undefined && chosen.witnessIds.length > 0 ? { witnessIds: chosen.witnessIds } : {}),
      routedTo: route.routedTo,
      coveringFor: route.coveringFor,
      deadline: responseDeadline(postedAt, input.reach, deps.settings),
      createdAt: now,
      sourceKey: `view:${input.viewId}`,
    });
    logger.info(created ? 'request stored' : 'request submitted again', {
      request: request.id,
      topic: request.topic,
      urgency: request.urgency,
      routedTo: request.routedTo,
      responders: request.mentorIds.length,
    });
    const card: RequestCard = {
      request,
      zones: new Map([request.menteeId, ...request.mentorIds].map((id) => [id, zoneOf(circle.people.get(id), programZone)])),
    };
    return { kind: 'stored', request, created, card, facultyIds: standInIds };
  }

  async function sendRequest(stored: StoreRequestOutcome, now: Date): Promise<SubmitRequestOutcome> {
    if (stored.kind === 'refused') {
      await notifier.tellRequestRefused(stored.menteeId, stored.reason, await deps.admins.adminIds(), stored.waiting, stored.topic);
      logger.info('request refused', { user: stored.menteeId, reason: stored.reason });
      return { kind: 'refused', reason: stored.reason };
    }
    const { request, created } = stored;
    await delivery.deliver(request, stored.card, stored.facultyIds, now);
    return { kind: 'sent', request, created, affected: created ? peopleOf(request) : [] };
  }

  return {
    async startRequest(userId, now, audience) {
      const { options, waiting } = await circleOf(userId, now, true);
      if (options.length === 0) return waiting.length > 0 ? { kind: 'waiting_for_pair', waiting } : { kind: 'not_a_mentee', adminIds: await deps.admins.adminIds() };
      return {
        kind: 'form',
        offerMdphd: options.some((o) => o.audience === 'mdphd'),
        // Named only when a pair track's mentors are among them; otherwise the form is the cohort track's, as always.
        ...(options.some((o) => o.mentorWord !== undefined) ? { audiences: options.map((o) => ({ audience: o.audience, mentorWord: o.mentorWord })) } : {}),
        replyHours: deps.settings.replyHours,
        emailReplyHours: deps.settings.emailReplyHours,
        ...formTopics(topics, options, audience),
      };
    },

    storeRequest,
    sendRequest,
    async submitRequest(input, now) {
      return sendRequest(await storeRequest(input, now), now);
    },

    async actOnRequest(input, now) {
      const request = await requests.find(input.requestId);
      if (request === undefined) return { kind: 'refused', reason: 'not_found', request: undefined };
      const decision = decideRequestAction(request, input.action, input.actorId, input.closeReason);
      if (decision.kind === 'refuse') return { kind: 'refused', reason: decision.reason, request };
      if (decision.kind === 'ask_reason') return { kind: 'reason_needed', request };
      let won: boolean;
      if (decision.kind === 'respond') {
        won = await respond(request, input.actorId, now, now);
      } else {
        const outcome = await once(claims, transitionKey(request.id, decision.kind), async () => {
          if (decision.kind === 'claim') await requests.markClaimed(request.id, input.actorId, now);
          else await requests.markClosed(request.id, { as: decision.as, by: input.actorId, at: now, helped: decision.helped, reason: decision.reason });
          return {};
        });
        won = outcome.status === 'done-now';
      }
      if (!won) {
        // Someone got there first (a double click, the other mentor, a message): say what happened instead.
        const fresh = (await requests.find(request.id)) ?? request;
        const again = decideRequestAction(fresh, input.action, input.actorId, input.closeReason);
        const fallback: RequestRefusal = decision.kind === 'claim' ? 'already_claimed' : decision.kind === 'respond' ? 'already_responded' : 'already_ended';
        return { kind: 'refused', reason: again.kind === 'refuse' ? again.reason : fallback, request: fresh };
      }
      const fresh = (await showState(request.id)) ?? request;
      logger.info('request updated', { request: request.id, action: input.action, user: input.actorId, status: requestStatus(fresh), ...(fresh.closeReason === undefined ? {} : { closeReason: fresh.closeReason }) });
      return { kind: 'done', status: requestStatus(fresh), affected: peopleOf(fresh) };
    },

    finishRequestDeliveries: delivery.finishRequestDeliveries,

    async noteConversationMessage(input, now) {
      const affected: string[] = [];
      const outcome = await once(claims, `event:${input.eventId}`, async () => {
        const posted = await requests.findInConversation(input.channelId);
        // A reply in a request's thread answers that request alone; anywhere else in the conversation, every request waiting there.
        const thread = input.threadTs === undefined ? undefined : posted.find((r) => r.messageTs === input.threadTs);
        const candidates = (thread !== undefined ? [thread] : posted).filter(
          (r) =>
            r.respondedBy === undefined &&
            r.closedAs === undefined &&
            r.mentorIds.includes(input.userId) &&
            r.messageTs !== undefined &&
            isLaterTs(input.ts, r.messageTs),
        );
        let responded = 0;
        for (const request of candidates) {
          if (await respond(request, input.userId, slackTsToDate(input.ts), now)) {
            responded += 1;
            affected.push(...peopleOf((await showState(request.id)) ?? request));
            logger.info('request responded in its conversation', { request: request.id, user: input.userId });
          }
        }
        return { responded: String(responded) };
      });
      return { responded: outcome.status === 'done-now' ? Number(outcome.result.responded) : 0, affected };
    },
  };
}
