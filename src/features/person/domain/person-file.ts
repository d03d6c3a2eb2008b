import { countHoldings, type Holdings } from '../../../program/personal-data.js';

/** A person's record as one JSON file. */
export interface PersonFile {
  readonly filename: string;
  readonly json: string;
  /** Records by kind (kinds with none left out). */
  readonly counts: Readonly<Record<string, number>>;
}

/** Everything held about the person, kind by kind, in one JSON document named after them and the day. */
export function buildPersonFile(personId: string, holdings: readonly Holdings[], now: Date): PersonFile {
  const records: Record<string, unknown[]> = {};
  for (const held of holdings) for (const [kind, list] of Object.entries(held)) records[kind] = [...(records[kind] ?? []), ...list];
  const json = JSON.stringify({ person: personId, exportedAt: now.toISOString(), records }, null, 2);
  return { filename: `person-${personId}-${now.toISOString().slice(0, 10)}.json`, json: `${json}\n`, counts: countHoldings(holdings) };
}
