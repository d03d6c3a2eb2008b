import { Schema, type Connection, type Model } from 'mongoose';
import { modelOn } from '../../../program/store/models.js';

/** When a person's time zone was last asked of Slack (users.info), and what Slack said. */
export interface ZoneCheckDoc {
  /** The person's Slack user id. */
  _id: string;
  checkedAt: Date;
  slackZone?: string;
}

const zoneCheckSchema = new Schema<ZoneCheckDoc>(
  {
    _id: { type: String, required: true },
    checkedAt: { type: Date, required: true },
    slackZone: { type: String },
  },
  { collection: 'zone_checks', strict: 'throw', versionKey: false },
);
zoneCheckSchema.index({ checkedAt: 1 });

export function zoneCheckModel(connection: Connection): Model<ZoneCheckDoc> {
  return modelOn(connection, 'ZoneCheck', zoneCheckSchema);
}
