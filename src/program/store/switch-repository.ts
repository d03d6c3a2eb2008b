import type { Connection } from 'mongoose';
import type { SwitchRequest } from '../records/switch-request.js';
import type { SwitchStore } from '../ports.js';
import { isDuplicateKey } from './mongo-errors.js';
import { insertOnce } from './models.js';
import { switchModel, type SwitchDoc } from './switch.model.js';

const openKeyOf = (menteeId: string) => `open:${menteeId}`;

export function createSwitchRepository(connection: Connection): SwitchStore {
  const Switches = switchModel(connection);
  return {
    async create(request) {
      const openKey = openKeyOf(request.menteeId);
      const { details, fromGroupId, pair, ...rest } = request;
      const fields = {
        ...rest,
        status: 'open' as const,
        openKey,
        adminMessages: [],
        ...(details === undefined ? {} : { details }),
        ...(fromGroupId === undefined ? {} : { fromGroupId }),
        ...(pair === undefined ? {} : { pair: { ...pair } }),
      };
      try {
        const { doc, created } = await insertOnce(Switches, fields, { sourceKey: request.sourceKey });
        return { kind: created ? 'created' : 'again', request: toSwitchRequest(doc) };
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        // Two unique keys: not the same form again (sourceKey), so another open request for the mentee (openKey).
        const open = await Switches.findOne({ openKey }).lean();
        return { kind: 'open_exists', request: open === null ? undefined : toSwitchRequest(open) };
      }
    },
    async find(id) {
      if (!/^[0-9a-f]{24}$/.test(id)) return undefined;
      const doc = await Switches.findById(id).lean();
      return doc === null ? undefined : toSwitchRequest(doc);
    },
    async findOpenFor(menteeId) {
      const doc = await Switches.findOne({ openKey: openKeyOf(menteeId) }).lean();
      return doc === null ? undefined : toSwitchRequest(doc);
    },
    async addAdminMessage(id, location) {
      // A set: recording the same post again (a retry after a failed write) keeps one copy.
      await Switches.updateOne({ _id: id }, { $addToSet: { adminMessages: { channelId: location.channelId, ts: location.ts } } });
    },
    async markDecided(id, decision) {
      await Switches.updateOne(
        { _id: id },
        {
          $set: {
            status: decision.status,
            openKey: `ended:${id}`,
            decidedBy: decision.by,
            decidedAt: decision.at,
            ...(decision.targetGroupId === undefined ? {} : { targetGroupId: decision.targetGroupId }),
            ...(decision.targetMentorId === undefined ? {} : { targetMentorId: decision.targetMentorId }),
            ...(decision.adminMessage === undefined ? {} : { adminMessage: decision.adminMessage }),
          },
        },
      );
    },
    async findCreatedBetween(from, to) {
      return (await Switches.find({ createdAt: { $gte: from, $lt: to } }).sort({ createdAt: 1 }).lean()).map(toSwitchRequest);
    },
    async countPending(groupIds) {
      const counts = new Map<string, number>();
      if (groupIds.length === 0) return counts;
      const rows = await Switches.aggregate<{ _id: string; count: number }>([
        { $match: { status: 'open', fromGroupId: { $in: [...groupIds] } } },
        { $group: { _id: '$fromGroupId', count: { $sum: 1 } } },
      ]);
      for (const row of rows) counts.set(row._id, row.count);
      return counts;
    },
  };
}

function toSwitchRequest(doc: SwitchDoc): SwitchRequest {
  return {
    id: String(doc._id),
    menteeId: doc.menteeId,
    requestedBy: doc.requestedBy,
    requesterRole: doc.requesterRole,
    subject: doc.subject,
    fromGroupId: doc.fromGroupId,
    ...(doc.pair === undefined ? {} : { pair: { track: doc.pair.track, pairKey: doc.pair.pairKey, version: doc.pair.version, fromMentorId: doc.pair.fromMentorId, label: doc.pair.label } }),
    ...(doc.targetMentorId === undefined ? {} : { targetMentorId: doc.targetMentorId }),
    reason: doc.reason,
    details: doc.details,
    preferredGroupId: doc.preferredGroupId,
    status: doc.status,
    decidedBy: doc.decidedBy,
    decidedAt: doc.decidedAt,
    targetGroupId: doc.targetGroupId,
    adminMessage: doc.adminMessage,
    adminMessages: (doc.adminMessages ?? []).map((m) => ({ channelId: m.channelId, ts: m.ts })),
    createdAt: doc.createdAt,
    sourceKey: doc.sourceKey,
  };
}
