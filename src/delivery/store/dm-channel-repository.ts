import { Schema, type Connection } from 'mongoose';
import { modelOn } from '../../program/store/models.js';
import type { DmChannelStore } from '../ports.js';
import { isDuplicateKey } from '../../program/store/mongo-errors.js';

interface DmChannelDoc {
  /** The person's Slack user id. */
  _id: string;
  channel: string;
}

const dmChannelSchema = new Schema<DmChannelDoc>(
  { _id: { type: String, required: true }, channel: { type: String, required: true } },
  { collection: 'dm_channels', strict: 'throw', versionKey: false },
);

/** Each person's DM channel with the app, as conversations.open first gave it. */
export function createDmChannelRepository(connection: Connection): DmChannelStore {
  const Channels = modelOn(connection, 'DmChannel', dmChannelSchema);
  return {
    async find(userId) {
      return (await Channels.findById(userId).lean())?.channel;
    },
    async save(userId, channel) {
      try {
        await Channels.updateOne({ _id: userId }, { $set: { channel } }, { upsert: true });
      } catch (error) {
        // Two first DMs to one person at once: both upserts insert, one loses. Same channel either way.
        if (!isDuplicateKey(error)) throw error;
      }
    },
    async forget(userId) {
      await Channels.deleteOne({ _id: userId });
    },
  };
}
