import { createRosterRepository } from '../../../src/program/store/roster-repository.js';
import { onMongo } from './mongo-store.js';
import { describeRosterStoreContract } from './roster-store.contract.js';

describeRosterStoreContract('the MongoDB roster repository', onMongo('roster', createRosterRepository));
