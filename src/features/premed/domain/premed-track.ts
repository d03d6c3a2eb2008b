import type { TrackDeclaration } from '../../../program/tracks.js';
import { checkPremedGroups, checkPremedRow, PREMED_COLUMNS } from './premed-rows.js';

/** The track's name in the roster's `track` column. */
export const PREMED = 'premed';

/**
 * The pre-med outreach track: physicians and medical students mentor high-school and college students, one mentor
 * with one mentee, the pair named by the roster's `group` column (kept by the pre-med feature, not as a cohort
 * group). Its admins are the outreach coordinators. No year rule: its mentees are not medical students.
 */
export const PREMED_TRACK: TrackDeclaration = {
  name: PREMED,
  adjective: 'pre-med',
  roles: {
    mentee: { years: 'any', group: 'required' },
    peer_mentor: { years: 'any', group: 'required' },
    admin: { years: 'any', group: 'blank' },
  },
  groups: { formed: 'pairs' },
  columns: PREMED_COLUMNS,
  checkRow: checkPremedRow,
  checkRows: checkPremedGroups,
};
