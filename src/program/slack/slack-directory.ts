import { WebAPIPlatformError, type WebClient } from '@slack/web-api';

import type { SlackAccount, SlackDirectory } from '../ports.js';

/** How many look-ups are in flight at once: users.lookupByEmail is Tier 3 (about 50 a minute, with bursts). */
const DEFAULT_CONCURRENCY = 4;

/** Slack's answers that mean "no such person" (anything else is a real failure). */
const NOT_FOUND = new Set(['users_not_found', 'user_not_found', 'user_not_visible']);

interface SlackUser {
  id?: string;
  tz?: string;
  deleted?: boolean;
  is_bot?: boolean;
}

/**
 * The Slack directory over the Web API. Rate limits are the client's to honour: on HTTP 429 it pauses for
 * Retry-After and retries; a look-up that still fails rejects the whole batch (the import then changes nothing).
 */
export function createSlackDirectory(client: WebClient, concurrency = DEFAULT_CONCURRENCY): SlackDirectory {
  const ask = async (call: () => Promise<{ user?: SlackUser }>): Promise<SlackAccount | undefined> => {
    try {
      const { user } = await call();
      if (user?.id === undefined) return undefined;
      return { id: user.id, timezone: user.tz, deleted: user.deleted === true, isBot: user.is_bot === true };
    } catch (error) {
      if (error instanceof WebAPIPlatformError && NOT_FOUND.has(error.data.error)) return undefined;
      throw error;
    }
  };
  return {
    async findByEmails(emails) {
      return mapLimited(emails, concurrency, (email) => ask(() => client.users.lookupByEmail({ email })));
    },
    async findByIds(ids) {
      return mapLimited(ids, concurrency, (user) => ask(() => client.users.info({ user })));
    },
  };
}

/** Runs `work` over `keys` with at most `limit` in flight; the answers by key. */
async function mapLimited<T>(keys: readonly string[], limit: number, work: (key: string) => Promise<T>): Promise<Map<string, T>> {
  const out = new Map<string, T>();
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (next < keys.length && !failed) {
      const key = keys[next]!;
      next += 1;
      try {
        out.set(key, await work(key));
      } catch (error) {
        // Stop the other workers too: the batch has failed.
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, keys.length) }, worker));
  return out;
}
