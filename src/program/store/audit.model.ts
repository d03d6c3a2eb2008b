import { Schema, Types, type Connection, type Model } from 'mongoose';
import { AUDIT_ACTIONS, type AuditAction } from '../records/audit.js';
import { modelOn } from './models.js';

export interface AuditDoc {
  _id: Types.ObjectId;
  at: Date;
  actor: string;
  action: AuditAction;
  subject?: string;
  detail?: string;
}

const auditSchema = new Schema<AuditDoc>(
  {
    at: { type: Date, required: true },
    actor: { type: String, required: true },
    action: { type: String, required: true, enum: AUDIT_ACTIONS },
    subject: { type: String },
    detail: { type: String, maxlength: 200 },
  },
  { collection: 'audit', strict: 'throw', versionKey: false },
);
auditSchema.index({ at: 1 });

export function auditModel(connection: Connection): Model<AuditDoc> {
  return modelOn(connection, 'Audit', auditSchema);
}
