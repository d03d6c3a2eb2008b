import { createAgreementRepository } from '../../../src/features/clinical/store/agreement-repository.js';
import { onMongo } from './mongo-store.js';
import { describeAgreementStoreContract } from './agreement-store.contract.js';

describeAgreementStoreContract('the MongoDB agreement repository', onMongo('agreements', createAgreementRepository));
