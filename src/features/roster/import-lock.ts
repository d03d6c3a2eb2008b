import { LOCK_LEASE_MS, type ClaimStore } from '../../delivery/ports.js';

/** The claim an import holds while it runs: one import at a time, across app instances and the command line. */
export const IMPORT_LOCK_KEY = 'roster-import';

/** The lock's lease (`LOCK_LEASE_MS`): renewed while the import runs; a minute after its process died, the next import may go. */
export const IMPORT_LOCK_LEASE_MS = LOCK_LEASE_MS;

/** How the lock names an import started from the command line; an import from Slack gives the admin's user id. */
export const COMMAND_LINE = 'command line';

/** An import that holds the lock. */
export interface RunningImport {
  /** When it took the lock (the real clock). */
  readonly since: Date;
  /** Who started it: a Slack user id, or undefined for the command line. */
  readonly by: string | undefined;
}

export type ImportLockClaims = Pick<ClaimStore, 'claim' | 'find' | 'drop' | 'stopped'>;

export type Locked<T> = { readonly ran: true; readonly result: T } | { readonly ran: false; readonly running: RunningImport };

/** Tries to take a lock that is let go between our claim and our look at it: it is then free, so another try wins or finds the next holder. */
const TRIES = 3;

/**
 * Runs `work` holding the import lock, or reports the import that holds it. The claim store renews the lease while
 * the work runs, so a long import keeps it; if the process dies, the lease lapses (`IMPORT_LOCK_LEASE_MS`) and the
 * next import may go. The lock is let go however the work ends.
 */
export async function withImportLock<T>(claims: ImportLockClaims, by: string | undefined, work: () => Promise<T>): Promise<Locked<T>> {
  for (let attempt = 1; ; attempt += 1) {
    const lease = await claims.claim(IMPORT_LOCK_KEY, { leaseMs: IMPORT_LOCK_LEASE_MS, holder: { by: by ?? COMMAND_LINE } });
    if (lease !== undefined) {
      try {
        return { ran: true, result: await work() };
      } finally {
        await claims.drop(lease);
      }
    }
    // Shutting down, the store takes no claim: that is not another import running.
    if (claims.stopped()) throw new Error('the app is stopping, so the roster import did not start');
    const held = await claims.find(IMPORT_LOCK_KEY);
    if (held !== undefined) {
      const holder = held.holder['by'];
      return { ran: false, running: { since: held.claimedAt, by: holder === COMMAND_LINE ? undefined : holder } };
    }
    if (attempt >= TRIES) throw new Error(`the roster import lock could not be taken nor found after ${TRIES} tries`);
  }
}
