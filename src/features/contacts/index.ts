import { hourlyJob } from '../../jobs/job.js';
import { pairsOf } from '../../program/pairs.js';
import { kernelDeps, type Feature, type FeatureContext, type FeatureModule } from '../feature.js';
import type { CheckinNotifier } from './ports.js';
import { createCheckinRoutes } from './slack/checkin-command.js';
import { createCheckinNotifier } from './slack/checkin-notifier.js';
import { contactExportKinds, createContactExportTables } from './export-tables.js';
import { checkinHelp, contactExportLabels } from './slack/copy.js';
import { registerCheckinHomeButton } from './slack/home-button.js';
import { registerCheckinActions } from './slack/register-checkin-actions.js';
import { registerCheckinViews } from './slack/register-checkin-views.js';
import { createContactUseCases } from './use-cases.js';
import { queueRedraws } from './slack/home-redraws.js';
import { settingsOf } from '../../config/env.js';
import { supportResourcesSettings } from '../../config/support-resources.js';
import { readAnswerCounts } from './read-answers.js';
import { createAnswerDigestLines } from './slack/answer-digest-lines.js';
import { createPromptAnswerNotifier } from './slack/answer-notifier.js';
import { registerAnswerActions } from './slack/register-answer-actions.js';
import { registerCheckinReplies } from './slack/register-checkin-replies.js';
import { createContactsPersonalData } from './store/personal-data.js';
import { createAttemptRepository } from './store/attempt-repository.js';
import { createConcernRepository } from './store/concern-repository.js';
import { createPromptRepository } from './store/prompt-repository.js';
import { createReadCache, ROSTER_READ_TTL_MS } from '../../program/read-cache.js';
import { keptMentorContexts } from '../../program/snapshot/mentoring-context.js';

/** Its kinds of export, declared on the module (`npm run export` reads them before any setup). */
const EXPORT_KINDS = contactExportKinds(contactExportLabels);

/**
 * Contacts: `/mentor-checkin`, the check-in form and Undo, the monthly check-in prompts and their answers (in touch,
 * couldn't reach, concern, one-line replies in the prompt's thread), with the Faculty Mentor alerts they lead to.
 */
export function createContactsFeature(ctx: FeatureContext, ports: { readonly checkinNotifier?: CheckinNotifier } = {}) {
  const { connection } = ctx.database;
  const stores = { prompts: createPromptRepository(connection), attempts: createAttemptRepository(connection), concerns: createConcernRepository(connection) };
  const pairs = pairsOf(() => ctx.surfaces.pairTracks?.() ?? []);
  // A mentor's groups, read once for a burst of check-ins: dropped when the roster changes here, else kept briefly.
  const mentors = createReadCache({ ttlMs: ROSTER_READ_TTL_MS });
  const useCases = createContactUseCases({
    ...kernelDeps(ctx),
    ...stores,
    checkinNotifier: ports.checkinNotifier ?? createCheckinNotifier(ctx.messenger),
    answerNotifier: createPromptAnswerNotifier(ctx.messenger),
    refreshHomes: queueRedraws((userIds, now) => ctx.links.refreshHomes(userIds, now)),
    pairs,
    mentorContexts: keptMentorContexts(mentors, ctx.stores.roster, pairs),
    questions: () => ctx.surfaces.checkinQuestions?.() ?? [],
    promptNotes: () => ctx.surfaces.promptNotes?.() ?? [],
  });
  return {
    name: 'contacts',
    personalData: [createContactsPersonalData(ctx.database.connection)],
    useCases,
    register(app) {
      registerCheckinViews(app, useCases, () => ctx.surfaces.checkinQuestions?.() ?? []);
      registerCheckinActions(app, useCases);
      registerCheckinHomeButton(app, useCases);
      registerAnswerActions(app, { services: useCases, supportResourcesText: settingsOf(ctx.config, supportResourcesSettings).supportResourcesText });
      registerCheckinReplies(app, useCases);
    },
    onProgramChanged: (store) => {
      if (store === 'roster') mentors.drop();
    },
    commands: [{ command: '/mentor-checkin', routes: createCheckinRoutes(useCases) }],
    help: [{ command: '/mentor-checkin', ...checkinHelp }],
    exportTables: createContactExportTables({ config: ctx.config, roster: ctx.stores.roster, contacts: ctx.stores.contacts, concerns: stores.concerns }, EXPORT_KINDS),
    digestLines: [createAnswerDigestLines((now) => readAnswerCounts({ config: ctx.config, roster: ctx.stores.roster, contacts: ctx.stores.contacts, ...stores }, now))],
    // The Faculty Mentor alerts (not reached, concerns) that waited for the end of their quiet hours, or failed.
    jobSteps: [{ job: 'nudges', run: (now) => useCases.sendFacultyAlerts(now) }],
    jobs: [
      hourlyJob('checkin-prompts', 'on the first active day of each program month, from CHECKIN_PROMPT_HOUR in each mentor’s zone (on through the next morning after a quiet night), one DM per mentor, outside quiet hours', (now) => useCases.sendCheckinPrompts(now)),
    ],
  } satisfies Feature & { useCases: unknown };
}

export const contactsFeature = { exportKinds: Object.values(EXPORT_KINDS), create: createContactsFeature } satisfies FeatureModule;
