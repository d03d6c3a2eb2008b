import { afterEach, expect } from 'vitest';

/**
 * End-to-end tests run offline against local fakes: any HTTP request the app makes off loopback fails the test.
 * (The app's Slack client and respond() both go through global fetch.)
 */
const offLoopback: string[] = [];
const realFetch = globalThis.fetch;
globalThis.fetch = (async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
  const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
    offLoopback.push(url.href);
    throw new Error(`e2e: request off loopback refused: ${url.href}`);
  }
  return realFetch(input, init);
}) as typeof fetch;

afterEach(() => {
  const seen = offLoopback.splice(0);
  expect(seen, 'requests the app made off loopback').toEqual([]);
});
