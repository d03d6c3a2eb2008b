import type { Connection } from 'mongoose';
import { insertOnce } from '../../../program/store/models.js';
import type { GroupRole } from '../../../program/roster.js';
import type { RolloverStore, Rollover } from '../ports.js';
import { rolloverModel, type RolloverDoc } from './rollover.model.js';

export function createRolloverRepository(connection: Connection): RolloverStore {
  const Rollovers = rolloverModel(connection);
  return {
    async start(r) {
      const doc: RolloverDoc = {
        _id: r.year,
        closes: r.closes,
        startedAt: r.startedAt,
        startedBy: r.startedBy,
        graduates: r.graduates.map((g) => ({ ...g })),
        leavers: r.leavers.map((p) => ({ personId: p.personId, name: p.name })),
        endings: r.endings.map((e) => ({ ...e })),
        moves: r.moves.map((m) => ({ ...m })),
        deactivate: [...r.deactivate],
        incomplete: r.incomplete.map((i) => ({ groupId: i.groupId, groupName: i.groupName, missingYears: i.missingYears.join(',') })),
      };
      const { doc: stored, created } = await insertOnce(Rollovers, doc, { _id: r.year });
      return { rollover: toRollover(stored), created };
    },
    async find(year) {
      const doc = await Rollovers.findOne({ _id: year }).lean();
      return doc === null ? undefined : toRollover(doc);
    },
    async markApplied(year, at, by) {
      await Rollovers.updateOne({ _id: year, appliedAt: { $exists: false } }, { $set: { appliedAt: at, appliedBy: by } });
    },
    async findAppliedSince(since) {
      return (await Rollovers.find({ appliedAt: { $gte: since } }).sort({ appliedAt: 1 }).lean()).map(toRollover);
    },
  };
}

function toRollover(d: RolloverDoc): Rollover {
  return {
    year: d._id,
    closes: d.closes,
    startedAt: d.startedAt,
    startedBy: d.startedBy,
    appliedAt: d.appliedAt ?? undefined,
    appliedBy: d.appliedBy ?? undefined,
    graduates: d.graduates.map((g) => ({
      personId: g.personId,
      name: g.name,
      mentees: g.mentees,
      communications: g.communications,
      meetings: g.meetings,
      requestsAnswered: g.requestsAnswered,
      requestsOnTime: g.requestsOnTime,
      minutes: g.minutes,
    })),
    leavers: d.leavers.map((p) => ({ personId: p.personId, name: p.name })),
    endings: d.endings.map((e) => ({ groupId: e.groupId, personId: e.personId, role: e.role as GroupRole })),
    moves: d.moves.map((m) => ({ personId: m.personId, name: m.name, from: m.from, to: m.to })),
    deactivate: [...d.deactivate],
    incomplete: d.incomplete.map((i) => ({ groupId: i.groupId, groupName: i.groupName, missingYears: i.missingYears.split(',').map(Number) })),
  };
}
