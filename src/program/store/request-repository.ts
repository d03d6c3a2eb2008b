import type { Connection } from 'mongoose';
import type { HelpRequest, RequestFacts } from '../records/request.js';
import type { RequestStore } from '../ports.js';
import { findAmong } from './among.js';
import { insertOnce } from './models.js';
import { requestModel, type RequestDoc } from './request.model.js';

/** Still waiting for a response: none recorded and not closed (fields are absent until their step happens). */
const AWAITING = { respondedAt: { $exists: false }, closedAt: { $exists: false } } as const;

export function createRequestRepository(connection: Connection): RequestStore {
  const Requests = requestModel(connection);
  return {
    async create(request) {
      const { witnessIds, ...rest } = request;
      const fields = { ...rest, mentorIds: [...request.mentorIds], coveringFor: [...request.coveringFor], ...(witnessIds !== undefined && witnessIds.length > 0 ? { witnessIds: [...witnessIds] } : {}) };
      const { doc, created } = await insertOnce(Requests, fields, { sourceKey: request.sourceKey });
      return { request: toRequest(doc), created };
    },
    async find(id) {
      if (!/^[0-9a-f]{24}$/.test(id)) return undefined;
      const doc = await Requests.findById(id).lean();
      return doc === null ? undefined : toRequest(doc);
    },
    async setMessage(id, channelId, messageTs) {
      await Requests.updateOne({ _id: id }, { $set: { channelId, messageTs } });
    },
    async markClaimed(id, by, at) {
      await Requests.updateOne({ _id: id }, { $set: { claimedBy: by, claimedAt: at } });
    },
    async markResponded(id, by, at) {
      await Requests.updateOne({ _id: id }, { $set: { respondedBy: by, respondedAt: at } });
    },
    async markClosed(id, end) {
      await Requests.updateOne(
        { _id: id },
        { $set: { closedAs: end.as, closedBy: end.by, closedAt: end.at, ...(end.helped === undefined ? {} : { helped: end.helped }), ...(end.reason === undefined ? {} : { closeReason: end.reason }) } },
      );
    },
    async findInConversation(channelId) {
      return (await Requests.find({ channelId }).sort({ createdAt: 1 }).lean()).map(toRequest);
    },
    async findAwaitingClaimedBy(mentorIds) {
      if (mentorIds.length === 0) return [];
      return (await Requests.find({ claimedBy: { $in: [...mentorIds] }, ...AWAITING }).sort({ createdAt: 1 }).lean()).map(toRequest);
    },
    async findAwaitingFor(menteeId) {
      return (await Requests.find({ menteeId, ...AWAITING }).sort({ createdAt: 1 }).lean()).map(toRequest);
    },
    async findAwaitingResponse() {
      // What the mentee wrote stays in the database: nudges never need it.
      const docs: RequestFacts[] = [];
      for await (const doc of Requests.find(AWAITING, WITHOUT_DESCRIPTION).sort({ createdAt: 1 }).lean<Omit<RequestDoc, 'description'>[]>().cursor()) {
        docs.push(toFacts(doc));
      }
      return docs;
    },
    // Digests, Home and reports: the description is never read.
    async findActiveSince(since, menteeIds) {
      if (menteeIds !== undefined && menteeIds.length === 0) return [];
      const find = (menteeId?: string | { readonly $in: string[] }) =>
        Requests.find(
          {
            ...(menteeId === undefined ? {} : { menteeId }),
            $or: [{ closedAt: { $exists: false } }, { createdAt: { $gte: since } }, { respondedAt: { $gte: since } }, { closedAt: { $gte: since } }],
          },
          WITHOUT_DESCRIPTION,
        )
          .sort({ createdAt: 1 })
          .lean<RequestDoc[]>();
      const docs = menteeIds === undefined ? await find() : await findAmong<RequestDoc>(menteeIds, find, ['createdAt']);
      return docs.map(toFacts);
    },
    async findCreatedBetween(from, to) {
      const docs = await Requests.find({ createdAt: { $gte: from, $lt: to } }, WITHOUT_DESCRIPTION).sort({ createdAt: 1 }).lean();
      return docs.map(toFacts);
    },
  };
}

const WITHOUT_DESCRIPTION = { description: 0 } as const;

export function toRequest(doc: RequestDoc): HelpRequest {
  return { ...toFacts(doc), description: doc.description };
}

function toFacts(doc: Omit<RequestDoc, 'description'>): RequestFacts {
  return {
    id: String(doc._id),
    menteeId: doc.menteeId,
    topic: doc.topic,
    urgency: doc.urgency,
    reach: doc.reach,
    audience: doc.audience,
    mentorIds: doc.mentorIds,
    ...(doc.witnessIds !== undefined && doc.witnessIds.length > 0 ? { witnessIds: doc.witnessIds } : {}),
    routedTo: doc.routedTo,
    coveringFor: doc.coveringFor ?? [],
    channelId: doc.channelId,
    messageTs: doc.messageTs,
    deadline: doc.deadline,
    createdAt: doc.createdAt,
    sourceKey: doc.sourceKey,
    claimedBy: doc.claimedBy,
    claimedAt: doc.claimedAt,
    respondedBy: doc.respondedBy,
    respondedAt: doc.respondedAt,
    closedAs: doc.closedAs,
    closedBy: doc.closedBy,
    closedAt: doc.closedAt,
    helped: doc.helped,
    ...(doc.closeReason ? { closeReason: doc.closeReason } : {}),
  };
}
