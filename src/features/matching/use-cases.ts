import type { AdminPolicy } from '../../program/policy.js';
import { learningCommunityOf } from '../../program/roster.js';
import { checkQuestionnaire, type QuestionnaireAnswers, type QuestionnaireInput, type QuestionnaireProblem } from './domain/questionnaire.js';
import { createMatchUseCases, type MatchDeps } from './match-use-cases.js';
import type { MatchingRound, MatchingSender } from './ports.js';
import { questionnaireAudience, readMatchingWorld, type MatchingWorld } from './read-matching-world.js';
import { sendQuestionnaires, type QuestionnaireSendDeps } from './send-questionnaires.js';

export interface MatchingDeps extends QuestionnaireSendDeps, MatchDeps {
  readonly admins: AdminPolicy;
  readonly sender: MatchingSender;
}

export type StartOutcome =
  | { readonly status: 'not_allowed' }
  | { readonly status: 'started' | 'already_open'; readonly round: MatchingRound; readonly sends: Readonly<Record<string, number>> };

/** Where a person stands with the questionnaire: its form (with their answers so far), or why there is none. */
export type QuestionnaireAccess =
  | { readonly status: 'open'; readonly round: MatchingRound; readonly form: QuestionnaireForm }
  | { readonly status: 'closed' | 'not_found' | 'not_concerned' };

/** What the form is drawn from: the choices that depend on the program, and the person's answers so far. */
export interface QuestionnaireForm {
  readonly communities: readonly string[];
  /** Mentees name mentors; peer mentors do not. */
  readonly namesMentors: boolean;
  readonly answers: QuestionnaireAnswers | undefined;
  /** Their own group's Learning Community (a peer mentor's), offered first. */
  readonly ownCommunity: string | undefined;
}

export type AnswerOutcome = Exclude<QuestionnaireAccess, { status: 'open' }> | { readonly status: 'invalid'; readonly problems: readonly QuestionnaireProblem[] } | { readonly status: 'recorded' | 'changed' };

export type MatchingUseCases = ReturnType<typeof createMatchingUseCases>;

/** The questionnaire (a round: its DMs, reminders and answers, changeable until the match) and the match. */
export function createMatchingUseCases(deps: MatchingDeps) {
  /** The person's access, with the program read for it (the form's check needs it too). */
  async function accessWith(userId: string, roundId: string): Promise<{ readonly access: QuestionnaireAccess; readonly world?: MatchingWorld }> {
    const round = await deps.matching.findRound(roundId);
    if (round === undefined) return { access: { status: 'not_found' } };
    if (round.appliedAt !== undefined) return { access: { status: 'closed' } };
    const world = await readMatchingWorld(deps.roster);
    if (!questionnaireAudience(world).some((p) => p.id === userId)) return { access: { status: 'not_concerned' } };
    const [stored] = await deps.matching.findAnswers(round.id, [userId]);
    const namesMentors = world.menteesToPlace.some((p) => p.id === userId);
    const own = world.groups.find((g) => (world.mentorsOf.get(g.id) ?? []).includes(userId));
    const form = { communities: world.communities, namesMentors, answers: stored?.answers, ownCommunity: own === undefined ? undefined : learningCommunityOf(own.name) };
    return { access: { status: 'open', round, form }, world };
  }

  return {
    ...createMatchUseCases(deps),

    /** Whether this person may start the questionnaire or run the match. */
    mayAdminister: (userId: string) => deps.admins.isAdmin(userId),

    /**
     * `/mentor-admin questionnaire`: opens a round unless one is open (two admins at once open one), then sends the
     * invitations at once (those in their quiet hours get theirs from the hourly job, in the morning).
     */
    async startQuestionnaire(actorId: string, now: Date): Promise<StartOutcome> {
      if (!(await deps.admins.isAdmin(actorId))) return { status: 'not_allowed' };
      const latest = await deps.matching.findLatestRound();
      const opened = latest !== undefined && latest.appliedAt === undefined ? { round: latest, created: false } : await deps.matching.openRound({ number: (latest?.number ?? 0) + 1, startedAt: now, startedBy: actorId });
      if (opened.created) deps.logger.info('questionnaire opened', { user: actorId, round: opened.round.id });
      const sends = await sendQuestionnaires(deps, now, opened.round);
      return { status: opened.created ? 'started' : 'already_open', round: opened.round, sends };
    },

    /** Job `questionnaire`. */
    sendQuestionnaires: (now: Date) => sendQuestionnaires(deps, now),

    /** The DM's button: the form, with the person's answers so far, while the round is open and they are concerned. */
    questionnaireAccess: async (userId: string, roundId: string): Promise<QuestionnaireAccess> => (await accessWith(userId, roundId)).access,

    /** A submitted form: checked (every problem at once, nothing stored), then stored, replacing earlier answers. */
    async answerQuestionnaire(userId: string, roundId: string, input: QuestionnaireInput, now: Date): Promise<AnswerOutcome> {
      const { access: found, world } = await accessWith(userId, roundId);
      if (found.status !== 'open' || world === undefined) return found.status === 'open' ? { status: 'not_found' } : found;
      const checked = checkQuestionnaire(input, { communities: found.form.communities, isMentor: (id) => world.mentorIds.has(id), userId, namesMentors: found.form.namesMentors });
      if (!checked.ok) return { status: 'invalid', problems: checked.problems };
      await deps.matching.saveAnswers({ roundId, userId, answers: checked.answers, updatedAt: now });
      return { status: found.form.answers === undefined ? 'recorded' : 'changed' };
    },
  };
}
