import type { Connection } from 'mongoose';
import type { PersonalData } from '../../../program/personal-data.js';
import { previewModel } from './preview.model.js';

/**
 * The import previews' share of a person's record: a preview waiting for *Apply* or *Back* (a day at most) keeps the
 * roster file it read and Slack's answers about its people. Forgetting anyone drops every pending preview (the admin
 * is told it is gone and imports again); retention drops those older than the cutoff.
 */
export function createPreviewPersonalData(connection: Connection): PersonalData {
  const Previews = previewModel(connection);
  return {
    freeText: { roster_previews: ['csv', 'accounts'] },
    async holdings(personId) {
      const pending = await Previews.find({}, { csv: 1, accounts: 1, createdAt: 1 }).sort({ createdAt: 1 }).lean();
      const naming = pending.filter((p) => p.csv.includes(personId) || (p.accounts ?? '').includes(personId));
      return { 'roster import previews pending': naming.map((p) => ({ createdAt: p.createdAt.toISOString() })) };
    },
    async forget() {
      return (await Previews.deleteMany({})).deletedCount;
    },
    async expire(cutoff) {
      return (await Previews.deleteMany({ createdAt: { $lt: cutoff } })).deletedCount;
    },
  };
}
