import { Schema, Types, type Connection } from 'mongoose';
import { modelOn } from './models.js';
import { ROLES } from '../roster.js';

export interface PersonDoc {
  _id: string;
  name: string;
  email?: string;
  roles: string[];
  /** Each role with its track; absent when every role is in the cohort track. */
  tracks?: { track: string; role: string }[];
  year?: number;
  mdphd: boolean;
  timezone?: string;
  active: boolean;
}

export interface GroupDoc {
  _id: Types.ObjectId;
  name: string;
  kind: 'cohort' | 'mdphd';
  channelId?: string;
  introducedAt?: Date;
  active: boolean;
  introducedMemberIds?: string[];
}

export interface MembershipDoc {
  _id: Types.ObjectId;
  groupId: string;
  personId: string;
  role: 'mentee' | 'peer_mentor' | 'faculty';
  from: Date;
  to: Date | null;
  /**
   * `<person>:<group>:<role>` while the membership is open, its own id once closed: a unique index on it admits one
   * open membership per person, group and role however many writers race (FerretDB has no partial indexes).
   */
  openKey: string;
  /** Set when it ended and what follows an ending (channel, DM, requests, time away) is still to be done. */
  followUp?: boolean;
}

/** The `openKey` of an open membership (a closed one holds its own id, which has no colon). */
export function membershipOpenKey(m: { readonly personId: string; readonly groupId: string; readonly role: string }): string {
  return `${m.personId}:${m.groupId}:${m.role}`;
}

const personSchema = new Schema<PersonDoc>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    email: { type: String },
    roles: { type: [{ type: String, enum: ROLES }], required: true },
    tracks: {
      type: [new Schema({ track: { type: String, required: true }, role: { type: String, enum: ROLES, required: true } }, { _id: false, strict: 'throw' })],
      default: undefined,
    },
    year: { type: Number, min: 1, max: 4 },
    mdphd: { type: Boolean, required: true, default: false },
    timezone: { type: String },
    active: { type: Boolean, required: true, default: true },
  },
  { collection: 'people', strict: 'throw', versionKey: false },
);
personSchema.index({ email: 1 });
personSchema.index({ active: 1 });

const groupSchema = new Schema<GroupDoc>(
  {
    name: { type: String, required: true },
    kind: { type: String, enum: ['cohort', 'mdphd'], required: true },
    channelId: { type: String },
    introducedAt: { type: Date },
    active: { type: Boolean, required: true, default: true },
    introducedMemberIds: { type: [String], default: undefined },
  },
  { collection: 'groups', strict: 'throw', versionKey: false },
);
groupSchema.index({ name: 1 }, { unique: true });

const membershipSchema = new Schema<MembershipDoc>(
  {
    groupId: { type: String, required: true },
    personId: { type: String, required: true },
    role: { type: String, enum: ['mentee', 'peer_mentor', 'faculty'], required: true },
    from: { type: Date, required: true },
    to: { type: Date, default: null },
    openKey: { type: String, required: true },
    followUp: { type: Boolean },
  },
  { collection: 'memberships', strict: 'throw', versionKey: false },
);
membershipSchema.index({ personId: 1, to: 1 });
membershipSchema.index({ groupId: 1, to: 1 });
membershipSchema.index({ followUp: 1 });
// Built after the start-up backfill (backfill-open-keys.ts) has given every older membership its key.
membershipSchema.index({ openKey: 1 }, { unique: true });

export const personModel = (c: Connection) => modelOn(c, 'Person', personSchema);
export const groupModel = (c: Connection) => modelOn(c, 'Group', groupSchema);
export const membershipModel = (c: Connection) => modelOn(c, 'Membership', membershipSchema);
