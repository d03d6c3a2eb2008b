import type { Person, Role } from './roster.js';
import { trackRolesOf } from './tracks.js';

/** The roles an audience may name, in the order forms offer them (admins run the program; they are not asked as such). */
export const AUDIENCE_ROLES = ['peer_mentor', 'mentee', 'faculty'] as const satisfies readonly Role[];
export type AudienceRole = (typeof AUDIENCE_ROLES)[number];

/**
 * Whom an admin asks something of (a training's attendees, a survey's respondents): people holding one of `roles`
 * (none named: any of the three) in one of `tracks` (none named: any track).
 */
export interface Audience {
  readonly roles: readonly AudienceRole[];
  readonly tracks: readonly string[];
}

/** Whether the audience takes in this person: active, and holding one of its roles in one of its tracks. */
export function isInAudience(person: Pick<Person, 'active' | 'roles' | 'tracks'>, audience: Audience): boolean {
  if (!person.active) return false;
  const roles: readonly Role[] = audience.roles.length === 0 ? AUDIENCE_ROLES : audience.roles;
  return trackRolesOf(person).some((held) => roles.includes(held.role) && (audience.tracks.length === 0 || audience.tracks.includes(held.track)));
}
