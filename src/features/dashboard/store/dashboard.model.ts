import { Schema, type Connection, type Model } from 'mongoose';
import { modelOn } from '../../../program/store/models.js';

/** A sign-in link sent: `_id` is the SHA-256 of its token (the token itself is only in the DM). */
export interface LinkDoc {
  _id: string;
  userId: string;
  issuedAt: Date;
}

/** A session: `_id` is the SHA-256 of its cookie's id; `linkHash` unique, so a link opens one session only. */
export interface SessionDoc {
  _id: string;
  linkHash: string;
  userId: string;
  createdAt: Date;
  expiresAt: Date;
}

const linkSchema = new Schema<LinkDoc>(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true },
    issuedAt: { type: Date, required: true },
  },
  { collection: 'dashboard_links', strict: 'throw', versionKey: false },
);
linkSchema.index({ issuedAt: 1 });

const sessionSchema = new Schema<SessionDoc>(
  {
    _id: { type: String, required: true },
    linkHash: { type: String, required: true },
    userId: { type: String, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { collection: 'dashboard_sessions', strict: 'throw', versionKey: false },
);
sessionSchema.index({ linkHash: 1 }, { unique: true });
sessionSchema.index({ expiresAt: 1 });

export function linkModel(connection: Connection): Model<LinkDoc> {
  return modelOn(connection, 'DashboardLink', linkSchema);
}

export function sessionModel(connection: Connection): Model<SessionDoc> {
  return modelOn(connection, 'DashboardSession', sessionSchema);
}
