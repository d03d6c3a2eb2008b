import { randomUUID } from 'node:crypto';
import { hourlyJob } from '../../jobs/job.js';
import { pairsOf } from '../../program/pairs.js';
import { kernelDeps, type Feature, type FeatureContext, type FeatureModule } from '../feature.js';
import { createGoalExportTables, goalExportKinds } from './export-tables.js';
import type { GoalSender } from './ports.js';
import { goalsCopy } from './slack/copy.js';
import { createGoalDigestLines } from './slack/digest-lines.js';
import { createGoalSender } from './slack/goal-sender.js';
import { createGoalHomeSections } from './slack/home-sections.js';
import { createGoalPromptNotes } from './slack/prompt-notes.js';
import { goalsCommandRoutes, registerGoalsForm } from './slack/register-goals.js';
import { registerRevisitActions } from './slack/register-revisit-actions.js';
import { createGoalsPersonalData } from './store/personal-data.js';
import { createGoalRepository } from './store/goal-repository.js';
import { createGoalUseCases } from './use-cases.js';

/** Its kind of export, declared on the module (`npm run export` reads it before any setup). */
const EXPORT_KINDS = goalExportKinds({ goals: goalsCopy.exportLabel });

/**
 * Goals: `/mentor-goals` (and Home's *Set goals*) for mentees, their goals on their mentors' Home and check-in prompts,
 * the semester's revisits (job `goals`) with *Let my mentors know*, and counts for faculty, admins, digests and exports.
 */
export function createGoalsFeature(ctx: FeatureContext, ports: { readonly sender?: GoalSender } = {}) {
  const goals = createGoalRepository(ctx.database.connection);
  const sender = ports.sender ?? createGoalSender(ctx.messenger);
  const useCases = createGoalUseCases({
    ...kernelDeps(ctx),
    goals,
    sender,
    pairs: pairsOf(() => ctx.surfaces.pairTracks?.() ?? []),
    newId: () => randomUUID().slice(0, 8),
    refreshHomes: (userIds, now) => ctx.links.refreshHomes(userIds, now),
  });
  return {
    name: 'goals',
    personalData: [createGoalsPersonalData(ctx.database.connection)],
    useCases,
    register(app) {
      registerGoalsForm(app, useCases, (userId, message) => ctx.messenger.dm(userId, message));
      registerRevisitActions(app, useCases, sender);
    },
    commands: [{ command: '/mentor-goals', routes: goalsCommandRoutes(useCases) }],
    help: [{ command: '/mentor-goals', ...goalsCopy.help }],
    homeSections: createGoalHomeSections({ ownGoals: useCases.readOwnGoals, mentorGoals: useCases.readMentorGoals }),
    digestLines: [createGoalDigestLines(useCases.readGoalDigestFacts)],
    promptNotes: [createGoalPromptNotes((menteeIds) => goals.findGoals(menteeIds))],
    exportTables: createGoalExportTables({ roster: ctx.stores.roster, readGoalCounts: useCases.readGoalCounts }, EXPORT_KINDS),
    jobs: [
      hourlyJob(
        'goals',
        'at each semester’s midpoint and in its last month, one DM per mentee with goals asking how each goes, outside quiet hours; then the mentors of mentees who asked to talk',
        (now) => useCases.sendRevisits(now),
      ),
    ],
  } satisfies Feature & { useCases: unknown };
}

export const goalsFeature = { exportKinds: Object.values(EXPORT_KINDS), create: createGoalsFeature } satisfies FeatureModule;
