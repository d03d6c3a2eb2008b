import type { TrackDeclaration } from '../../../program/tracks.js';

/** The track's name in the roster's `track` column. */
export const CLINICAL = 'clinical';

/**
 * The clinical-rotation track: students starting clinical rotations (years 3–4) are mentored by students who have
 * finished their core rotations and are in good academic standing. Its admins are the Clinical Office. The roster
 * names no group for it: a mentor and a mentee are paired by their rotations.
 */
export const CLINICAL_TRACK: TrackDeclaration = {
  name: CLINICAL,
  adjective: 'clinical',
  roles: {
    mentee: { years: [3, 4], group: 'blank' },
    peer_mentor: {
      years: [3, 4],
      group: 'blank',
      mustBeYes: [
        { column: 'core_done', means: 'have finished all their core rotations' },
        { column: 'good_standing', means: 'be in good academic standing' },
      ],
    },
    admin: { years: 'any', group: 'blank' },
  },
  groups: { formed: 'pairs' },
};
