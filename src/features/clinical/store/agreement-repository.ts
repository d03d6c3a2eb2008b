import type { Connection } from 'mongoose';
import { insertOnce } from '../../../program/store/models.js';
import type { AgreementStore } from '../ports.js';
import { agreementModel, type AgreementDoc } from './agreement.model.js';

export function createAgreementRepository(connection: Connection): AgreementStore {
  const Agreements = agreementModel(connection);
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
