import type { Person } from './roster.js';

/** A person's name for an export's cell: empty when the roster does not know them, no cell when there is no one. */
export const nameOf = (people: ReadonlyMap<string, Person>, id: string | undefined) => (id === undefined ? undefined : (people.get(id)?.name ?? ''));

/** An instant for an export's cell, in ISO 8601 (UTC). */
export const iso = (at: Date | undefined) => at?.toISOString();
