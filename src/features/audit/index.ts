import { exportTablesFor, type ExportKind } from '../../program/export-table.js';
import { monthSpan } from '../../program/month-span.js';
import type { Feature, FeatureContext, FeatureModule } from '../feature.js';
import { AUDIT_COLUMNS, auditRows } from './domain/audit-rows.js';
import { auditCopy } from './slack/copy.js';

/** Its kind of export, declared on the module (`npm run export` reads it before any setup). Last in the lists. */
const EXPORT_KINDS = {
  audit: { kind: 'audit', label: auditCopy.exportLabel, order: 100, header: AUDIT_COLUMNS },
} satisfies Record<string, ExportKind>;

/**
 * The audit trail written out: `npm run export -- audit` (and `/mentor-admin export audit`), every entry recorded in
 * the months asked. The features record to it (`stores.audit`); this feature only reads it.
 */
export function createAuditFeature(ctx: FeatureContext) {
  return {
    name: 'audit',
    exportTables: exportTablesFor(EXPORT_KINDS, {
      async audit(months) {
        const span = monthSpan(months.from, months.to, ctx.config.calendar);
        return auditRows(await ctx.stores.audit.findBetween(span.start, span.end));
      },
    }),
  } satisfies Feature;
}

export const auditFeature = { exportKinds: Object.values(EXPORT_KINDS), create: createAuditFeature } satisfies FeatureModule;
