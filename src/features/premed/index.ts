import { settingsOf } from '../../config/env.js';
import { createAgreementRepository } from '../../program/store/agreement-repository.js';
import { kernelDeps, type Feature, type FeatureContext, type FeatureModule } from '../feature.js';
import { PREMED, PREMED_TRACK } from './domain/premed-track.js';
import { exportTablesFor } from '../../program/export-table.js';
import { premedExportKinds } from './domain/export-kinds.js';
import { hoursExportRows, parentsExportRows, readCoordinatorDigest, sendHoursNudges, type HoursRulesDeps } from './hours-rules.js';
import { createPremedPairTrack } from './pair-track.js';
import type { PremedRulesSender, PremedSender } from './ports.js';
import { createCoordinatorDigestSource } from './slack/coordinator-digest-view.js';
import { createPremedRulesSender } from './slack/rules-sender.js';
import { PREMED_REQUEST_TOPICS } from './domain/request-topics.js';
import { premedExportLabels, premedTopicLabels } from './slack/rules-copy.js';
import { createPremedPersonalData } from './store/personal-data.js';
import { createFirstSessionRepository } from './store/first-session-repository.js';
import { minorsAwaitingParentAnswer, recordParentAnswer, sendNoParentAlerts, type ParentQuestionDeps } from './parent-question.js';
import { createParentQuestion } from './slack/parent-question.js';
import { premedSettings } from './settings.js';
import { premedCopy } from './slack/copy.js';
import { createPremedHomeSections } from './slack/home-sections.js';
import { createPremedSender } from './slack/premed-sender.js';
import { registerPremedAgreementAction } from './slack/register-agreement-action.js';
import { createPremedRepository } from './store/premed-repository.js';
import { createPremedUseCases } from './use-cases.js';

/** Its kinds of export, declared on the module (`npm run export` reads them before any setup). */
const EXPORT_KINDS = premedExportKinds(premedExportLabels);

/**
 * The pre-med outreach track: its roster rows (profiles and one-to-one pairs, in its own collections), the program
 * agreement both people accept first, and the pair's introduction, with an outreach coordinator in every
 * conversation with a minor; the hours rule with its month-end nudges, the coordinators' digest, and the hours and
 * parents exports.
 */
export function createPremedFeature(ctx: FeatureContext, ports: { readonly sender?: PremedSender; readonly rulesSender?: PremedRulesSender } = {}) {
  const settings = settingsOf(ctx.config, premedSettings);
  const store = createPremedRepository(ctx.database.connection);
  const agreements = createAgreementRepository(ctx.database.connection, 'premed_agreements');
  const useCases = createPremedUseCases({
    ...kernelDeps(ctx),
    pairs: store,
    profiles: store,
    agreements,
    sender: ports.sender ?? createPremedSender(ctx.messenger),
    quietHours: ctx.config.quietHours,
    minorQuietHours: settings.minorQuietHours,
    programTimezone: ctx.config.programTimezone,
    safeguardUserIds: settings.safeguardUserIds,
    agreementText: settings.agreementText,
  });
  const rules: HoursRulesDeps & ParentQuestionDeps = {
    pairs: store,
    profiles: store,
    agreements,
    roster: ctx.stores.roster,
    contacts: ctx.stores.contacts,
    firstSessions: createFirstSessionRepository(ctx.database.connection),
    claims: ctx.claims,
    logger: ctx.logger,
    rulesSender: ports.rulesSender ?? createPremedRulesSender(ctx.messenger),
    quietHours: ctx.config.quietHours,
    activeMonths: settings.activeMonths,
    programTimezone: ctx.config.programTimezone,
    safeguardUserIds: settings.safeguardUserIds,
  };
  return {
    name: 'premed',
    personalData: [createPremedPersonalData(ctx.database.connection)],
    useCases,
    // Its mentees' own request topics (MCAT, personal statement…), with their words.
    tracks: [{ ...PREMED_TRACK, requestTopics: PREMED_REQUEST_TOPICS.map((value) => ({ value, label: premedTopicLabels[value] })) }],
    trackImports: [{ track: PREMED, saveRows: (rows, now) => useCases.saveRosterRows(rows, now) }],
    pairTracks: [
      createPremedPairTrack(
        {
          pairs: store,
          profiles: store,
          agreements,
          roster: ctx.stores.roster,
          useCases,
          programTimezone: ctx.config.programTimezone,
          safeguardUserIds: settings.safeguardUserIds,
          quiet: { quietHours: ctx.config.quietHours, minorQuietHours: settings.minorQuietHours },
        },
        {
          mentor: premedCopy.pairMentor,
          waiting: premedCopy.pairWaiting,
          office: premedCopy.office,
          noAlternatives: premedCopy.noAlternatives,
          label: premedCopy.pairLabel,
          waitingFor: { self: premedCopy.waitingForSelf, mentor: premedCopy.waitingForMentor, mentee: premedCopy.waitingForMentee },
        },
      ),
    ],
    register(app) {
      registerPremedAgreementAction(app, { services: useCases, agreementText: settings.agreementText });
    },
    homeSections: createPremedHomeSections(useCases),
    checkinQuestions: [
      createParentQuestion({ minorsAwaiting: (mentorId, menteeIds, now) => minorsAwaitingParentAnswer(rules, mentorId, menteeIds, now), recordAnswer: (contact, about, answer, now) => recordParentAnswer(rules, contact, about, answer, now) }),
    ],
    digests: [createCoordinatorDigestSource((now) => readCoordinatorDigest(rules, now))],
    exportTables: exportTablesFor(EXPORT_KINDS, { hours: (months, now) => hoursExportRows(rules, months, now), parents: (_months, now) => parentsExportRows(rules, now) }),
    jobSteps: [
      // Pre-med people belong to no group, so the introductions job welcomes them (and introduces agreed pairs) here.
      { job: 'introductions', run: (now) => useCases.welcomePremed(now) },
      // The month-end hours nudges to the mentors of pairs under the minimum, through the shared path in the `nudges` job.
      { job: 'nudges', run: async (now) => ({ ...(await sendHoursNudges(rules, now)), ...(await sendNoParentAlerts(rules, now)) }) },
    ],
  } satisfies Feature & { useCases: unknown };
}

export const premedFeature = { settings: premedSettings, exportKinds: Object.values(EXPORT_KINDS), create: createPremedFeature } satisfies FeatureModule;
