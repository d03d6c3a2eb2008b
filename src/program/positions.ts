/**
 * Lists grouped by key once, keeping their order: what makes work "for each of these people" cost what those people
 * have, rather than the whole list each time (digests by group, check-in prompts by mentor).
 */

/** Where the items of a list are, by key, in the list's order. */
export type Positions = ReadonlyMap<string, readonly number[]>;

export function positionsBy<T>(items: readonly T[], keyOf: (item: T) => string, keep: (item: T) => boolean = () => true): Map<string, number[]> {
  const out = new Map<string, number[]>();
  items.forEach((item, i) => {
    if (!keep(item)) return;
    const key = keyOf(item);
    const list = out.get(key);
    if (list === undefined) out.set(key, [i]);
    else list.push(i);
  });
  return out;
}

/** The same for items under several keys each (a group contact, under each of its mentees). */
export function positionsByEach<T>(items: readonly T[], keysOf: (item: T) => Iterable<string>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  items.forEach((item, i) => {
    for (const key of new Set(keysOf(item))) {
      const list = out.get(key);
      if (list === undefined) out.set(key, [i]);
      else list.push(i);
    }
  });
  return out;
}

/** The items under these keys, each once, in the list's order (as filtering the list by key would give them). */
export function pickInOrder<T>(items: readonly T[], positions: Positions, keys: Iterable<string>): T[] {
  const at: number[] = [];
  for (const key of new Set(keys)) for (const i of positions.get(key) ?? []) at.push(i);
  at.sort((a, b) => a - b);
  return at.filter((i, n) => n === 0 || at[n - 1] !== i).map((i) => items[i]!);
}
