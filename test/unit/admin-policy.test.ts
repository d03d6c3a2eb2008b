import { describe, expect, it } from 'vitest';
import { createAdminPolicy } from '../../src/program/policy.js';
import type { Person } from '../../src/program/roster.js';

const person = (id: string, roles: Person['roles'], active = true): Person => ({ id, name: id, email: `${id.toLowerCase()}@school.edu`, roles, active, timezone: undefined, year: undefined, mdphd: false });

/** A roster of three: an active roster admin, a former one, and a mentee. */
const PEOPLE = [person('UROSTER1', ['faculty', 'admin']), person('UFORMER1', ['admin'], false), person('UMENTEE1', ['mentee'])];
const roster = {
  findPeople: async (ids?: readonly string[]) => PEOPLE.filter((p) => ids === undefined || ids.includes(p.id)),
  findPeopleWithRole: async (role: Person['roles'][number]) => PEOPLE.filter((p) => p.active && p.roles.includes(role)),
};

describe('the admin policy', () => {
  const policy = createAdminPolicy(['UCONFIG1'], roster);

  it('counts configured admins and active roster admins, and no one else', async () => {
    expect(await policy.isAdmin('UCONFIG1')).toBe(true);
    expect(await policy.isAdmin('UROSTER1')).toBe(true);
    expect(await policy.isAdmin('UFORMER1')).toBe(false);
    expect(await policy.isAdmin('UMENTEE1')).toBe(false);
    expect(await policy.isAdmin('UNOBODY1')).toBe(false);
  });

  it('names configured admins first, then roster admins, once each, for refusals that say whom to contact', async () => {
    expect(await policy.adminIds()).toEqual(['UCONFIG1', 'UROSTER1']);
    expect(await createAdminPolicy(['UROSTER1'], roster).adminIds()).toEqual(['UROSTER1']);
  });

  it('applies the same rule to people already read', () => {
    expect(PEOPLE.map((p) => policy.holdsAdmin(p.id, p))).toEqual([true, false, false]);
    expect(policy.holdsAdmin('UCONFIG1', undefined)).toBe(true);
    expect(policy.holdsAdmin('UNOBODY1', undefined)).toBe(false);
    expect(policy.adminIdsAmong(PEOPLE)).toEqual(['UCONFIG1', 'UROSTER1']);
  });
});
