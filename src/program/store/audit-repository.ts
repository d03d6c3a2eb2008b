import type { Connection } from 'mongoose';
import type { AuditEntry } from '../records/audit.js';
import type { AuditStore } from '../ports.js';
import { auditModel, type AuditDoc } from './audit.model.js';

/** Append-only: the repository inserts and reads; nothing in the app updates or deletes an entry. */
export function createAuditRepository(connection: Connection): AuditStore {
  const Audits = auditModel(connection);
  return {
    async record(entry) {
      await Audits.create({
        at: entry.at,
        actor: entry.actor,
        action: entry.action,
        ...(entry.subject === undefined ? {} : { subject: entry.subject }),
        ...(entry.detail === undefined ? {} : { detail: entry.detail }),
      });
    },
    async findBetween(from, to) {
      const docs = await Audits.find({ at: { $gte: from, $lt: to } }).sort({ at: 1, _id: 1 }).lean();
      return docs.map(toEntry);
    },
  };
}

function toEntry({ at, actor, action, subject, detail }: AuditDoc): AuditEntry {
  return { at, actor, action, subject, detail };
}
