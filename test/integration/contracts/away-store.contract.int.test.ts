import { createAwayRepository } from '../../../src/program/store/away-repository.js';
import { describeAwayStoreContract } from './away-store.contract.js';
import { onMongo } from './mongo-store.js';

describeAwayStoreContract('the MongoDB away repository', onMongo('away', createAwayRepository));
