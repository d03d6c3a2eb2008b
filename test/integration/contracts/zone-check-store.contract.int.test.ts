import { createZoneCheckRepository } from '../../../src/features/nudges/store/zone-check-repository.js';
import { onMongo } from './mongo-store.js';
import { describeZoneCheckStoreContract } from './zone-check-store.contract.js';

describeZoneCheckStoreContract('the MongoDB zone check repository', onMongo('zonechecks', createZoneCheckRepository));
