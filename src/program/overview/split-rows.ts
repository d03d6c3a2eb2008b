/** A long list of rows (mentees, groups) cut into the messages a digest takes: never cut off, continued instead. */
export interface DigestPart<T> {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
  readonly rows: readonly T[];
}

/** Rows per digest message: what one Slack message holds with room to spare (the views' tests prove it). */
export const DIGEST_ROWS_PER_MESSAGE = 30;

export function splitRows<T>(rows: readonly T[], size = DIGEST_ROWS_PER_MESSAGE): DigestPart<T>[] {
  const count = Math.max(1, Math.ceil(rows.length / size));
  return Array.from({ length: count }, (_, i) => ({ index: i + 1, count, rows: rows.slice(i * size, (i + 1) * size) }));
}
