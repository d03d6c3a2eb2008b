import { describe, expect, it } from 'vitest';
import { createExportsFeature } from '../../src/features/exports/index.js';
import { parseExportArgs } from '../../src/features/exports/domain/parse-export-args.js';
import { exportCopy } from '../../src/features/exports/slack/copy.js';
import { buildExportModal, describeExportProblem } from '../../src/features/exports/slack/export-views.js';
import type { Feature } from '../../src/features/feature.js';
import { FEATURE_EXPORT_KINDS } from '../../src/features/index.js';
import { orderTables } from '../../src/features/exports/domain/export.js';
import type { ExportTable } from '../../src/program/export-table.js';
import type { AuditEntry } from '../../src/program/records/audit.js';
import { offlineContext, offlineFeatures } from '../support/offline-features.js';

const NOW = new Date('2026-10-20T15:00:00Z');

/** A table as a new capability would contribute it (e.g. goals): rows made up from the months asked. */
function aTable(kind: string, order: number, asked: { from: string; to: string }[] = []): ExportTable {
  return {
    kind,
    label: `${kind} (a test table)`,
    order,
    header: ['month', 'what'],
    async rows(months) {
      asked.push({ ...months });
      return [
        [months.from, `${kind}, first`],
        [months.to, `${kind}, "second"`],
      ];
    },
  };
}

/** The exports feature on stand-in contributions (as if the features list held only these tables), its audit trail in `audited`. */
const exportsOn = (tables: readonly ExportTable[], audited: AuditEntry[] = []) => {
  const ctx = offlineContext({ exportTables: () => tables, homeSections: () => [] });
  const audit = { record: (entry: AuditEntry) => Promise.resolve(void audited.push(entry)), findBetween: () => Promise.resolve([]) };
  return createExportsFeature({ ...ctx, stores: { ...ctx.stores, audit } });
};

