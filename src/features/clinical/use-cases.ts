import type { ClaimStore } from '../../delivery/ports.js';
import type { QuietHours } from '../../delivery/quiet-hours.js';
import type { Logger } from '../../log/logger.js';
import type { AdminPolicy } from '../../program/policy.js';
import type { RosterStore, SlackDirectory } from '../../program/ports.js';
import { acceptAgreement, type AcceptOutcome } from './accept-agreement.js';
import { importRotations, type ImportRotationsInput, type ImportRotationsOutcome } from './import-rotations.js';
import { chooseMentor, type ChooseInput, type ChooseOutcome } from './choose-mentor.js';
import { introduceAssignments, type IntroductionsSummary } from './introduce-assignments.js';
import { matchRotations, type MatchRunSummary } from './match-rotations.js';
import type { AgreementStore, ClinicalMatchSender, ClinicalWelcomeSender, MatchStore, RotationStore } from './ports.js';
import type { ClinicalSettings } from './settings.js';
import { welcomeClinicalMentors } from './welcome-mentors.js';

export interface ClinicalDeps {
  readonly roster: RosterStore;
  readonly claims: ClaimStore;
  readonly admins: AdminPolicy;
  readonly logger: Logger;
  readonly rotations: RotationStore;
  readonly directory: SlackDirectory;
  readonly agreements: AgreementStore;
  readonly matches: MatchStore;
  readonly welcomeSender: ClinicalWelcomeSender;
  readonly matchSender: ClinicalMatchSender;
  readonly settings: ClinicalSettings;
  readonly programTimezone: string;
  readonly quietHours: QuietHours;
}

export type ClinicalUseCases = ReturnType<typeof createClinicalUseCases>;

/** The clinical-rotation track: the rotations file, the mentors' welcome with the honesty agreement, and its acceptance. */
export function createClinicalUseCases(deps: ClinicalDeps) {
  return {
    /**
     * Imports a rotations file, all or nothing; `actorId` undefined is the command line (always allowed). Given `now`,
     * a real import is followed by matching (best effort: the hourly `rotations` job does what it could not).
     */
    async importRotations(
      actorId: string | undefined,
      input: ImportRotationsInput,
      now?: Date,
    ): Promise<{ allowed: false } | { allowed: true; result: ImportRotationsOutcome }> {
      if (actorId !== undefined && !(await deps.admins.isAdmin(actorId))) return { allowed: false };
      const result = await importRotations(deps, input, actorId);
      if (result.status === 'imported' && now !== undefined) {
        await matchRotations(deps, now).catch((error: unknown) => deps.logger.error('matching after the rotations import failed; the next rotations run does it', { error }));
      }
      return { allowed: true, result };
    },
    /** Job `rotations`: assignments at their deadline, offer DMs, and introductions. */
    matchRotations: (now: Date): Promise<MatchRunSummary> => matchRotations(deps, now),
    /** Introduces every current assignment step not yet introduced (a choice, the deadline, a change the Clinical Office made). */
    introduceAssignments: (now: Date): Promise<IntroductionsSummary> => introduceAssignments(deps, now),
    /** *Choose* or *Assign for me* on an offer DM. */
    chooseMentor: (input: ChooseInput, now: Date): Promise<ChooseOutcome> => chooseMentor(deps, input, now),
    /** Step of the `introductions` job: each clinical mentor's welcome DM, with the agreement, once. */
    welcomeClinicalMentors: () =>
      welcomeClinicalMentors({ roster: deps.roster, claims: deps.claims, sender: deps.welcomeSender, logger: deps.logger, agreementText: deps.settings.agreementText }),
    /** *I agree* on the welcome DM. */
    acceptAgreement: (userId: string, now: Date): Promise<AcceptOutcome> => acceptAgreement(deps, userId, now),
    /** The acceptances recorded, of these mentors (everyone's when undefined). */
    findAgreements: (personIds?: readonly string[]) => deps.agreements.findAgreements(personIds),
  };
}
