import type { Connection } from 'mongoose';
import { isDuplicateKey } from '../../../program/store/mongo-errors.js';
import type { DashboardStore } from '../ports.js';
import { linkModel, sessionModel } from './dashboard.model.js';

export function createDashboardRepository(connection: Connection): DashboardStore {
  const Links = linkModel(connection);
  const Sessions = sessionModel(connection);
  return {
    async saveLink(link) {
      await Links.create({ _id: link.tokenHash, userId: link.userId, issuedAt: link.issuedAt });
    },
    async findLink(tokenHash) {
      const doc = await Links.findById(tokenHash).lean();
      return doc === null ? undefined : { tokenHash: doc._id, userId: doc.userId, issuedAt: doc.issuedAt };
    },
    async openSession(s) {
      try {
        await Sessions.create({ _id: s.idHash, linkHash: s.linkHash, userId: s.userId, createdAt: s.createdAt, expiresAt: s.expiresAt });
        return true;
      } catch (error) {
        if (isDuplicateKey(error)) return false;
        throw error;
      }
    },
    async findSession(idHash) {
      const doc = await Sessions.findById(idHash).lean();
      return doc === null ? undefined : { idHash: doc._id, linkHash: doc.linkHash, userId: doc.userId, createdAt: doc.createdAt, expiresAt: doc.expiresAt };
    },
    async endSession(idHash) {
      await Sessions.deleteOne({ _id: idHash });
    },
    async sweep(before) {
      await Promise.all([Links.deleteMany({ issuedAt: { $lt: before } }), Sessions.deleteMany({ expiresAt: { $lt: before } })]);
    },
  };
}
