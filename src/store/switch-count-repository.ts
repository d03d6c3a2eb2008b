import type { Connection } from 'mongoose';
import type { SwitchCounter } from '../services/ports.js';

/**
 * Counts switch requests waiting for an admin from the `switch_requests` collection that `/mentor-switch` (issue 8)
 * keeps, read as plain documents so this works before (no collection: no requests) and after that feature lands.
 * The fields read are the request's `status` (`open` until an admin decides or it is cancelled) and the mentee's
 * group when they asked (`currentGroupId`); nothing else of the document, its reason and details least of all.
 */
export const SWITCH_REQUESTS_COLLECTION = 'switch_requests';
export const OPEN_STATUS = 'open';
export const GROUP_FIELD = 'currentGroupId';

export function createSwitchCountRepository(connection: Connection): SwitchCounter {
  return {
    async countPending(groupIds) {
      const counts = new Map<string, number>();
      if (groupIds.length === 0) return counts;
      const rows = await connection
        .collection(SWITCH_REQUESTS_COLLECTION)
        .aggregate<{ _id: unknown; count: number }>([
          { $match: { status: OPEN_STATUS, [GROUP_FIELD]: { $in: [...groupIds] } } },
          { $group: { _id: `$${GROUP_FIELD}`, count: { $sum: 1 } } },
        ])
        .toArray();
      for (const row of rows) counts.set(String(row._id), row.count);
      return counts;
    },
  };
}
