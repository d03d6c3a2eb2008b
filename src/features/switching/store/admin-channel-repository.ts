import type { Connection } from 'mongoose';
import { isDuplicateKey } from '../../../program/store/mongo-errors.js';
import type { AdminChannelProblem } from '../domain/admin-channel.js';
import type { AdminChannelState, AdminChannelStore } from '../ports.js';
import { adminChannelCheckModel, type AdminChannelCheckDoc } from './admin-channel-check.model.js';

/** SWITCH_ADMIN_CHANNEL's verdicts, one document per change, seen by every instance of the app. */
export function createAdminChannelRepository(connection: Connection): AdminChannelStore {
  const Checks = adminChannelCheckModel(connection);
  return {
    async findLatest(channelId) {
      const doc = await Checks.findOne({ channelId }).sort({ seq: -1 }).lean();
      return doc === null ? undefined : toState(doc);
    },
    async saveChange(state) {
      try {
        await Checks.create({
          _id: `${state.channelId}|${state.seq}`,
          channelId: state.channelId,
          seq: state.seq,
          usable: state.verdict.usable,
          outsiderIds: state.verdict.usable ? [] : [...state.verdict.outsiderIds],
          ...(state.verdict.usable ? {} : { problem: state.verdict.problem }),
          ...(!state.verdict.usable && state.verdict.error !== undefined ? { error: state.verdict.error } : {}),
          at: state.at,
        });
        return true;
      } catch (error) {
        if (isDuplicateKey(error)) return false;
        throw error;
      }
    },
  };
}

function toState(doc: AdminChannelCheckDoc): AdminChannelState {
  return {
    channelId: doc.channelId,
    seq: doc.seq,
    at: doc.at,
    verdict: doc.usable
      ? { usable: true }
      : { usable: false, problem: doc.problem as AdminChannelProblem, outsiderIds: doc.outsiderIds, ...(doc.error === undefined ? {} : { error: doc.error }) },
  };
}
