import { context, header, section } from '../../../program/slack/overview-view.js';
import type { KnownBlock } from '../../../slack/blocks.js';
import type { DigestLines } from '../../../slack/digest-lines.js';
import { cappedLines, heldGroups, type HomeSectionSource } from '../../../slack/home-section.js';
import { escapeMrkdwn } from '../../../slack/mrkdwn.js';
import { responseRate, type SurveyResults } from '../domain/results.js';
import { TEMPLATES } from '../domain/templates.js';
import type { SurveyUseCases } from '../use-cases.js';
import { surveyCopy as words } from './copy.js';

type AdminResults = Awaited<ReturnType<SurveyUseCases['readResults']>>;
type FacultyResults = Awaited<ReturnType<SurveyUseCases['readCohortResults']>>;
type Reads = Pick<SurveyUseCases, 'readResults' | 'readCohortResults'>;

const titleOf = (r: { readonly survey: SurveyResults['survey'] }) => TEMPLATES[r.survey.template].title;

/** One survey's lines for an admin: response rate, item averages, averages by group (the ≥ 5 rule applied). */
function surveyLines(r: SurveyResults, groupNames: ReadonlyMap<string, string>): string[] {
  const groups = r.byGroup.groups.map((g) => words.groupLine(g.groupId === 'other' ? words.otherGroups : escapeMrkdwn(groupNames.get(g.groupId) ?? g.groupId), g.answers, g.averages));
  return [
    [
      words.rateLine(titleOf(r), r.survey.id, r.survey.closesOn, r.open, r.answered, r.audience, responseRate(r.answered, r.audience)),
      words.averagesLine(r.averages),
      ...groups,
      ...(r.byGroup.hidden > 0 ? [words.hiddenGroups(r.byGroup.hidden)] : []),
    ].join('\n'),
  ];
}

/** Admins' and Faculty Mentors' Home: the surveys' results, each as they may see them. */
export function createSurveyHomeSections(reads: Reads): HomeSectionSource[] {
  const admin: HomeSectionSource<AdminResults, AdminResults> = {
    role: 'admin',
    // The whole program, whose roster Home reads once for all an admin's sections and gives to `load`.
    scope: (roles) => (roles.admin ? 'all' : undefined),
    load: (_roles, now, read) => reads.readResults(now, read.roster),
    build: (_state, _roles, _now, _settings, loaded) => loaded,
    draw: (results): KnownBlock[] => {
      const lines = results.results.flatMap((r) => surveyLines(r, results.groupNames));
      // No survey lately: nothing to show (Home draws no empty section).
      return lines.length === 0 ? [] : [header(words.homeAdminTitle), ...cappedLines(lines, 10).map(section), context(words.homeRule)];
    },
  };
  const faculty: HomeSectionSource<FacultyResults, FacultyResults> = {
    role: 'faculty',
    // Its groups, not none: Home keeps a faculty section by its scope, and each Faculty Mentor's results are their own.
    scope: (roles) => heldGroups(roles.facultyGroups),
    load: (roles, now) => reads.readCohortResults(roles.facultyGroups, now),
    build: (_state, _roles, _now, _settings, loaded) => loaded,
    draw: (content): KnownBlock[] => {
      const lines = content.results.map((r) => words.cohortLine(titleOf(r), r.answers, r.averages));
      // No survey lately: nothing to show; one, but the group has fewer than 5 answers: the rule says why.
      if (content.surveys === 0) return [];
      return [header(words.homeFacultyTitle), ...cappedLines(lines, 10).map(section), context(words.facultyRule)];
    },
  };
  return [admin, faculty];
}

/**
 * The weekly digests' lines: an admin's, each shown survey's response rate and item averages; a Faculty Mentor's, their
 * cohort groups' averages where a group has 5 answers or more. Never a free-text answer.
 */
export function createSurveyDigestLines(reads: Reads): DigestLines<AdminResults> {
  return {
    name: 'surveys',
    read: (now) => reads.readResults(now),
    lines: (admin, scope) => {
      if (scope === 'all') return admin.results.map((r) => words.digestRate(titleOf(r), r.survey.closesOn, r.open, r.answered, r.audience, responseRate(r.answered, r.audience), r.averages));
      // A Faculty Mentor's groups: the same answers, read by group (nothing more is read).
      return admin.results.flatMap((r) => scope.flatMap((groupId) => r.byGroup.groups.filter((g) => g.groupId === groupId).map((g) => words.digestCohort(titleOf(r), g.answers, g.averages))));
    },
  };
}
