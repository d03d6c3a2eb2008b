import { Types, type Connection } from 'mongoose';
import type { LookedUp, PreviewStore } from '../ports.js';
import type { SlackAccount } from '../../../program/ports.js';

type Pairs = [string, SlackAccount | null][];
const pairsOf = (map: ReadonlyMap<string, SlackAccount | undefined>): Pairs => [...map].map(([k, a]) => [k, a ?? null]);
const mapOf = (pairs: Pairs) => new Map(pairs.map(([k, a]) => [k, a ?? undefined]));

function fromAccounts(accounts: LookedUp): string {
  return JSON.stringify({ byEmail: pairsOf(accounts.byEmail), byId: pairsOf(accounts.byId) });
}

/** Slack's answers kept with a preview; undefined (ask again) when they cannot be read. */
function toAccounts(json: string): LookedUp | undefined {
  try {
    const parsed = JSON.parse(json) as { byEmail: Pairs; byId: Pairs };
    return { byEmail: mapOf(parsed.byEmail), byId: mapOf(parsed.byId) };
  } catch {
    return undefined;
  }
}
import { previewModel } from './preview.model.js';

/** `roster_previews`: one document per preview, deleted when applied, abandoned with Back, or a day old. */
export function createPreviewRepository(connection: Connection): PreviewStore {
  const Previews = previewModel(connection);
  return {
    async save({ accounts, ...preview }) {
      const doc = await Previews.create({ ...preview, ...(accounts === undefined ? {} : { accounts: fromAccounts(accounts) }) });
      return String(doc._id);
    },
    async take(id, by) {
      if (!Types.ObjectId.isValid(id)) return undefined;
      const doc = await Previews.findOneAndDelete({ _id: new Types.ObjectId(id), by }).lean();
      if (doc === null) return undefined;
      const accounts = doc.accounts === undefined ? undefined : toAccounts(doc.accounts);
      return { id, by: doc.by, csv: doc.csv, pasted: doc.pasted, prune: doc.prune, fingerprint: doc.fingerprint, createdAt: doc.createdAt, ...(accounts === undefined ? {} : { accounts }) };
    },
    async dropMadeBefore(before) {
      await Previews.deleteMany({ createdAt: { $lt: before } });
    },
  };
}
