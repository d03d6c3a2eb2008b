/** The "real" clock claims measure leases by, in tests: real time plus however far a test has moved it on. */
export interface TestClock {
  (): Date;
  /** Moves the clock on, e.g. past a lease, without waiting. */
  advance(ms: number): void;
}

export function createTestClock(): TestClock {
  let offsetMs = 0;
  const clock = (() => new Date(Date.now() + offsetMs)) as TestClock;
  clock.advance = (ms: number) => {
    offsetMs += ms;
  };
  return clock;
}
