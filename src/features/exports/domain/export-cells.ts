import type { Person } from '../../../program/roster.js';

/** A person's name for a cell: empty when the roster does not know them, no cell when there is no one. */
export const nameOf = (people: ReadonlyMap<string, Person>, id: string | undefined) => (id === undefined ? undefined : (people.get(id)?.name ?? ''));

/** An instant for a cell, in ISO 8601 (UTC). */
export const iso = (at: Date | undefined) => at?.toISOString();
