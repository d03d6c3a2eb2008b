import { zoneOf } from '../../program/roster.js';
import type { HelpRequest } from '../../program/records/request.js';
import { PROGRAM_TOPICS, type RequestTopics } from '../../program/request-topics.js';
import { loadMenteeCircle } from '../../program/snapshot/mentoring-circle.js';
import { officeOf, type Pairs } from '../../program/pairs.js';
import { isPairAudience } from '../../program/records/request.js';
import { once } from '../../delivery/once.js';
import type { Config } from '../../config/env.js';
import type { Logger } from '../../log/logger.js';
import type { RequestStore, RosterStore } from '../../program/ports.js';
import type { ClaimStore } from '../../delivery/ports.js';
import type { RequestCard, RequestNotifier } from './ports.js';

export interface RequestDeliveryDeps {
  readonly config: Config;
  readonly settings: { readonly supportResourcesText: string };
  readonly logger: Logger;
  readonly claims: ClaimStore;
  readonly roster: RosterStore;
  readonly requests: RequestStore;
  readonly requestNotifier: RequestNotifier;
  /** The tracks' pairs: when a pair track's conversation may be posted (none when unset: now). */
  readonly pairs?: Pairs;
  /** The tracks' request topics: which are about well-being (the program's alone when unset). */
  readonly topics?: RequestTopics;
}

export interface RequestDelivery {
  /** The request with each person's time zone, for its messages. */
  cardFor(request: HelpRequest): Promise<RequestCard>;
  /** Each step once, so a repeated submission (or a rerun after a failure) sends nothing twice. True when it posted now. */
  deliver(request: HelpRequest, card: RequestCard, facultyIds: readonly string[], now: Date): Promise<boolean>;
  /** Finishes awaiting requests whose delivery stopped half-way (see `RequestHelp.finishRequestDeliveries`). */
  finishRequestDeliveries(now: Date): Promise<{ readonly posted: number; readonly finished: number }>;
  /** When the request's conversation may be posted: undefined for now (see `Pairs.conversationOpensAt`). */
  opensAt(request: Pick<HelpRequest, 'audience' | 'topic' | 'urgency' | 'menteeId' | 'mentorIds' | 'witnessIds'>, now: Date): Promise<Date | undefined>;
}

/** A stored request's way out: the post in its conversation, the mentee's confirmation and, when urgent, support and faculty alerts. */
export function createRequestDelivery(deps: RequestDeliveryDeps): RequestDelivery {
  const { claims, requests, requestNotifier: notifier } = deps;
  const logger = deps.logger.child({ feature: 'requests' });
  const topics = deps.topics ?? PROGRAM_TOPICS;

  async function cardFor(request: HelpRequest): Promise<RequestCard> {
    const ids = [request.menteeId, ...request.mentorIds];
    const people = new Map((await deps.roster.findPeople(ids)).map((p) => [p.id, p]));
    return { request, zones: new Map(ids.map((id) => [id, zoneOf(people.get(id), deps.config.programTimezone)])) };
  }

  /** A pair track's request waits until it is quiet for no one in its conversation (a minor's pre-med pair); an urgent one never waits. */
  async function opensAt(request: Pick<HelpRequest, 'audience' | 'topic' | 'urgency' | 'menteeId' | 'mentorIds' | 'witnessIds'>, now: Date): Promise<Date | undefined> {
    if (deps.pairs === undefined || !isPairAudience(request.audience) || topics.isUrgentWellbeing(request)) return undefined;
    const at = await deps.pairs.conversationOpensAt(request.audience, [request.menteeId, ...request.mentorIds, ...(request.witnessIds ?? [])], now);
    return at !== undefined && at.getTime() > now.getTime() ? at : undefined;
  }

  async function deliver(request: HelpRequest, card: RequestCard, facultyIds: readonly string[], now: Date): Promise<boolean> {
    const urgent = topics.isUrgentWellbeing(request);
    // Not posted yet, and its conversation is held (quiet hours of someone in it): the nudges job posts it once it opens.
    const postKey = `request:${request.id}:posted`;
    if (request.messageTs === undefined && (await opensAt(request, now)) !== undefined && !(await claims.findDoneKeys([postKey])).has(postKey)) {
      logger.info('request held until its conversation opens', { request: request.id });
      return false;
    }
    if (urgent) {
      await once(claims, `request:${request.id}:support`, async () => {
        await notifier.sendSupportResources(request.menteeId, deps.settings.supportResourcesText);
        return {};
      });
    }
    const posted = await once(claims, postKey, async () => {
      const where = await notifier.postRequest(card);
      return { channelId: where.channelId, messageTs: where.messageTs };
    });
    // Another delivery of the same submission is sending it right now: it finishes the rest.
    if (posted.status === 'in-progress') return false;
    // Recorded on the request after the claim holds it: if this write fails, the next try finds the post in the claim.
    if (request.messageTs === undefined) await requests.setMessage(request.id, posted.result['channelId']!, posted.result['messageTs']!);
    const placed: RequestCard = { ...card, request: { ...request, channelId: posted.result['channelId'], messageTs: posted.result['messageTs'] } };
    await once(claims, `request:${request.id}:confirmed`, async () => {
      await notifier.confirmToMentee(placed);
      return {};
    });
    if (urgent) {
      for (const facultyId of facultyIds) {
        await once(claims, `request:${request.id}:faculty:${facultyId}`, async () => {
          await notifier.alertFaculty(facultyId, request.menteeId, request.mentorIds);
          return {};
        });
      }
    }
    return posted.status === 'done-now';
  }

  return {
    cardFor,
    deliver,
    opensAt,
    async finishRequestDeliveries(now) {
      const awaiting = await requests.findAwaitingResponse();
      const stepsOf = (request: { readonly id: string }) => [`request:${request.id}:posted`, `request:${request.id}:confirmed`];
      const done = await claims.findDoneKeys(awaiting.flatMap(stepsOf));
      // Urgent ones (their faculty alerts depend on the circle) always; one posted outside a claim (older) never.
      const unfinished = awaiting.filter((r) => topics.isUrgentWellbeing(r) || stepsOf(r).some((key) => !done.has(key)));
      let [posted, finished] = [0, 0];
      for (const facts of unfinished) {
        const request = await requests.find(facts.id);
        if (request === undefined || (request.messageTs !== undefined && !done.has(stepsOf(request)[0]!))) continue;
        try {
          // Those alerted to an urgent request: the faculty mentor of a group's request, the office of a pair track's.
          const standIns = isPairAudience(request.audience)
            ? officeOf(await deps.roster.findPeopleWithRole('admin'), request.audience)
            : (await loadMenteeCircle(deps.roster, request.menteeId)).faculty;
          if (await deliver(request, await cardFor(request), standIns, now)) posted += 1;
          if (stepsOf(request).some((key) => !done.has(key))) finished += 1;
        } catch (error) {
          logger.warn('a request’s delivery failed again; the next run tries it', { request: request.id, error });
        }
      }
      return { posted, finished };
    },
  };
}
