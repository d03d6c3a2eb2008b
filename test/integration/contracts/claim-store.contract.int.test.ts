import { createClaimRepository } from '../../../src/delivery/store/claim-repository.js';
import { describeClaimStoreContract } from './claim-store.contract.js';
import { onMongo } from './mongo-store.js';

describeClaimStoreContract(
  'the MongoDB claim repository',
  onMongo('claims', (connection) => (clock, options) => createClaimRepository(connection, { clock, ...options })),
);
