import { Types, type Connection } from 'mongoose';
import type { Group, GroupRole, Membership, Person, Role } from '../roster.js';
import type { MembershipQuery, RosterStore } from '../ports.js';
import { findAmong } from './among.js';
import { isOnlyDuplicateKeys, upsertRacing } from './mongo-errors.js';
import { groupModel, membershipModel, membershipOpenKey, personModel, type GroupDoc, type MembershipDoc, type PersonDoc } from './roster.model.js';

export function createRosterRepository(connection: Connection): RosterStore {
  const People = personModel(connection);
  const Groups = groupModel(connection);
  const Memberships = membershipModel(connection);
  return {
    async findPeople(ids) {
      const docs = ids === undefined ? await People.find({}).lean() : await findAmong(ids, (_id) => People.find({ _id }).lean(), []);
      return docs.map(toPerson);
    },
    async findGroups(ids) {
      const docs = ids === undefined ? await Groups.find({}).sort({ name: 1 }).lean() : await findAmong<GroupDoc>(ids.filter(Types.ObjectId.isValid), (_id) => Groups.find({ _id }).sort({ name: 1 }).lean(), ['name']);
      return docs.map(toGroup);
    },
    async findMemberships(query: MembershipQuery = {}) {
      const filter: Record<string, unknown> = {};
      if (query.current) filter['to'] = null;
      if (query.personIds && query.groupIds) filter['groupId'] = { $in: [...query.groupIds] };
      if (query.overlapping) {
        filter['from'] = { $lt: query.overlapping.to };
        if (!query.current) filter['$or'] = [{ to: null }, { to: { $gt: query.overlapping.from } }];
      }
      const find = (more: Record<string, unknown>) => Memberships.find({ ...filter, ...more }).sort({ from: 1 }).lean();
      // The few people or groups asked: see `findAmong`.
      const [field, values] = query.personIds ? ['personId', query.personIds] : query.groupIds ? ['groupId', query.groupIds] : [undefined, undefined];
      const docs = field === undefined ? await find({}) : await findAmong<MembershipDoc>(values, (match) => find({ [field]: match }), ['from']);
      return docs.map(toMembership);
    },
    async savePeople(people) {
      if (people.length === 0) return;
      await upsertRacing(() =>
        People.bulkWrite(
          people.map((p) => ({
            replaceOne: { filter: { _id: p.id }, replacement: fromPerson(p), upsert: true },
          })),
          { ordered: false },
        ),
      );
    },
    async ensureGroups(groups) {
      if (groups.length > 0) {
        await upsertRacing(() =>
          Groups.bulkWrite(
            groups.map((g) => ({
              updateOne: { filter: { name: g.name }, update: { $setOnInsert: { name: g.name, kind: g.kind, active: true } }, upsert: true },
            })),
            { ordered: false },
          ),
        );
      }
      return (await Groups.find({ name: { $in: groups.map((g) => g.name) } }).lean()).map(toGroup);
    },
    async setGroupsActive(groupIds, active) {
      if (groupIds.length > 0) await Groups.updateMany({ _id: { $in: [...groupIds] } }, { $set: { active } });
    },
    async setGroupChannel(groupId, channelId) {
      await Groups.updateOne({ _id: groupId }, { $set: { channelId } });
    },
    async markGroupIntroduced(groupId, at) {
      await Groups.updateOne({ _id: groupId }, { $set: { introducedAt: at } });
    },
    async addIntroducedMembers(groupId, personIds) {
      if (personIds.length === 0) return;
      await Groups.updateOne({ _id: groupId }, { $addToSet: { introducedMemberIds: { $each: [...personIds] } } });
    },
    async openMemberships(changes, at) {
      if (changes.length === 0) return;
      try {
        await Memberships.insertMany(
          changes.map((c) => ({ groupId: c.groupId, personId: c.personId, role: c.role, from: at, to: null, openKey: membershipOpenKey(c) })),
          { ordered: false },
        );
      } catch (error) {
        // The unique openKey refused a second open copy: that membership is open already (another writer won).
        if (!isOnlyDuplicateKeys(error)) throw error;
      }
    },
    async closeMemberships(changes, at, options = {}) {
      if (changes.length === 0) return;
      const open = await Memberships.find({ openKey: { $in: changes.map(membershipOpenKey) } }, { _id: 1 }).lean();
      if (open.length === 0) return;
      const followUp = options.followUp ?? true;
      // Each closed membership's key becomes its own id, which frees the open key for a later membership.
      await Memberships.bulkWrite(
        open.map(({ _id }) => ({ updateOne: { filter: { _id, to: null }, update: { $set: { to: at, openKey: String(_id), ...(followUp ? { followUp: true } : {}) } } } })),
        { ordered: false },
      );
    },
    async findEndingsToFollow() {
      const docs = await Memberships.find({ followUp: true }).sort({ to: 1, _id: 1 }).lean();
      return docs.flatMap((doc) => (doc.to === null ? [] : [{ ...toMembership(doc), id: String(doc._id), to: doc.to }]));
    },
    async markEndingsFollowed(ids) {
      if (ids.length === 0) return;
      await Memberships.updateMany({ _id: { $in: ids.map((id) => new Types.ObjectId(id)) } }, { $unset: { followUp: 1 } });
    },
    async setTimezones(zones) {
      if (zones.size === 0) return;
      await People.bulkWrite(
        [...zones].map(([id, timezone]) => ({ updateOne: { filter: { _id: id }, update: { $set: { timezone } } } })),
        { ordered: false },
      );
    },
    async findPeopleWithRole(role) {
      return (await People.find({ roles: role, active: true }).lean()).map(toPerson);
    },
    async countCurrentMembers() {
      const rows = await Memberships.aggregate<{ _id: { groupId: string; role: GroupRole }; count: number }>([
        { $match: { to: null } },
        { $group: { _id: { groupId: '$groupId', role: '$role' }, count: { $sum: 1 } } },
      ]);
      return rows.map((r) => ({ groupId: r._id.groupId, role: r._id.role, count: r.count }));
    },
  };
}

function toPerson(doc: PersonDoc): Person {
  return {
    id: doc._id,
    name: doc.name,
    email: doc.email,
    roles: doc.roles as Role[],
    ...(doc.tracks !== undefined && doc.tracks.length > 0 ? { tracks: doc.tracks.map((t) => ({ track: t.track, role: t.role as Role })) } : {}),
    year: doc.year,
    mdphd: doc.mdphd,
    timezone: doc.timezone,
    active: doc.active,
  };
}

function fromPerson(p: Person): PersonDoc {
  return {
    _id: p.id,
    name: p.name,
    ...(p.email !== undefined ? { email: p.email } : {}),
    roles: [...p.roles],
    ...(p.tracks !== undefined ? { tracks: p.tracks.map((t) => ({ track: t.track, role: t.role })) } : {}),
    ...(p.year !== undefined ? { year: p.year } : {}),
    mdphd: p.mdphd,
    ...(p.timezone !== undefined ? { timezone: p.timezone } : {}),
    active: p.active,
  };
}

/** The document holds the record's fields (the schema is strict); the optional ones are there, undefined or empty, when absent. */
function toGroup({ _id, channelId, introducedAt, introducedMemberIds, ...fields }: GroupDoc): Group {
  return { id: String(_id), ...fields, channelId, introducedAt, introducedMemberIds: introducedMemberIds ?? [] };
}

function toMembership(doc: MembershipDoc): Membership {
  return { groupId: doc.groupId, personId: doc.personId, role: doc.role, from: doc.from, to: doc.to ?? undefined };
}
