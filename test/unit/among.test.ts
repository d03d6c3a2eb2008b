import { describe, expect, it } from 'vitest';
import { FEW_VALUES, findAmong } from '../../src/program/store/among.js';

interface Doc {
  readonly _id: string;
  readonly owners: readonly string[];
  readonly at?: Date;
  readonly n: number;
}

const docs: Doc[] = [
  { _id: 'd1', owners: ['A'], at: new Date('2026-10-02'), n: 1 },
  { _id: 'd2', owners: ['B'], at: new Date('2026-10-01'), n: 2 },
  { _id: 'd3', owners: ['A', 'B'], at: new Date('2026-10-01'), n: 1 },
  { _id: 'd4', owners: ['C'], n: 9 },
];

/** A collection that answers a value or a `$in`, and remembers what it was asked. */
function collection() {
  const asked: unknown[] = [];
  const find = async (match: string | { readonly $in: string[] }) => {
    asked.push(match);
    const wanted = typeof match === 'string' ? [match] : match.$in;
    return docs.filter((d) => d.owners.some((o) => wanted.includes(o)));
  };
  return { asked, find };
}

describe('Looking documents up among a list of values (FerretDB passes equalities on to PostgreSQL, not $in)', () => {
  it('asks a few values one equality each, keeps a document found twice once, and sorts as the one query would', async () => {
    const { asked, find } = collection();
    const found = await findAmong<Doc>(['A', 'B', 'C', 'A'], find, ['at', 'n']);
    expect(asked).toEqual(['A', 'B', 'C']);
    // Missing first, then by date, then by n.
    expect(found.map((d) => d._id)).toEqual(['d4', 'd3', 'd2', 'd1']);
  });

  it('asks many values with one $in, and none with no query at all', async () => {
    const { asked, find } = collection();
    const many = Array.from({ length: FEW_VALUES + 1 }, (_, i) => (i === 0 ? 'A' : `X${i}`));
    expect((await findAmong<Doc>(many, find, ['n'])).map((d) => d._id)).toEqual(['d1', 'd3']);
    expect(asked).toEqual([{ $in: many }]);
    expect(await findAmong<Doc>([], find, ['n'])).toEqual([]);
    expect(asked).toHaveLength(1);
  });
});
