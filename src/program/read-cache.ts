/**
 * Read models kept briefly in this instance: Home's faculty and admin sections (a cohort's or the whole program's
 * digest, read in bulk), a mentor's roster for check-ins. An entry lives `ttlMs` after the `now` it was built for,
 * and every entry is dropped when what it was read from changes in this instance (`drop`: its owner listens to the
 * writes through the features' stores). Writes made by another app instance are not seen here: the short life of
 * an entry bounds how stale it can be there.
 */
export interface ReadCache {
  /** The version to build an entry under: read it before the reads the entry is built from. */
  version(): number;
  /** The value kept under `key`, if it was built less than the entry's life before `now` and nothing changed since. */
  get<T>(key: string, now: Date): T | undefined;
  /** Keeps `value` under `key`, unless the program changed since `version` was read (it may hold what was before). */
  set(key: string, value: unknown, now: Date, version: number): void;
  /**
   * The value kept under `key`, else what `load` reads, kept under it (as `set` keeps it). Asked again while that read
   * is under way (a burst of check-ins by one mentor), it waits for the same read: the store is read once.
   */
  through<T>(key: string, now: Date, load: () => Promise<T>): Promise<T>;
  /** Something the entries were read from may have changed: every entry goes. */
  drop(): void;
}

/** How long an entry lives by default: a minute, so that an admin opening Home again and again reads the program once. */
export const READ_CACHE_TTL_MS = 60_000;
/**
 * How long a person's own roster read (a mentor's groups for check-ins, a mentee's for the request form) is kept
 * when nothing changes the roster in this instance: a burst of check-ins reads it once, and a change made by another
 * instance shows within this.
 */
export const ROSTER_READ_TTL_MS = 30_000;
/** Entries kept at most by default (a Home per faculty mentor and admin, a section per cohort and zone); past it, the oldest go first. */
export const READ_CACHE_MAX_ENTRIES = 5_000;

export function createReadCache(options: { readonly ttlMs?: number; readonly maxEntries?: number } = {}): ReadCache {
  const ttlMs = options.ttlMs ?? READ_CACHE_TTL_MS;
  const maxEntries = options.maxEntries ?? READ_CACHE_MAX_ENTRIES;
  let version = 0;
  // A Map iterates in insertion order: the first keys are the oldest entries.
  const entries = new Map<string, { readonly value: unknown; readonly at: number }>();
  // Reads under way through `through`, by key, with the version they began under.
  const reading = new Map<string, { readonly version: number; readonly value: Promise<unknown> }>();
  const cache: ReadCache = {
    version: () => version,
    get<T>(key: string, now: Date): T | undefined {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      const age = now.getTime() - entry.at;
      // An entry built for a later `now` than asked (a job run as of an earlier time) is not used either.
      if (age >= 0 && age < ttlMs) return entry.value as T;
      entries.delete(key);
      return undefined;
    },
    set(key, value, now, built) {
      if (built !== version || ttlMs <= 0) return;
      entries.delete(key);
      entries.set(key, { value, at: now.getTime() });
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries) break;
        entries.delete(oldest);
      }
    },
    async through<T>(key: string, now: Date, load: () => Promise<T>): Promise<T> {
      const kept = cache.get<T>(key, now);
      if (kept !== undefined) return kept;
      const under = reading.get(key);
      if (under !== undefined && under.version === version) return under.value as Promise<T>;
      const built = version;
      const value = load();
      reading.set(key, { version: built, value });
      try {
        const read = await value;
        cache.set(key, read, now, built);
        return read;
      } finally {
        if (reading.get(key)?.value === value) reading.delete(key);
      }
    },
    drop() {
      version += 1;
      entries.clear();
    },
  };
  return cache;
}
