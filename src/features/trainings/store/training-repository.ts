import { Types, type Connection } from 'mongoose';
import { insertOnce } from '../../../program/store/models.js';
import type { Answer, Invitee, Training } from '../domain/training.js';
import type { AudienceRole } from '../../../program/audience.js';
import type { TrainingStore } from '../ports.js';
import { inviteeModel, trainingModel, type InviteeDoc, type TrainingDoc } from './training.model.js';

const inviteeId = (trainingId: string, personId: string) => `${trainingId}:${personId}`;

export function createTrainingRepository(connection: Connection): TrainingStore {
  const Trainings = trainingModel(connection);
  const Invitees = inviteeModel(connection);
  return {
    async createTraining(t) {
      const doc: TrainingDoc = {
        _id: new Types.ObjectId().toHexString(),
        sourceKey: t.sourceKey,
        title: t.title,
        startsAt: t.startsAt,
        ...(t.place === undefined ? {} : { place: t.place }),
        roles: [...t.audience.roles],
        tracks: [...t.audience.tracks],
        required: t.required,
        createdBy: t.createdBy,
        createdAt: t.createdAt,
        zone: t.zone,
      };
      const { doc: stored, created } = await insertOnce(Trainings, doc, { sourceKey: t.sourceKey });
      return { training: toTraining(stored), created };
    },
    async findTraining(id) {
      const doc = await Trainings.findOne({ _id: id }).lean();
      return doc === null ? undefined : toTraining(doc);
    },
    async findTrainings(range = {}) {
      const startsAt: Record<string, Date> = {};
      if (range.from !== undefined) startsAt['$gte'] = range.from;
      if (range.to !== undefined) startsAt['$lt'] = range.to;
      const filter = Object.keys(startsAt).length === 0 ? {} : { startsAt };
      return (await Trainings.find(filter).sort({ startsAt: 1, _id: 1 }).lean()).map(toTraining);
    },
    async setAdminMessage(id, message) {
      await Trainings.updateOne({ _id: id }, { $set: { adminChannel: message.channel, adminTs: message.ts } });
    },
    async addInvitees(trainingId, personIds, at) {
      if (personIds.length === 0) return 0;
      const written = await Invitees.bulkWrite(
        personIds.map((personId) => ({
          updateOne: {
            filter: { _id: inviteeId(trainingId, personId) },
            update: { $setOnInsert: { trainingId, personId, addedAt: at, attended: false } },
            upsert: true,
          },
        })),
        { ordered: false },
      );
      return written.upsertedCount;
    },
    async findInvitees(trainingIds) {
      if (trainingIds.length === 0) return [];
      return (await Invitees.find({ trainingId: { $in: [...trainingIds] } }).lean()).map(toInvitee);
    },
    async markInvited(trainingId, personId, at) {
      await Invitees.updateOne({ _id: inviteeId(trainingId, personId), invitedAt: { $exists: false } }, { $set: { invitedAt: at } });
    },
    async recordAnswer(trainingId, personId, answer, at) {
      const result = await Invitees.updateOne({ _id: inviteeId(trainingId, personId) }, { $set: { answer, answeredAt: at } });
      return result.matchedCount > 0;
    },
    async setAttendance(trainingId, attendedIds, by, at) {
      const set = (attended: boolean) => ({ $set: { attended, attendanceBy: by, attendanceAt: at } });
      await Invitees.updateMany({ trainingId, personId: { $in: [...attendedIds] } }, set(true));
      await Invitees.updateMany({ trainingId, personId: { $nin: [...attendedIds] }, attended: true }, set(false));
    },
  };
}

function toTraining(doc: TrainingDoc): Training {
  return {
    id: doc._id,
    title: doc.title,
    startsAt: doc.startsAt,
    place: doc.place,
    audience: { roles: doc.roles as AudienceRole[], tracks: [...doc.tracks] },
    required: doc.required,
    createdBy: doc.createdBy,
    createdAt: doc.createdAt,
    zone: doc.zone,
    adminMessage: doc.adminChannel !== undefined && doc.adminTs !== undefined ? { channel: doc.adminChannel, ts: doc.adminTs } : undefined,
  };
}

function toInvitee(doc: InviteeDoc): Invitee {
  return {
    trainingId: doc.trainingId,
    personId: doc.personId,
    addedAt: doc.addedAt,
    invitedAt: doc.invitedAt,
    answer: doc.answer as Answer | undefined,
    answeredAt: doc.answeredAt,
    attended: doc.attended,
    attendanceBy: doc.attendanceBy,
    attendanceAt: doc.attendanceAt,
  };
}
