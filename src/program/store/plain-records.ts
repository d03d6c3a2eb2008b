/** Stored documents as plain JSON values (ids as strings, dates as ISO text), for a person's export. */
export function plainRecords(docs: readonly unknown[]): unknown[] {
  return docs.map((doc) => JSON.parse(JSON.stringify(doc)) as unknown);
}
