import { createPulseRepository } from '../../../src/program/store/pulse-repository.js';
import { onMongo } from './mongo-store.js';
import { describePulseStoreContract } from './pulse-store.contract.js';

describePulseStoreContract('the MongoDB pulse repository', onMongo('pulse', createPulseRepository));
