/**
 * What the program holds about one person, store by store: each feature (and the program's own stores) contributes
 * one `PersonalData` per collection family it owns, so that a person's export, their forgetting and the retention of
 * free text reach every record without one place knowing every collection.
 */

/** Where the app posted one of its own messages: the channel and ts it recorded. */
export interface MessageLocation {
  readonly channelId: string;
  readonly ts: string;
}

/** What one store holds about a person, by kind of record (plain, JSON-able values: no free text of other people). */
export type Holdings = Readonly<Record<string, readonly unknown[]>>;

export interface PersonalData {
  /**
   * The collections this covers, each with its fields of free text (a person's words: notes, descriptions, goals…),
   * those `forget` and `expire` blank. A test walks every model's text fields against these declarations.
   */
  readonly freeText: Readonly<Record<string, readonly string[]>>;
  /** Fields forgetting removes or replaces besides free text (a name, an e-mail, scores, a parent's contact): retention keeps them. */
  readonly forgotten?: Readonly<Record<string, readonly string[]>>;
  /** Everything held about the person, by kind. */
  holdings(personId: string): Promise<Holdings>;
  /**
   * The app's own Slack messages that carry the person's words still stored (e.g. a request's card). Forgetting deletes
   * them before it erases the words, so a forget that died half-way finds again those it had not deleted.
   */
  messages?(personId: string): Promise<readonly MessageLocation[]>;
  /** Erases the person's free text (and scores), keeping the records the reports count. Idempotent. How many records changed. */
  forget(personId: string): Promise<number>;
  /** Blanks the free text of records dated before `cutoff` (each record by its own date); how many records changed. */
  expire(cutoff: Date): Promise<number>;
}

/** What an erased required text field holds (an optional one is removed). */
export const ERASED_TEXT = '';

/** The name a forgotten person is shown by. */
export function pseudonymOf(n: number): string {
  return `Former participant #${n}`;
}

/** The first instant that is not older than `months` months before `now` (UTC calendar months; clamped to the month's end). */
export function retentionCutoff(now: Date, months: number): Date {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() - months;
  const target = new Date(Date.UTC(year, month, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(now.getUTCDate(), lastDay), now.getUTCHours(), now.getUTCMinutes(), now.getUTCSeconds(), now.getUTCMilliseconds()));
}

/** A program date (YYYY-MM-DD) of an instant, in UTC: for records dated by day. */
export function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** How many records of each kind, for the summary shown before an export or a forget. */
export function countHoldings(all: readonly Holdings[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const holdings of all) for (const [kind, records] of Object.entries(holdings)) if (records.length > 0) counts[kind] = (counts[kind] ?? 0) + records.length;
  return counts;
}
