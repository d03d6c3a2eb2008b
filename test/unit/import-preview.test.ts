import { describe, expect, it } from 'vitest';
import { buildImportPreview, planFingerprint, PREVIEW_LIST_MAX, type ImportPreview, type PreviewKind } from '../../src/features/roster/domain/import-preview.js';
import type { RosterPlan } from '../../src/features/roster/domain/plan-roster-import.js';
import type { Person } from '../../src/program/roster.js';

const person = (id: string, overrides: Partial<Person> = {}): Person => ({
  id,
  name: `Person ${id}`,
  email: undefined,
  roles: ['mentee'],
  year: 1,
  mdphd: false,
  timezone: undefined,
  active: true,
  ...overrides,
});

type Plan = Pick<RosterPlan, 'people' | 'groups' | 'memberships'>;
const plan = (overrides: { people?: Partial<Plan['people']>; memberships?: Partial<Plan['memberships']>; groups?: Partial<Plan['groups']> } = {}): Plan => ({
  people: { create: [], update: [], unchanged: [], deactivate: [], ...overrides.people },
  groups: { create: [], changed: [], activate: [], deactivate: [], ...overrides.groups },
  memberships: { open: [], close: [], ...overrides.memberships },
});

const section = (preview: ImportPreview, kind: PreviewKind) => preview.sections.find((s) => s.kind === kind)!;

describe('the import preview', () => {
  it('counts people to add, change and deactivate, naming each and what changes (never the values)', () => {
    const stored = [person('U1', { name: 'Ada Lovelace' }), person('U2', { name: 'Sam Rivera', year: 1 }), person('U3', { name: 'Old Timer' })];
    const preview = buildImportPreview(
      plan({ people: { create: [person('U9', { name: 'New Person' })], update: [person('U2', { name: 'Sam Rivera', year: 2, timezone: 'America/Chicago' })], unchanged: [stored[0]!], deactivate: [{ ...stored[2]!, active: false }] } }),
      stored,
    );
    expect(preview.sections.map((s) => [s.kind, s.count])).toEqual([
      ['add', 1],
      ['change', 1],
      ['deactivate', 1],
      ['open', 0],
      ['move', 0],
      ['end', 0],
    ]);
    expect(section(preview, 'add').lines).toEqual([{ name: 'New Person', detail: undefined }]);
    expect(section(preview, 'change').lines).toEqual([{ name: 'Sam Rivera', detail: 'year, time zone' }]);
    expect(section(preview, 'deactivate').lines).toEqual([{ name: 'Old Timer', detail: undefined }]);
  });

  it('tells a move (closed in one group, opened in another, same role) from an opening and an ending', () => {
    const stored = [person('U1', { name: 'Ada' }), person('U2', { name: 'Pat', roles: ['peer_mentor'], year: 4 }), person('U3', { name: 'Bo' })];
    const preview = buildImportPreview(
      plan({
        memberships: {
          open: [
            { groupName: 'Green-Adeyemi', personId: 'U1', role: 'mentee' },
            { groupName: 'Blue-Okafor', personId: 'U3', role: 'mentee' },
          ],
          close: [
            { groupId: 'G1', groupName: 'Blue-Okafor', personId: 'U1', role: 'mentee' },
            { groupId: 'G1', groupName: 'Blue-Okafor', personId: 'U2', role: 'peer_mentor' },
          ],
        },
      }),
      stored,
    );
    expect(section(preview, 'move').lines).toEqual([{ name: 'Ada', detail: 'Blue-Okafor → Green-Adeyemi, mentee' }]);
    expect(section(preview, 'open').lines).toEqual([{ name: 'Bo', detail: 'Blue-Okafor, mentee' }]);
    expect(section(preview, 'end').lines).toEqual([{ name: 'Pat', detail: 'Blue-Okafor, peer mentor' }]);
  });

  it('lists the first 20 of a kind by name and counts them all', () => {
    const many = Array.from({ length: 45 }, (_, i) => person(`U${i}`, { name: `Mentee ${String(i).padStart(2, '0')}` }));
    const preview = buildImportPreview(plan({ people: { create: [...many].reverse() } }), []);
    expect(section(preview, 'add').count).toBe(45);
    expect(section(preview, 'add').lines).toHaveLength(PREVIEW_LIST_MAX);
    expect(section(preview, 'add').lines.map((l) => l.name)).toEqual(many.slice(0, 20).map((p) => p.name));
  });

  it('gives two plans that write the same the same fingerprint, in any order, and a different one when anything written differs', () => {
    const a = plan({ people: { create: [person('U1'), person('U2')] }, memberships: { open: [{ groupName: 'Blue', personId: 'U1', role: 'mentee' }, { groupName: 'Blue', personId: 'U2', role: 'mentee' }] } });
    const reordered = plan({ people: { create: [person('U2'), person('U1')] }, memberships: { open: [{ groupName: 'Blue', personId: 'U2', role: 'mentee' }, { groupName: 'Blue', personId: 'U1', role: 'mentee' }] } });
    expect(planFingerprint(reordered)).toBe(planFingerprint(a));
    // The unchanged people and the groups merely "changed" are not written: they do not count.
    expect(planFingerprint({ ...a, people: { ...a.people, unchanged: [person('U7')] } })).toBe(planFingerprint(a));
    expect(planFingerprint(plan({ people: { create: [person('U1'), person('U2', { year: 2 })] }, memberships: a.memberships }))).not.toBe(planFingerprint(a));
    expect(planFingerprint(plan({ people: a.people, memberships: { open: [{ groupName: 'Blue', personId: 'U1', role: 'mentee' }] } }))).not.toBe(planFingerprint(a));
  });
});
