import { createRequestRepository } from '../../../src/program/store/request-repository.js';
import { onMongo } from './mongo-store.js';
import { describeRequestStoreContract } from './request-store.contract.js';

describeRequestStoreContract('the MongoDB request repository', onMongo('requests', createRequestRepository));