describe('export tables, contributed by the features through the list', () => {
  it('come from the feature whose record each is, and read in the order people know', () => {
    const features = offlineFeatures();
    const kindsOf = (tables: readonly ExportTable[] | undefined) => (tables ?? []).map((t) => t.kind);
    expect(kindsOf(features.contacts.exportTables)).toEqual(['contacts', 'compliance', 'concerns']);
    expect(kindsOf(features.requests.exportTables)).toEqual(['requests']);
    expect(kindsOf(features.switching.exportTables)).toEqual(['switches']);
    expect(kindsOf(features.clinical.exportTables)).toEqual(['rotations']);
    expect(kindsOf(features.trainings.exportTables)).toEqual(['trainings']);
    expect(kindsOf(features.audit.exportTables)).toEqual(['audit']);
    expect(kindsOf((features.exports as Feature).exportTables)).toEqual([]);
    const kinds = features.exports.useCases.exportKinds();
    expect(kinds).toEqual(['contacts', 'requests', 'compliance', 'concerns', 'switches', 'memberships', 'rotations', 'hours', 'parents', 'goals', 'trainings', 'survey', 'audit']);
    // The words that list the kinds are the ones people always read.
    expect(describeExportProblem({ code: 'no_kind' }, kinds)).toBe(
      'Say what to export: `/mentor-admin export contacts`, `requests`, `compliance`, `concerns`, `switches`, `memberships`, `rotations`, `hours`, `parents`, `goals`, `trainings`, `survey` or `audit`, optionally with `--from YYYY-MM --to YYYY-MM`.',
    );
    expect(describeExportProblem({ code: 'unknown_kind', word: 'notes' }, kinds)).toBe('I can’t export “notes”. Choose contacts, requests, compliance, concerns, switches, memberships, rotations, hours, parents, goals, trainings, survey or audit.');
    expect(describeExportProblem({ code: 'unexpected', word: 'x' }, kinds)).toBe(
      'I didn’t understand “x”. Use `/mentor-admin export <contacts|requests|compliance|concerns|switches|memberships|rotations|hours|parents|goals|trainings|survey|audit> [--from YYYY-MM] [--to YYYY-MM] [--year YYYY-YY] [--id ID]`.',
    );
    expect(exportCopy.cliUsage(kinds)).toBe('usage: npm run export -- <contacts|requests|compliance|concerns|switches|memberships|rotations|hours|parents|goals|trainings|survey|audit> [--from YYYY-MM] [--to YYYY-MM] [--year YYYY-YY] [--id ID]');
    expect(features.exports.help[0]!.usage[0]![0]).toBe('/mentor-admin export <contacts|requests|compliance|concerns|switches|memberships|rotations|hours|parents|goals|trainings|survey|audit> [--from YYYY-MM] [--to YYYY-MM] [--year YYYY-YY] [--id ID]');
    expect(features.exports.useCases.exportTables().map((t) => t.label)).toEqual([
      'Contacts (one row per contact; never notes)',
      'Requests (one row per request; never descriptions)',
      'Compliance (one row per mentee and month)',
      'Concerns (one row per concern; never notes)',
      'Switch requests (the audit trail; never reasons’ details)',
      'Memberships (who was in which group and role, and when; history kept)',
      'Clinical rotations (each mentee rotation: its mentor and obligations)',
      'Pre-med hours (each pair and month: minutes against the 120 asked for)',
      'Pre-med parents (each mentee under 18: the parent’s contact and the mentor’s, to pass on)',
      'Goals (counts per mentee: set, revisited, statuses; no words)',
      'Trainings (each person asked to attend: the answer and whether they attended)',
      'Survey answers (needs --id)',
      'Audit trail (who exported, decided on or was shown switch requests, and when)',
    ]);
  });

  it('are declared on the feature modules, so the kinds are known without building anything (npm run export’s usage)', () => {
    const described = (tables: readonly ExportTable[]) => tables.map((t) => Object.fromEntries(Object.entries(t).filter(([key]) => key !== 'rows')));
    // What the modules declare is what the built features contribute, less the rows.
    expect(FEATURE_EXPORT_KINDS).toEqual(described(Object.values(offlineFeatures()).flatMap((f: Feature) => f.exportTables ?? [])));
    const kinds = orderTables(FEATURE_EXPORT_KINDS).map((k) => k.kind);
    expect(kinds).toEqual(['contacts', 'requests', 'compliance', 'concerns', 'switches', 'memberships', 'rotations', 'hours', 'parents', 'goals', 'trainings', 'survey', 'audit']);
    expect(exportCopy.cliUsage(kinds)).toBe('usage: npm run export -- <contacts|requests|compliance|concerns|switches|memberships|rotations|hours|parents|goals|trainings|survey|audit> [--from YYYY-MM] [--to YYYY-MM] [--year YYYY-YY] [--id ID]');
  });

  it('let a new capability add a kind of export without touching the exports feature', async () => {
    const asked: { from: string; to: string }[] = [];
    const audited: AuditEntry[] = [];
    const feature = exportsOn([aTable('contacts', 10), aTable('goals', 25, asked), aTable('switches', 40)], audited);
    const kinds = feature.useCases.exportKinds();
    expect(kinds).toEqual(['contacts', 'goals', 'switches']);
    // The parser, the form, the help and the words all know it.
    const parsed = parseExportArgs(['Goals', '--from', '2026-09', '--to', '2026-10'], kinds);
    expect(parsed).toEqual({ ok: true, request: { kind: 'goals', from: '2026-09', to: '2026-10' } });
    const modal = buildExportModal(feature.useCases.exportTables());
    expect(JSON.stringify(modal)).toContain('"text":"goals (a test table)"');
    expect(feature.help[0]!.usage[0]![0]).toBe('/mentor-admin export <contacts|goals|switches> [--from YYYY-MM] [--to YYYY-MM] [--year YYYY-YY] [--id ID]');
    // And it exports it.
    const outcome = await feature.useCases.buildExport('cli:test', { kind: 'goals', from: '2026-09', to: '2026-10' }, NOW);
    expect(asked).toEqual([{ from: '2026-09', to: '2026-10' }]);
    expect(outcome).toEqual({
      ok: true,
      file: {
        kind: 'goals',
        from: '2026-09',
        to: '2026-10',
        filename: 'peer-mentor-goals-2026-09-to-2026-10.csv',
        csv: '\uFEFFmonth,what\r\n2026-09,"goals, first"\r\n2026-10,"goals, ""second"""\r\n',
        rows: 2,
      },
    });
    // Who exported what, and when, is in the audit trail.
    expect(audited).toEqual([{ at: NOW, actor: 'cli:test', action: 'export', subject: 'goals', detail: '2026-09..2026-10' }]);
  });

  it('refuse a kind no feature contributes, with the kinds there are', async () => {
    const audited: AuditEntry[] = [];
    const feature = exportsOn([aTable('contacts', 10), aTable('goals', 25)], audited);
    const kinds = feature.useCases.exportKinds();
    expect(parseExportArgs(['switches'], kinds)).toEqual({ ok: false, problem: { code: 'unknown_kind', word: 'switches' } });
    expect(describeExportProblem({ code: 'unknown_kind', word: 'switches' }, kinds)).toBe('I can’t export “switches”. Choose contacts or goals.');
    // A request built elsewhere (an old form) gets the same answer, and nothing is read.
    expect(await feature.useCases.buildExport('cli:test', { kind: 'switches', from: undefined, to: undefined }, NOW)).toEqual({ ok: false, problem: { code: 'unknown_kind', word: 'switches' } });
    // Nothing was exported, so nothing is audited.
    expect(audited).toEqual([]);
  });

  it('pass `--id` through to a kind that exports one record, which needs it; other kinds refuse it', async () => {
    const asked: (string | undefined)[] = [];
    const one: ExportTable = { ...aTable('survey', 30), needsId: true, rows: (_months, _now, options) => (asked.push(options.id), Promise.resolve([['one', options.id]])) };
    const audited: AuditEntry[] = [];
    const feature = exportsOn([aTable('contacts', 10), one], audited);
    const kinds = feature.useCases.exportKinds();
    const parsed = parseExportArgs(['survey', '--id', 'ab12cd34'], kinds);
    expect(parsed).toEqual({ ok: true, request: { kind: 'survey', from: undefined, to: undefined, id: 'ab12cd34' } });
    if (!parsed.ok) return;
    const outcome = await feature.useCases.buildExport('cli:test', parsed.request, NOW);
    expect(outcome.ok && outcome.file.csv).toBe('\uFEFFmonth,what\r\none,ab12cd34\r\n');
    expect(asked).toEqual(['ab12cd34']);
    expect(await feature.useCases.buildExport('cli:test', { kind: 'survey', from: undefined, to: undefined }, NOW)).toEqual({ ok: false, problem: { code: 'missing_id', kind: 'survey' } });
    expect(describeExportProblem({ code: 'missing_id', kind: 'survey' }, kinds)).toBe('Say which one to export: `--id` and its id, e.g. `survey --id 1a2b3c4d`.');
    expect(await feature.useCases.buildExport('cli:test', { kind: 'contacts', from: undefined, to: undefined, id: 'x' }, NOW)).toEqual({ ok: false, problem: { code: 'unexpected', word: '--id' } });
    expect(parseExportArgs(['survey', '--id'], kinds)).toEqual({ ok: false, problem: { code: 'missing_id', kind: 'survey' } });
    expect(parseExportArgs(['survey', '--id', 'a b;'], kinds)).toEqual({ ok: false, problem: { code: 'unexpected', word: 'a b;' } });
    expect(asked).toHaveLength(1);
    expect(audited).toEqual([{ at: NOW, actor: 'cli:test', action: 'export', subject: 'survey', detail: '2026-10..2026-10 id=ab12cd34' }]);
  });

  it('are each contributed once', () => {
    const feature = exportsOn([aTable('goals', 10), aTable('goals', 20)]);
    expect(() => feature.useCases.exportKinds()).toThrow('two features contribute the export kind “goals”');
  });
});
