import { Schema, type Connection, type Model } from 'mongoose';
import { modelOn } from '../../../program/store/models.js';
import type { PromptStore } from '../ports.js';

/** A posted check-in prompt; `_id` is its channel and ts, the way a reply in its thread names it. */
interface PromptDoc {
  _id: string;
  mentorId: string;
  month: string;
}

const schema = new Schema<PromptDoc>(
  { _id: { type: String, required: true }, mentorId: { type: String, required: true }, month: { type: String, required: true } },
  { collection: 'checkin_prompts', strict: 'throw', versionKey: false },
);

const model = (connection: Connection): Model<PromptDoc> => modelOn(connection, 'CheckinPrompt', schema);
const idOf = (channel: string, ts: string) => `${channel}|${ts}`;

/** `checkin_prompts`: where each prompt was posted, whose it is and its month (no text). */
export function createPromptRepository(connection: Connection): PromptStore {
  const Prompts = model(connection);
  return {
    async save(prompt) {
      const _id = idOf(prompt.channel, prompt.ts);
      await Prompts.updateOne({ _id }, { $set: { mentorId: prompt.mentorId, month: prompt.month } }, { upsert: true });
    },
    async find(channel, ts) {
      const doc = await Prompts.findById(idOf(channel, ts)).lean<PromptDoc>();
      return doc === null ? undefined : { channel, ts, mentorId: doc.mentorId, month: doc.month };
    },
  };
}
