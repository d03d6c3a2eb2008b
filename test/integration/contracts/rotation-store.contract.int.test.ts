import { createRotationRepository } from '../../../src/features/clinical/store/rotation-repository.js';
import { onMongo } from './mongo-store.js';
import { describeRotationStoreContract } from './rotation-store.contract.js';

describeRotationStoreContract('the MongoDB rotation repository', onMongo('rotations', createRotationRepository));
