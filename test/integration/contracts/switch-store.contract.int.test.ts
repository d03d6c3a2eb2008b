import { createSwitchRepository } from '../../../src/program/store/switch-repository.js';
import { onMongo } from './mongo-store.js';
import { describeSwitchStoreContract } from './switch-store.contract.js';

describeSwitchStoreContract('the MongoDB switch repository', onMongo('switches', createSwitchRepository));
