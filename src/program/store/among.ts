/**
 * A few values are looked up one equality each, at once; more, by one `$in`. FerretDB 1.x passes a filter's top-level
 * equalities on to PostgreSQL (`WHERE _jsonb->'field' @> value`) but not `$in`: a `$in` reads the whole collection
 * into FerretDB and filters it there, about 100 ms a query at 3,600 people, which made a request for help cost
 * seconds. A job that reads many people reads the collection once either way.
 */
export const FEW_VALUES = 24;

/**
 * The documents whose `field` holds one of `values`, by `find(match)` (a value, or `{ $in: values }`), each once
 * (by `_id`), in the order of `sortKeys` (ascending, as the one query would sort them). An empty list finds none.
 */
export async function findAmong<D extends { readonly _id: unknown }>(
  values: readonly string[],
  find: (match: string | { readonly $in: string[] }) => PromiseLike<D[]>,
  sortKeys: readonly NoInfer<keyof D & string>[],
): Promise<D[]> {
  const distinct = [...new Set(values)];
  if (distinct.length === 0) return [];
  if (distinct.length > FEW_VALUES) return find({ $in: distinct });
  const seen = new Set<string>();
  const docs = (await Promise.all(distinct.map((value) => find(value)))).flat().filter((doc) => {
    const id = String(doc._id);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return docs.sort((a, b) => {
    for (const key of sortKeys) {
      const order = compareValues(a[key], b[key]);
      if (order !== 0) return order;
    }
    return 0;
  });
}

/** As MongoDB orders one field's values ascending: missing (and null) first, then numbers, strings, dates. */
function compareValues(a: unknown, b: unknown): number {
  const rank = (v: unknown) => (v === undefined || v === null ? 0 : typeof v === 'number' ? 1 : typeof v === 'string' ? 2 : v instanceof Date ? 3 : 4);
  const [ra, rb] = [rank(a), rank(b)];
  if (ra !== rb) return ra - rb;
  const [x, y] = a instanceof Date && b instanceof Date ? [a.getTime(), b.getTime()] : [a as number | string, b as number | string];
  return x < y ? -1 : x > y ? 1 : 0;
}
