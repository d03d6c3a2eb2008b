import type { Connection } from 'mongoose';
import { upsertRacing } from '../../../program/store/mongo-errors.js';
import { rotationKey, type Rotation, type RotationKind, type RotationSubject } from '../domain/rotation.js';
import type { RotationStore } from '../ports.js';
import { rotationModel, type RotationDoc } from './rotation.model.js';

export function createRotationRepository(connection: Connection): RotationStore {
  const Rotations = rotationModel(connection);
  return {
    async findRotations(personIds) {
      const filter = personIds === undefined ? {} : { personId: { $in: [...personIds] } };
      return (await Rotations.find(filter).sort({ personId: 1, start: 1 }).lean()).map(toRotation);
    },
    async saveRotations(rotations) {
      if (rotations.length === 0) return;
      await upsertRacing(() =>
        Rotations.bulkWrite(
          rotations.map((r) => {
            const _id = rotationKey(r);
            return {
              replaceOne: {
                filter: { _id },
                replacement: {
                  _id,
                  personId: r.personId,
                  kind: r.kind,
                  subject: r.subject,
                  ...(r.site !== undefined ? { site: r.site } : {}),
                  ...(r.preceptor !== undefined ? { preceptor: r.preceptor } : {}),
                  start: r.start,
                  end: r.end,
                },
                upsert: true,
              },
            };
          }),
          { ordered: false },
        ),
      );
    },
    async removeRotations(ids) {
      if (ids.length > 0) await Rotations.deleteMany({ _id: { $in: [...ids] } });
    },
  };
}

function toRotation(doc: RotationDoc): Rotation {
  return {
    id: doc._id,
    personId: doc.personId,
    kind: doc.kind as RotationKind,
    subject: doc.subject as RotationSubject,
    site: doc.site,
    preceptor: doc.preceptor,
    start: doc.start,
    end: doc.end,
  };
}
