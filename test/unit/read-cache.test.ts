import { describe, expect, it } from 'vitest';
import { createReadCache } from '../../src/program/read-cache.js';
import type { ProgramStores } from '../../src/program/store/create-stores.js';
import { watchWrites } from '../../src/program/store/watch-writes.js';

const at = (seconds: number) => new Date(Date.UTC(2026, 9, 5, 15, 0, seconds));

describe('A cache of read models (Home’s, a mentor’s roster)', () => {
  it('keeps an entry for its life after the `now` it was built for, not before it nor after', () => {
    const cache = createReadCache({ ttlMs: 60_000 });
    cache.set('k', 'digest', at(0), cache.version());
    expect(cache.get('k', at(0))).toBe('digest');
    expect(cache.get('k', at(59))).toBe('digest');
    expect(cache.get('k', at(60))).toBeUndefined();
    cache.set('k', 'digest', at(10), cache.version());
    expect(cache.get('k', at(9))).toBeUndefined();
  });

  it('drops everything when the program changes, and keeps nothing built from reads begun before the change', () => {
    const cache = createReadCache();
    cache.set('a', 1, at(0), cache.version());
    const before = cache.version();
    cache.drop();
    expect(cache.get('a', at(1))).toBeUndefined();
    cache.set('b', 2, at(1), before);
    expect(cache.get('b', at(1))).toBeUndefined();
    cache.set('b', 2, at(1), cache.version());
    expect(cache.get('b', at(1))).toBe(2);
  });

  it('holds at most its number of entries, the oldest going first', () => {
    const cache = createReadCache({ maxEntries: 2 });
    for (const key of ['a', 'b', 'c']) cache.set(key, key, at(0), cache.version());
    expect(['a', 'b', 'c'].map((key) => cache.get(key, at(1)))).toEqual([undefined, 'b', 'c']);
  });

  it('reads through: a value kept is not read again, one read while the program changed is not kept', async () => {
    const cache = createReadCache({ ttlMs: 30_000 });
    let reads = 0;
    const load = async () => {
      reads += 1;
      return `groups ${reads}`;
    };
    expect(await cache.through('mentor', at(0), load)).toBe('groups 1');
    expect(await cache.through('mentor', at(29), load)).toBe('groups 1');
    expect(await cache.through('mentor', at(30), load)).toBe('groups 2');
    const changing = async () => {
      cache.drop();
      return 'read during a change';
    };
    expect(await cache.through('other', at(31), changing)).toBe('read during a change');
    expect(await cache.through('other', at(31), load)).toBe('groups 3');
  });

  it('reads once for callers asking while a read is under way, and afresh after a change', async () => {
    const cache = createReadCache({ ttlMs: 30_000 });
    const finishes: (() => void)[] = [];
    const load = () => {
      const n = finishes.length + 1;
      return new Promise<string>((resolve) => finishes.push(() => resolve(`groups ${n}`)));
    };
    const asked = [cache.through('mentor', at(0), load), cache.through('mentor', at(1), load)];
    expect(finishes).toHaveLength(1);
    // A roster write while the first read is under way: the next caller reads afresh, and the first read is not kept.
    cache.drop();
    const afterChange = cache.through('mentor', at(2), load);
    expect(finishes).toHaveLength(2);
    finishes.forEach((finish) => finish());
    expect(await Promise.all(asked)).toEqual(['groups 1', 'groups 1']);
    expect(await afterChange).toBe('groups 2');
    expect(await cache.through('mentor', at(3), load)).toBe('groups 2');
    expect(finishes).toHaveLength(2);
  });

  it('keeps nothing with no life at all', () => {
    const cache = createReadCache({ ttlMs: 0 });
    cache.set('a', 1, at(0), cache.version());
    expect(cache.get('a', at(0))).toBeUndefined();
  });
});

describe('watching the program’s stores for writes', () => {
  it('tells after each write has settled, failed ones too, and never after a read', async () => {
    const calls: string[] = [];
    const store = (name: string) => ({
      findPeople: async () => calls.push(`${name}.find`),
      countPending: async () => calls.push(`${name}.count`),
      savePeople: async () => calls.push(`${name}.save`),
      markUndone: async () => {
        calls.push(`${name}.undo`);
        throw new Error('lost');
      },
    });
    const stores = { roster: store('roster'), contacts: store('contacts'), requests: store('requests'), away: store('away'), pulses: store('pulses'), switches: store('switches'), claims: store('claims') };
    const watched = watchWrites(stores as unknown as ProgramStores & { claims: ReturnType<typeof store> }, (name) => calls.push(`changed ${name}`));
    await (watched.roster as unknown as ReturnType<typeof store>).findPeople();
    await (watched.switches as unknown as ReturnType<typeof store>).countPending();
    expect(calls).toEqual(['roster.find', 'switches.count']);
    await (watched.roster as unknown as ReturnType<typeof store>).savePeople();
    await expect((watched.contacts as unknown as ReturnType<typeof store>).markUndone()).rejects.toThrow('lost');
    expect(calls.slice(2)).toEqual(['roster.save', 'changed roster', 'contacts.undo', 'changed contacts']);
    // What is not one of the program's stores is passed through as it is.
    expect(watched.claims).toBe(stores.claims);
  });
});
