import { describe, expect, it } from 'vitest';
import { ROLES } from '../../src/program/roster.js';
import { COHORT_TRACK, holdsRoleIn, rolesIn, rolesWithTracks, sameTrackRoles, trackRolesOf, tracksOf } from '../../src/program/tracks.js';

describe('the track model', () => {
  it('reads a person stored without tracks as holding each role in the cohort track', () => {
    const person = { roles: ['peer_mentor', 'admin'] as const, tracks: undefined };
    expect(trackRolesOf(person)).toEqual([
      { track: 'cohort', role: 'peer_mentor' },
      { track: 'cohort', role: 'admin' },
    ]);
    expect(tracksOf(person)).toEqual(['cohort']);
    expect(holdsRoleIn(person, 'peer_mentor', 'clinical')).toBe(false);
  });

  it('stores roles with their tracks only when some role is outside the cohort track, cohort first, roles in order', () => {
    expect(rolesWithTracks([{ track: 'cohort', role: 'mentee' }, { track: 'cohort', role: 'mentee' }], ROLES)).toEqual({ roles: ['mentee'], tracks: undefined });
    const both = rolesWithTracks(
      [
        { track: 'clinical', role: 'peer_mentor' },
        { track: 'cohort', role: 'peer_mentor' },
        { track: 'clinical', role: 'admin' },
      ],
      ROLES,
    );
    expect(both).toEqual({
      roles: ['peer_mentor', 'admin'],
      tracks: [
        { track: 'cohort', role: 'peer_mentor' },
        { track: 'clinical', role: 'peer_mentor' },
        { track: 'clinical', role: 'admin' },
      ],
    });
    expect(rolesIn(both, 'clinical')).toEqual(['peer_mentor', 'admin']);
  });

  it('compares people by the roles they hold in each track, in any order', () => {
    const a = { roles: ['mentee'] as const, tracks: undefined };
    expect(sameTrackRoles(a, { roles: ['mentee'], tracks: [{ track: 'cohort', role: 'mentee' }] })).toBe(true);
    expect(sameTrackRoles(a, { roles: ['mentee'], tracks: [{ track: 'clinical', role: 'mentee' }] })).toBe(false);
  });

  it('declares the cohort track as today’s program: mentees in years 1–2, peer mentors 3–4, cohorts of 12–15 mentees', () => {
    expect(COHORT_TRACK.roles.mentee).toEqual({ years: [1, 2], group: 'required' });
    expect(COHORT_TRACK.roles.peer_mentor).toEqual({ years: [3, 4], group: 'required' });
    expect(COHORT_TRACK.groups).toMatchObject({ formed: 'roster', mentees: { min: 12, max: 15 }, peerMentors: { min: 1, max: 2, pairYears: [3, 4] } });
  });
});
