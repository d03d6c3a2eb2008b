import type { Connection } from 'mongoose';
import type { PendingRequest } from '../domain/nudges.js';
import type { HelpRequest } from '../domain/request.js';
import type { RequestStore } from '../services/ports.js';
import { isDuplicateKey } from './mongo-errors.js';
import { requestModel, type RequestDoc } from './models/request.model.js';

/** Still waiting for a response: none recorded and not closed (fields are absent until their step happens). */
const AWAITING = { respondedAt: { $exists: false }, closedAt: { $exists: false } } as const;

export function createRequestRepository(connection: Connection): RequestStore {
  const Requests = requestModel(connection);
  return {
    async create(request) {
      try {
        const doc = await Requests.create({ ...request, mentorIds: [...request.mentorIds], coveringFor: [...request.coveringFor] });
        return { request: toRequest(doc.toObject()), created: true };
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        const existing = await Requests.findOne({ sourceKey: request.sourceKey }).lean();
        if (existing === null) throw error;
        return { request: toRequest(existing), created: false };
      }
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
        { $set: { closedAs: end.as, closedBy: end.by, closedAt: end.at, ...(end.helped === undefined ? {} : { helped: end.helped }) } },
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
      const docs: PendingRequest[] = [];
      for await (const doc of Requests.find(AWAITING, { description: 0 }).sort({ createdAt: 1 }).lean<Omit<RequestDoc, 'description'>[]>().cursor()) {
        docs.push(toPendingRequest(doc));
      }
      return docs;
    },
  };
}

export function toRequest(doc: RequestDoc): HelpRequest {
  return { ...toPendingRequest(doc), description: doc.description };
}

function toPendingRequest(doc: Omit<RequestDoc, 'description'>): PendingRequest {
  return {
    id: String(doc._id),
    menteeId: doc.menteeId,
    topic: doc.topic,
    urgency: doc.urgency,
    reach: doc.reach,
    audience: doc.audience,
    mentorIds: doc.mentorIds,
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
  };
}
