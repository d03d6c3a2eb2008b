import { once } from '../../delivery/once.js';
import type { ClaimStore } from '../../delivery/ports.js';
import type { Logger } from '../../log/logger.js';
import type { RosterStore } from '../../program/ports.js';
import { holdsRoleIn } from '../../program/tracks.js';
import { CLINICAL } from './domain/clinical-track.js';
import type { ClinicalWelcomeSender } from './ports.js';

export interface WelcomeMentorsDeps {
  readonly roster: Pick<RosterStore, 'findPeopleWithRole'>;
  readonly claims: ClaimStore;
  readonly sender: ClinicalWelcomeSender;
  readonly logger: Logger;
  readonly agreementText: string;
}

/** Claim keys of the clinical mentors' welcome DMs: one per mentor, ever. */
export const welcomeKeys = { prefix: 'clinical:welcome:', mentor: (personId: string) => `clinical:welcome:${personId}` } as const;

/**
 * Sends each active clinical peer mentor not yet welcomed their welcome DM, with the honesty agreement and its
 * *I agree* button: each DM claimed once, so reruns, two instances or a run after one that died send nothing twice.
 * A failed DM is let go and tried again by the next run. Part of the `introductions` job.
 */
export async function welcomeClinicalMentors(deps: WelcomeMentorsDeps): Promise<{ clinicalWelcomesSent: number; clinicalWelcomesFailed: number }> {
  const [mentors, done] = await Promise.all([deps.roster.findPeopleWithRole('peer_mentor'), deps.claims.findDone(welcomeKeys.prefix)]);
  let sent = 0;
  let failed = 0;
  for (const mentor of mentors) {
    const key = welcomeKeys.mentor(mentor.id);
    if (!holdsRoleIn(mentor, 'peer_mentor', CLINICAL) || done.has(key)) continue;
    try {
      const outcome = await once(deps.claims, key, async () => ({ ts: await deps.sender.sendMentorWelcome(mentor.id, deps.agreementText) }));
      if (outcome.status === 'done-now') sent += 1;
    } catch (error) {
      failed += 1;
      deps.logger.warn('a clinical mentor’s welcome DM failed; the next run tries it again', { user: mentor.id, error });
    }
  }
  return { clinicalWelcomesSent: sent, clinicalWelcomesFailed: failed };
}
