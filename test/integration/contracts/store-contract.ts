import { afterEach, beforeEach } from 'vitest';

/** One implementation of a store port, empty, and how to let it go when the test is over. */
export interface StoreUnderTest<S> {
  readonly store: S;
  close(): Promise<void>;
}

/** Makes an empty store: a contract suite calls it once per test. */
export type MakeStore<S> = () => Promise<StoreUnderTest<S>>;

/** Gives every test of a contract suite a store of its own, so that whole-store queries see only what the test wrote. */
export function freshStorePerTest<S>(makeStore: MakeStore<S>): () => S {
  let current: StoreUnderTest<S> | undefined;
  beforeEach(async () => {
    current = await makeStore();
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return () => {
    if (current === undefined) throw new Error('the store is made before each test');
    return current.store;
  };
}
