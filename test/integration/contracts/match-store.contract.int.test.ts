import { createMatchRepository } from '../../../src/features/clinical/store/match-repository.js';
import { onMongo } from './mongo-store.js';
import { describeMatchStoreContract } from './match-store.contract.js';

describeMatchStoreContract('the MongoDB match repository', onMongo('matches', createMatchRepository));
