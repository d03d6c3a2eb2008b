import type { Connection, Types } from 'mongoose';
import { membershipOpenKey } from './roster.model.js';

interface StoredMembership {
  _id: Types.ObjectId;
  groupId: string;
  personId: string;
  role: string;
  from: Date;
  to: Date | null;
  openKey?: string;
}

export interface OpenKeyBackfill {
  /** Memberships that got their `openKey`. */
  readonly keyed: number;
  /** Open duplicates closed (a person held the same open membership twice). */
  readonly closed: number;
}

/**
 * Gives memberships stored before `openKey` existed their key, so that its unique index can be built: a closed one its
 * own id; an open one `<person>:<group>:<role>`. Where an older database holds the same membership open twice (two
 * imports raced), the oldest stays open and the others are closed at their own start: the oldest covered that span.
 * Run at start-up, before the models (and so the index) are built. Idempotent: its writes depend only on what is
 * stored, so a second run, or two instances starting together, write the same thing.
 */
export async function backfillOpenKeys(connection: Connection): Promise<OpenKeyBackfill> {
  // The driver's collection, not the model: compiling the model would start building the unique index.
  const memberships = connection.db!.collection<StoredMembership>('memberships');
  const missing = await memberships.find({ openKey: { $exists: false } }).toArray();
  if (missing.length === 0) return { keyed: 0, closed: 0 };

  const open = missing.filter((m) => m.to === null || m.to === undefined);
  const keys = [...new Set(open.map(membershipOpenKey))];
  const alreadyKeyed = keys.length === 0 ? [] : await memberships.find({ openKey: { $in: keys } }).toArray();
  const byKey = new Map<string, StoredMembership[]>();
  for (const m of [...alreadyKeyed, ...open]) byKey.set(membershipOpenKey(m), [...(byKey.get(membershipOpenKey(m)) ?? []), m]);

  const ownId = (m: StoredMembership) => ({ updateOne: { filter: { _id: m._id }, update: { $set: { openKey: String(m._id) } } } });
  const duplicates: StoredMembership[] = [];
  const keepers: StoredMembership[] = [];
  for (const [key, copies] of byKey) {
    const keeper = copies.find((m) => m.openKey === key) ?? oldestOf(copies);
    if (keeper.openKey === undefined) keepers.push(keeper);
    duplicates.push(...copies.filter((m) => m !== keeper && m.openKey === undefined));
  }
  // Closed ones and duplicates first: their keys are unique, and a duplicate must not hold the open key.
  const first = [
    ...missing.filter((m) => m.to !== null && m.to !== undefined).map(ownId),
    ...duplicates.map((m) => ({ updateOne: { filter: { _id: m._id }, update: { $set: { to: m.from, openKey: String(m._id) } } } })),
  ];
  if (first.length > 0) await memberships.bulkWrite(first, { ordered: false });
  if (keepers.length > 0) {
    await memberships.bulkWrite(
      keepers.map((m) => ({ updateOne: { filter: { _id: m._id }, update: { $set: { openKey: membershipOpenKey(m) } } } })),
      { ordered: false },
    );
  }
  return { keyed: missing.length, closed: duplicates.length };
}

function oldestOf(copies: readonly StoredMembership[]): StoredMembership {
  return [...copies].sort((a, b) => a.from.getTime() - b.from.getTime() || a._id.toHexString().localeCompare(b._id.toHexString()))[0]!;
}
