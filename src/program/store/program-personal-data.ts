import type { Connection } from 'mongoose';
import type { PersonalData } from '../personal-data.js';
import { createRecordPersonalData } from './record-personal-data.js';
import { createRosterPersonalData } from './roster-personal-data.js';

/** The program's own stores' share of a person's record: the roster, then the ledgers (requests, contacts, away, pulses, switches). */
export function createProgramPersonalData(connection: Connection): readonly PersonalData[] {
  return [createRosterPersonalData(connection), createRecordPersonalData(connection)];
}
