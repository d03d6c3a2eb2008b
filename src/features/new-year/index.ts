import { exportTablesFor, peopleById, type ExportKind } from '../../program/export-table.js';
import { monthSpan } from '../../program/month-span.js';
import { COHORT_TRACK } from '../../program/tracks.js';
import type { Feature, FeatureContext, FeatureModule } from '../feature.js';
import { MEMBERSHIP_COLUMNS, membershipRows } from './domain/membership-rows.js';
import type { FollowEndedMemberships, ThanksSender } from './ports.js';
import { newYearCopy } from './slack/copy.js';
import { createNewYearRoutes, registerNewYearActions } from './slack/register-new-year.js';
import { createThanksSender } from './slack/thanks-sender.js';
import { createNewYearPersonalData } from './store/personal-data.js';
import { createRolloverRepository } from './store/rollover-repository.js';
import { createNewYearUseCases } from './use-cases.js';

/** Its kind of export, declared on the module (`npm run export` reads it before any setup). */
const EXPORT_KINDS = {
  memberships: { kind: 'memberships', label: newYearCopy.exportLabel, order: 45, header: MEMBERSHIP_COLUMNS },
} satisfies Record<string, ExportKind>;

/**
 * The program year: `/mentor-admin new-year` (and `npm run new-year`) previews, then applies, the turn of the year:
 * graduating MS4 mentors and leaving MS2 mentees end their memberships (kept as history), graduates get a thank-you DM
 * with their service record, years move up, and groups left without a whole Pair are listed. The `memberships` export
 * reads any year's groups as they were (`--year 2025-26`).
 */
export function createNewYearFeature(ctx: FeatureContext, ports: { readonly sender?: ThanksSender; readonly followEndedMemberships?: FollowEndedMemberships } = {}) {
  const useCases = createNewYearUseCases({
    roster: ctx.stores.roster,
    contacts: ctx.stores.contacts,
    requests: ctx.stores.requests,
    audit: ctx.stores.audit,
    rollovers: createRolloverRepository(ctx.database.connection),
    claims: ctx.claims,
    admins: ctx.admins,
    sender: ports.sender ?? createThanksSender(ctx.messenger),
    logger: ctx.logger,
    quietHours: ctx.config.quietHours,
    programTimezone: ctx.config.programTimezone,
    tracks: () => ctx.surfaces.tracks?.() ?? [COHORT_TRACK],
    followEndedMemberships: ports.followEndedMemberships ?? (async (now) => void (await ctx.links.followMemberships(now))),
  });
  return {
    name: 'new-year',
    useCases,
    register(app) {
      registerNewYearActions(app, useCases);
    },
    commands: [{ command: '/mentor-admin', routes: createNewYearRoutes(useCases) }],
    help: [{ command: '/mentor-admin', usage: [newYearCopy.help] }],
    jobSteps: [{ job: 'nudges', run: (now) => useCases.sendWaitingThanks(now) }],
    personalData: [createNewYearPersonalData(ctx.database.connection, ctx.stores.roster)],
    exportTables: exportTablesFor(EXPORT_KINDS, {
      async memberships(months) {
        const span = monthSpan(months.from, months.to, ctx.config.calendar);
        const [memberships, groups] = await Promise.all([ctx.stores.roster.findMemberships({ overlapping: { from: span.start, to: span.end } }), ctx.stores.roster.findGroups()]);
        return membershipRows(memberships, groups, await peopleById(ctx.stores.roster, memberships.map((m) => m.personId)), ctx.config.programTimezone);
      },
    }),
  } satisfies Feature & { useCases: unknown };
}

export const newYearFeature = { exportKinds: Object.values(EXPORT_KINDS), create: createNewYearFeature } satisfies FeatureModule;
