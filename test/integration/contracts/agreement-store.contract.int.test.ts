import { createAgreementRepository } from '../../../src/program/store/agreement-repository.js';
import { onMongo } from './mongo-store.js';
import { describeAgreementStoreContract } from './agreement-store.contract.js';

describeAgreementStoreContract('the MongoDB agreement repository', onMongo('agreements', (c) => createAgreementRepository(c, 'clinical_agreements')));
describeAgreementStoreContract('the MongoDB agreement repository in another track’s collection', onMongo('premed-agreements', (c) => createAgreementRepository(c, 'premed_agreements')));
