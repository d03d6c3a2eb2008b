import type { Person } from '../program/roster.js';
import type { SlackMessage } from './help-message.js';

/**
 * The weekly digests' registry: besides the Faculty Mentors' and the admins' digests of the cohort program, a feature
 * contributes a digest of its own for its own readers (`Feature.digests`), e.g. the clinical track's for the Clinical
 * Office. The `digests` job sends each one from `DIGEST_DAY` at `DIGEST_HOUR` in each reader's zone, once a week per
 * reader (the claim `digest-<name>:<readerId>:<ISO week>`), outside quiet hours, through the shared send path.
 */
export interface DigestSource<C = unknown> {
  /** Names the digest in its claims; unique among the sources. */
  readonly name: string;
  /** Sent every week of the year, not only in weeks whose digest day falls in an active program month. */
  readonly everyWeek?: boolean;
  /** Its readers among the roster's people (active people only). */
  readers(people: readonly Person[]): readonly string[];
  /** What it shows (counts and dates: never what anyone wrote), read once per run for all its readers due. */
  read(now: Date): Promise<C>;
  /** One reader's message. */
  message(content: C, reader: { readonly id: string; readonly zone: string }, now: Date): SlackMessage;
}
