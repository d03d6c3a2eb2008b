import { describe, expect, it } from 'vitest';
import type { ZoneCheck } from '../../../src/features/nudges/domain/zone-refresh.js';
import type { ZoneCheckStore } from '../../../src/features/nudges/ports.js';
import { freshStorePerTest, type MakeStore } from './store-contract.js';

const monday = new Date('2026-09-07T08:00:00Z');
const nextMonday = new Date('2026-09-14T08:00:00Z');
const byPerson = (checks: readonly ZoneCheck[]) => [...checks].sort((a, b) => a.personId.localeCompare(b.personId));

/** The ZoneCheckStore contract: when each person's time zone was last asked of Slack, and what it said. */
export function describeZoneCheckStoreContract(name: string, makeStore: MakeStore<ZoneCheckStore>): void {
  describe(`${name} (ZoneCheckStore contract)`, () => {
    const checks = freshStorePerTest(makeStore);

    it('starts with no checks, and keeps each person’s check as saved', async () => {
      expect(await checks().findAll()).toEqual([]);
      await checks().save([
        { personId: 'U1', checkedAt: monday, slackZone: 'America/Chicago' },
        { personId: 'U2', checkedAt: monday, slackZone: undefined },
      ]);
      expect(byPerson(await checks().findAll())).toEqual([
        { personId: 'U1', checkedAt: monday, slackZone: 'America/Chicago' },
        { personId: 'U2', checkedAt: monday, slackZone: undefined },
      ]);
    });

    it('replaces a person’s check, a zone Slack no longer gives included, and leaves the others alone', async () => {
      await checks().save([
        { personId: 'U1', checkedAt: monday, slackZone: 'America/Chicago' },
        { personId: 'U2', checkedAt: monday, slackZone: 'America/New_York' },
      ]);
      await checks().save([{ personId: 'U1', checkedAt: nextMonday, slackZone: undefined }]);
      await checks().save([]);
      expect(byPerson(await checks().findAll())).toEqual([
        { personId: 'U1', checkedAt: nextMonday, slackZone: undefined },
        { personId: 'U2', checkedAt: monday, slackZone: 'America/New_York' },
      ]);
    });

    it('saves the same new people from several runs at once without failing, one check each', async () => {
      const fresh = Array.from({ length: 20 }, (_, i) => ({ personId: `UNEW${String(i).padStart(3, '0')}`, checkedAt: monday, slackZone: 'Europe/Paris' }));
      await Promise.all(Array.from({ length: 6 }, () => checks().save(fresh)));
      expect(byPerson(await checks().findAll())).toEqual(fresh);
    });
  });
}
