import { expect } from 'vitest';
import type { ClaimStore } from '../../src/delivery/ports.js';

/**
 * Runs a job again and again (every 100 ms, up to `timeoutMs`) until `sent(summary)` says the postponed delivery `key`
 * went out, and proves that no run ending before the claim's retry time (Slack's Retry-After, on the real clock)
 * sent it. Polls rather than sleeping a fixed time. Returns the summary of the run that sent it. For apps whose claims'
 * clock reads real time (a test that moves the harness's clock on should move it past the retry time instead).
 */
export async function runUntilRetried<S>(claims: ClaimStore, key: string, run: () => Promise<S>, sent: (summary: S) => boolean, timeoutMs = 5_000): Promise<S> {
  const claim = await claims.find(key);
  expect(claim, `a claim for ${key}`).toMatchObject({ state: 'pending' });
  const retryAt = claim!.availableAt.getTime();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const summary = await run();
    const endedAt = Date.now();
    if (sent(summary)) {
      expect(endedAt, `${key} was sent before its retry time`).toBeGreaterThanOrEqual(retryAt);
      return summary;
    }
    if (endedAt > deadline) throw new Error(`${key} was not retried within ${timeoutMs} ms (claim: ${JSON.stringify(await claims.find(key))})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
