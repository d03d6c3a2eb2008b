/**
 * Lines a feature adds to the cohort program's weekly digests — each Faculty Mentor's of their cohort and each
 * admin's of the program — under the summary of the first part (`Feature.digestLines`). Counts, rates and dates only:
 * never what anyone wrote, nor who answered what.
 */
export interface DigestLines<C = unknown> {
  /** Names the contribution (unique among them). */
  readonly name: string;
  /** What the lines show, read once per `digests` run, when the first Faculty Mentor's or admin's digest is due. */
  read(now: Date): Promise<C>;
  /**
   * The lines (Slack mrkdwn, one bullet each; none to add nothing) for a Faculty Mentor's cohort groups, or for the
   * whole program (`'all'`, an admin's).
   */
  lines(content: C, scope: readonly string[] | 'all', now: Date): readonly string[];
}
