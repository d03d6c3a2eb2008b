import { Types, type Connection } from 'mongoose';
import type { PreviewStore } from '../ports.js';
import { previewModel } from './preview.model.js';

/** `roster_previews`: one document per preview, deleted when applied, abandoned with Back, or a day old. */
export function createPreviewRepository(connection: Connection): PreviewStore {
  const Previews = previewModel(connection);
  return {
    async save(preview) {
      const doc = await Previews.create(preview);
      return String(doc._id);
    },
    async take(id, by) {
      if (!Types.ObjectId.isValid(id)) return undefined;
      const doc = await Previews.findOneAndDelete({ _id: new Types.ObjectId(id), by }).lean();
      if (doc === null) return undefined;
      return { id, by: doc.by, csv: doc.csv, pasted: doc.pasted, prune: doc.prune, fingerprint: doc.fingerprint, createdAt: doc.createdAt };
    },
    async dropMadeBefore(before) {
      await Previews.deleteMany({ createdAt: { $lt: before } });
    },
  };
}
