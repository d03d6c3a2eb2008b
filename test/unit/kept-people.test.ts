import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RosterStore } from '../../src/program/ports.js';
import type { Person } from '../../src/program/roster.js';
import { ROSTER_READ_TTL_MS } from '../../src/program/read-cache.js';
import { FEW_VALUES } from '../../src/program/store/among.js';
import { keepPeople } from '../../src/program/store/kept-people.js';

const person = (id: string, name = id): Person => ({ id, name, roles: ['mentee'], active: true }) as unknown as Person;

/** A roster of people by id that records which ids each findPeople asked for (answering as it was when asked). */
const recordingRoster = (people: Map<string, Person>) => {
  const asked: (readonly string[] | undefined)[] = [];
  let hold: Promise<void> | undefined;
  const roster = {
    async findPeople(ids?: readonly string[]) {
      asked.push(ids);
      const found = (ids ?? [...people.keys()]).flatMap((id) => (people.has(id) ? [people.get(id)!] : []));
      if (hold) await hold;
      return found;
    },
    async countCurrentMembers() {
      return people.size;
    },
  } as unknown as RosterStore;
  return { roster, asked, holdNext: (until: Promise<void>) => (hold = until), release: () => (hold = undefined) };
};

describe('people kept briefly for every feature', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-10-05T15:00:00Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads each person once within the TTL, answers in the order asked, and asks only for those not kept', async () => {
    const people = new Map(['U1', 'U2', 'U3'].map((id) => [id, person(id)]));
    const { roster, asked } = recordingRoster(people);
    const kept = keepPeople(roster);
    expect((await kept.roster.findPeople(['U2', 'U1'])).map((p) => p.id)).toEqual(['U2', 'U1']);
    expect((await kept.roster.findPeople(['U3', 'U1', 'U2', 'U9'])).map((p) => p.id)).toEqual(['U3', 'U1', 'U2']);
    expect(asked).toEqual([['U2', 'U1'], ['U3', 'U9']]);
    // Someone who was not there is asked for again, and everyone past the TTL.
    vi.advanceTimersByTime(ROSTER_READ_TTL_MS);
    await kept.roster.findPeople(['U1', 'U9']);
    expect(asked.at(-1)).toEqual(['U1', 'U9']);
    // The store's other methods are its own.
    expect(await kept.roster.countCurrentMembers()).toBe(3);
  });

  it('shows a change at once after drop (a roster write in this instance), and keeps nothing read across it', async () => {
    const people = new Map([['U1', person('U1', 'Ada')]]);
    const { roster, asked, holdNext, release } = recordingRoster(people);
    const kept = keepPeople(roster);
    await kept.roster.findPeople(['U1']);
    people.set('U1', person('U1', 'Ada Lovelace'));
    kept.drop();
    let reads!: () => void;
    holdNext(new Promise((resolve) => (reads = resolve)));
    const during = kept.roster.findPeople(['U1']);
    people.set('U1', person('U1', 'A. L.'));
    kept.drop();
    release();
    reads();
    expect((await during)[0]!.name).toBe('Ada Lovelace');
    expect((await kept.roster.findPeople(['U1']))[0]!.name).toBe('A. L.');
    expect(asked).toHaveLength(3);
  });

  it('reads everyone, and many people at once (a job’s), from the store every time', async () => {
    const ids = Array.from({ length: FEW_VALUES + 1 }, (_, i) => `U${i}`);
    const { roster, asked } = recordingRoster(new Map(ids.map((id) => [id, person(id)])));
    const kept = keepPeople(roster);
    await kept.roster.findPeople(ids);
    await kept.roster.findPeople(ids);
    await kept.roster.findPeople();
    await kept.roster.findPeople();
    expect(asked).toEqual([ids, ids, undefined, undefined]);
  });
});
