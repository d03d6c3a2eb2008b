import type { NewRotation } from './rotation.js';

/**
 * Which clinical mentors fit a mentee's upcoming rotation, best first (the ranking): the same subject, site and
 * preceptor; then subject and site; then subject and preceptor; then the subject alone. Only mentors who are active,
 * have accepted the honesty agreement and have room (fewer mentees than the capacity) are eligible; a tie goes to the
 * mentor with fewer mentees, so mentors fill toward the program's minimum of 3, then by name.
 */

/** How well a mentor's completed rotations match the mentee's, best first. */
export const MATCH_LEVELS = ['subject_site_preceptor', 'subject_site', 'subject_preceptor', 'subject'] as const;
export type MatchLevel = (typeof MATCH_LEVELS)[number];

/** A clinical mentor as the ranking reads them. */
export interface MentorCandidate {
  readonly mentorId: string;
  readonly name: string;
  readonly active: boolean;
  readonly agreed: boolean;
  /** Their mentees now (distinct people). */
  readonly mentees: number;
  /** The rotations they completed. */
  readonly completed: readonly Pick<NewRotation, 'subject' | 'site' | 'preceptor'>[];
}

export interface RankedMentor {
  readonly mentorId: string;
  readonly level: MatchLevel;
  readonly mentees: number;
}

/** Site and preceptor names compared as people write them: case and spacing aside; a blank matches nothing. */
const same = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && norm(a) === norm(b) && norm(a) !== '';
const norm = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** The best level at which a mentor's completed rotations match the rotation; undefined without one of its subject. */
export function matchLevel(rotation: Pick<NewRotation, 'subject' | 'site' | 'preceptor'>, completed: MentorCandidate['completed']): MatchLevel | undefined {
  const levels = completed
    .filter((c) => c.subject === rotation.subject)
    .map((c): MatchLevel => {
      const site = same(c.site, rotation.site);
      const preceptor = same(c.preceptor, rotation.preceptor);
      return site && preceptor ? 'subject_site_preceptor' : site ? 'subject_site' : preceptor ? 'subject_preceptor' : 'subject';
    });
  return levels.sort((a, b) => MATCH_LEVELS.indexOf(a) - MATCH_LEVELS.indexOf(b))[0];
}

/** The eligible mentors for the rotation, best first; `exclude`: mentors left out (the mentee, their current mentor). */
export function rankMentors(
  rotation: Pick<NewRotation, 'subject' | 'site' | 'preceptor'>,
  candidates: readonly MentorCandidate[],
  capacity: number,
  exclude: readonly string[] = [],
): RankedMentor[] {
  const names = new Intl.Collator('en');
  return candidates
    .filter((c) => c.active && c.agreed && c.mentees < capacity && !exclude.includes(c.mentorId))
    .flatMap((c) => {
      const level = matchLevel(rotation, c.completed);
      return level === undefined ? [] : [{ candidate: c, level }];
    })
    .sort(
      (a, b) =>
        MATCH_LEVELS.indexOf(a.level) - MATCH_LEVELS.indexOf(b.level) ||
        a.candidate.mentees - b.candidate.mentees ||
        names.compare(a.candidate.name, b.candidate.name) ||
        (a.candidate.mentorId < b.candidate.mentorId ? -1 : 1),
    )
    .map(({ candidate, level }) => ({ mentorId: candidate.mentorId, level, mentees: candidate.mentees }));
}
