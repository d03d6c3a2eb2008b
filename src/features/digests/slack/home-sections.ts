import { buildDigest, type CohortDigest } from '../../../program/overview/build-digest.js';
import { buildProgramDigest, type ProgramDigest } from '../../../program/overview/build-program-digest.js';
import { buildCohortSummaryBlocks, buildProgramSummaryBlocks, header, listSections, menteeLine } from '../../../program/slack/overview-view.js';
import { homeButtonIds } from '../../../slack/home-buttons.js';
import { cappedLines, heldGroups, homeButton, type HomeSectionSource } from '../../../slack/home-section.js';
import { digestsCopy as words } from './copy.js';
import { digestsIds } from './ids.js';

/** A Faculty Mentor's section: their cohort at a glance (the weekly digest's summary and each mentee's status). */
export const facultyHomeSection: HomeSectionSource<CohortDigest> = {
  role: 'faculty',
  scope: (roles) => heldGroups(roles.facultyGroups),
  build: (state, roles, now, settings) => buildDigest({ ...state, groupIds: roles.facultyGroups }, now, settings),
  draw: (digest) => [
    header(words.facultyTitle(digest.groups.map((g) => g.name).join(', '))),
    ...buildCohortSummaryBlocks(digest),
    ...listSections(cappedLines(digest.mentees.map((m) => menteeLine(m, digest)))),
  ],
};

/** An admin's section: the program at a glance (the program digest's summary); Import roster, Introduce groups, Export CSV. */
export const adminHomeSection: HomeSectionSource<ProgramDigest> = {
  role: 'admin',
  scope: (roles) => (roles.admin ? 'all' : undefined),
  build: (state, _roles, now, settings) => buildProgramDigest(state, now, settings),
  draw: (digest) => [
    header(words.adminTitle),
    ...buildProgramSummaryBlocks(digest),
    {
      type: 'actions',
      block_id: digestsIds.homeAdminActions,
      elements: [homeButton(homeButtonIds.importRoster, words.importButton), homeButton(homeButtonIds.introduce, words.introduceButton), homeButton(homeButtonIds.exportCsv, words.exportButton)],
    },
  ],
};
