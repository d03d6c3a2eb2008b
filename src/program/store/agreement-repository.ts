import type { Connection } from 'mongoose';
import type { AgreementStore } from '../agreements.js';
import { insertOnce } from './models.js';
import { agreementModel, type AgreementDoc } from './agreement.model.js';

/** A track's agreements, kept in `collection` (its `_id` is the person: one acceptance each, the first stands). */
export function createAgreementRepository(connection: Connection, collection: string): AgreementStore {
  const Agreements = agreementModel(connection, collection);
  const toAgreement = (doc: AgreementDoc) => ({ personId: doc._id, agreedAt: doc.agreedAt });
  return {
    async recordAgreement(personId, at) {
      const { doc, created } = await insertOnce(Agreements, { _id: personId, agreedAt: at }, { _id: personId });
      return { agreement: toAgreement(doc), created };
    },
    async findAgreements(personIds) {
      const filter = personIds === undefined ? {} : { _id: { $in: [...personIds] } };
      return (await Agreements.find(filter).sort({ _id: 1 }).lean()).map(toAgreement);
    },
  };
}
