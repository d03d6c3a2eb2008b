import { createContactRepository } from '../../../src/program/store/contact-repository.js';
import { describeContactStoreContract } from './contact-store.contract.js';
import { onMongo } from './mongo-store.js';

describeContactStoreContract('the MongoDB contact repository', onMongo('contacts', createContactRepository));
