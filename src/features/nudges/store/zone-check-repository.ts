import type { Connection } from 'mongoose';
import type { ZoneCheckStore } from '../ports.js';
import { zoneCheckModel } from './zone-check.model.js';
import { upsertRacing } from '../../../program/store/mongo-errors.js';

export function createZoneCheckRepository(connection: Connection): ZoneCheckStore {
  const Checks = zoneCheckModel(connection);
  return {
    async findAll() {
      const docs = await Checks.find({}).lean();
      return docs.map((d) => ({ personId: d._id, checkedAt: d.checkedAt, slackZone: d.slackZone }));
    },
    async save(checks) {
      if (checks.length === 0) return;
      await upsertRacing(() =>
        Checks.bulkWrite(
          checks.map((c) => ({
          replaceOne: {
            filter: { _id: c.personId },
            replacement: { _id: c.personId, checkedAt: c.checkedAt, ...(c.slackZone === undefined ? {} : { slackZone: c.slackZone }) },
              upsert: true,
            },
          })),
          { ordered: false },
        ),
      );
    },
  };
}
