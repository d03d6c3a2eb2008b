/** MongoDB's duplicate-key error (E11000): a unique index refused a second copy. */
export function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}

/**
 * True when every write a bulk insert could not make was refused as a duplicate key (the rest went through); a
 * single-document write's duplicate-key error counts too.
 */
export function isOnlyDuplicateKeys(error: unknown): boolean {
  const writeErrors = typeof error === 'object' && error !== null ? (error as { writeErrors?: unknown }).writeErrors : undefined;
  if (writeErrors === undefined) return isDuplicateKey(error);
  const each = Array.isArray(writeErrors) ? writeErrors : [writeErrors];
  return each.length > 0 && each.every(isDuplicateKey);
}

/** Tries of a racing bulk upsert: each makes progress (what lost is there on the next), so a few are enough. */
const UPSERT_TRIES = 5;

/**
 * Runs a bulk upsert, again if it lost a race: callers upserting the same new keys at once all try to insert, and
 * the losers get a duplicate-key error (MongoDB retries some of these itself, FerretDB does not). On the next try
 * those documents exist, so the write replaces or updates them.
 */
export async function upsertRacing<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await write();
    } catch (error) {
      if (!isDuplicateKey(error) || attempt >= UPSERT_TRIES) throw error;
    }
  }
}
