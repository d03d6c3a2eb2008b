import { isInAudience } from '../../program/audience.js';
import { randomUUID } from 'node:crypto';
import type { AdminPolicy } from '../../program/policy.js';
import { addDays, dateInZone } from '../../program/calendar-date.js';
import { cohortResults, surveyResults, type CohortResults, type SurveyResults } from './domain/results.js';
import { checkAnswer, checkLaunch, isOpen, RESULTS_SHOWN_DAYS, type AnswerInput, type AnswerProblem, type LaunchInput, type LaunchProblem, type Survey } from './domain/survey.js';
import { audienceOf, cohortGroupOf, readProgram } from './read-audience.js';
import type { RosterSnapshot } from '../../program/snapshot/load-snapshot.js';
import { sendSurveyInvitations, type InvitationDeps } from './send-invitations.js';

export interface SurveyDeps extends InvitationDeps {
  readonly admins: AdminPolicy;
  /** Drops what Home keeps briefly (its admin and faculty sections show the results). */
  readonly resultsChanged: (now: Date) => Promise<void>;
  /** The program's tracks' names (the audience's choices). */
  readonly trackNames: () => readonly string[];
}

export type LaunchOutcome = { readonly status: 'not_allowed' } | { readonly status: 'invalid'; readonly problems: readonly LaunchProblem[] } | { readonly status: 'launched'; readonly survey: Survey };

/** Where a person stands with a survey: its form, or why there is none. */
export type SurveyAccess = { readonly status: 'open'; readonly survey: Survey } | { readonly status: 'answered' | 'closed'; readonly survey: Survey } | { readonly status: 'not_found' | 'not_concerned' };

export type AnswerOutcome = SurveyAccess | { readonly status: 'invalid'; readonly problems: readonly AnswerProblem[] } | { readonly status: 'recorded'; readonly survey: Survey };

export type SurveyUseCases = ReturnType<typeof createSurveyUseCases>;

/** Surveys: launching one (admins), its invitations and reminders, taking it (the first answer stands), its results. */
export function createSurveyUseCases(deps: SurveyDeps) {
  const today = (now: Date) => dateInZone(now, deps.programTimezone);

  async function access(userId: string, surveyId: string, now: Date): Promise<SurveyAccess> {
    const survey = await deps.surveys.findSurvey(surveyId);
    if (survey === undefined) return { status: 'not_found' };
    const [person] = await deps.roster.findPeople([userId]);
    if (person === undefined || !isInAudience(person, survey.audience)) return { status: 'not_concerned' };
    if (!isOpen(survey, today(now))) return { status: 'closed', survey };
    if (await deps.surveys.hasAnswered(survey.id, userId)) return { status: 'answered', survey };
    return { status: 'open', survey };
  }

  /** The surveys shown on Home and in the digests: open, or closed less than 30 days ago. */
  const shownSurveys = (now: Date) => deps.surveys.findClosingFrom(addDays(today(now), -RESULTS_SHOWN_DAYS));

  return {
    /** The launch form's choices of track. */
    trackNames: () => deps.trackNames(),

    /** Whether this person may launch a survey (the form opens only for admins). */
    mayLaunch: (userId: string) => deps.admins.isAdmin(userId),

    /** `/mentor-admin survey`'s form: who may, the form's answers checked, the survey stored once per submission. */
    async launchSurvey(actorId: string, input: LaunchInput, sourceKey: string, now: Date): Promise<LaunchOutcome> {
      // The form's answers first (no database): a refusal comes back at once.
      const checked = checkLaunch(input, today(now), deps.trackNames());
      if (!checked.ok) return { status: 'invalid', problems: checked.problems };
      if (!(await deps.admins.isAdmin(actorId))) return { status: 'not_allowed' };
      const { survey } = await deps.surveys.createSurvey({ id: randomUUID().slice(0, 8), ...checked.survey, launchedBy: actorId, launchedAt: now }, sourceKey);
      await deps.resultsChanged(now);
      deps.logger.info('survey launched', { user: actorId, survey: survey.id, template: survey.template, anonymous: survey.anonymous });
      return { status: 'launched', survey };
    },

    /** The invitation's button: the survey's form when the person may still answer it. */
    surveyAccess: access,

    /** A submitted answer: checked, then stored unless the person answered before or the survey closed. */
    async answerSurvey(userId: string, surveyId: string, input: AnswerInput, now: Date): Promise<AnswerOutcome> {
      const found = await access(userId, surveyId, now);
      if (found.status !== 'open') return found;
      const checked = checkAnswer(found.survey.template, input);
      if (!checked.ok) return { status: 'invalid', problems: checked.problems };
      const groupId = await cohortGroupOf(deps.roster, userId);
      const { recorded } = await deps.surveys.recordAnswer(userId, {
        surveyId,
        date: today(now),
        groupId,
        userId: found.survey.anonymous ? undefined : userId,
        scores: checked.scores,
        text: checked.text,
      });
      if (!recorded) return { status: 'answered', survey: found.survey };
      await deps.resultsChanged(now);
      return { status: 'recorded', survey: found.survey };
    },

    /** Job `surveys`. */
    sendInvitations: (now: Date) => sendSurveyInvitations(deps, now),

    /**
     * Admins' results: each shown survey's response rate, item averages and averages by group (the ≥ 5 rule).
     * `program`: the whole program's roster when the caller has read it already (an admin's Home).
     */
    async readResults(now: Date, program?: RosterSnapshot): Promise<{ readonly results: SurveyResults[]; readonly groupNames: ReadonlyMap<string, string> }> {
      const surveys = await shownSurveys(now);
      if (surveys.length === 0) return { results: [], groupNames: new Map() };
      program ??= await readProgram(deps.roster);
      const [respondents, answers] = await Promise.all([deps.surveys.findRespondents(surveys.map((s) => s.id)), deps.surveys.findAnswers(surveys.map((s) => s.id))]);
      const results = surveys.map((s) => {
        // Answered of those it is for now (someone who answered, then left the program, no longer counts in the rate).
        const audience = audienceOf(s, program.people.values());
        const answered = audience.filter((p) => respondents.get(s.id)?.has(p.id) === true).length;
        return surveyResults(s, audience.length, answered, answers.filter((a) => a.surveyId === s.id), today(now));
      });
      return { results, groupNames: new Map(program.groups.map((g) => [g.id, g.name])) };
    },

    /** A Faculty Mentor's results: their cohort groups' averages in each shown survey, where a group has 5 answers or more; how many surveys are shown. */
    async readCohortResults(groupIds: readonly string[], now: Date): Promise<{ readonly surveys: number; readonly results: CohortResults[] }> {
      const surveys = await shownSurveys(now);
      if (surveys.length === 0 || groupIds.length === 0) return { surveys: 0, results: [] };
      const answers = await deps.surveys.findAnswers(surveys.map((s) => s.id));
      return { surveys: surveys.length, results: surveys.flatMap((s) => cohortResults(s, groupIds, answers.filter((a) => a.surveyId === s.id))) };
    },
  };
}
