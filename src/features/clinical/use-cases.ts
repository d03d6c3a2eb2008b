import type { ClaimStore } from '../../delivery/ports.js';
import type { QuietHours } from '../../delivery/quiet-hours.js';
import type { Logger } from '../../log/logger.js';
import type { AdminPolicy } from '../../program/policy.js';
import type { Config } from '../../config/env.js';
import type { ContactStore, RosterStore, SlackDirectory } from '../../program/ports.js';
import { acceptAgreement, type AcceptOutcome } from './accept-agreement.js';
import { importRotations, type ImportRotationsInput, type ImportRotationsOutcome } from './import-rotations.js';
import { chooseMentor, type ChooseInput, type ChooseOutcome } from './choose-mentor.js';
import { introduceAssignments, type IntroductionsSummary } from './introduce-assignments.js';
import { matchRotations, type MatchRunSummary } from './match-rotations.js';
import type { AgreementStore, ClinicalMatchSender, ClinicalWelcomeSender, MatchStore, RotationNudgeSender, RotationStore } from './ports.js';
import { sendRotationNudges } from './send-rotation-nudges.js';
import { addDays, dateInZone } from '../../program/calendar-date.js';
import { readOfficeDigest } from './read-office-digest.js';
import { readRotationState } from './read-rotation-state.js';

/** Home shows rotations until this many days after they end. */
const HOME_SHOWS_ENDED_DAYS = 14;
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
  readonly config: Config;
  readonly contacts: ContactStore;
  readonly nudgeSender: RotationNudgeSender;
}

export type ClinicalUseCases = ReturnType<typeof createClinicalUseCases>;

/** The clinical-rotation track: the rotations file, the honesty agreement, matching, obligations and their nudges, and the Office's view. */
export function createClinicalUseCases(deps: ClinicalDeps) {
  const homeFrom = (now: Date) => addDays(dateInZone(now, deps.programTimezone), -HOME_SHOWS_ENDED_DAYS);
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
    /** Step of the `nudges` job: the clinical mentors' nudges about their mentees' rotations, each once. */
    sendRotationNudges: (now: Date) => sendRotationNudges(deps, now),
    /** The Clinical Office at a glance: its weekly digest and its Home. */
    readOfficeDigest: (now: Date) => readOfficeDigest(deps, now),
    /** A clinical mentee's rotations (not ended two weeks ago), with their mentors and obligations: their Home. */
    readMenteeRotations: (menteeId: string, now: Date) => readRotationState(deps, { menteeIds: [menteeId], from: homeFrom(now) }, now),
    /** A clinical mentor's current mentees' rotations (not ended two weeks ago), with their obligations: their Home. */
    readMentorRotations: (mentorId: string, now: Date) => readRotationState(deps, { mentorIds: [mentorId], from: homeFrom(now) }, now),
  };
}
