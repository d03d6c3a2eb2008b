import { describe, expect, it } from 'vitest';
import {
  buildGraph,
  checkCycles,
  checkSource,
  checkTest,
  findCycles,
  importsOf,
  lint,
  MAX_LINES,
  resolveImport,
  type Breach,
} from '../../scripts/lint.js';

const rulesOf = (breaches: readonly Breach[]): string[] => breaches.map((b) => b.rule);
const sourceRules = (file: string, text: string): string[] => rulesOf(checkSource(file, text));
const tree = (files: Record<string, string>): Map<string, string> => new Map(Object.entries(files));

describe('reading imports', () => {
  it('finds static, multi-line, type-only, re-export, side-effect and dynamic imports with their lines', () => {
    const text = [
      "import { a } from './a.js';",
      'import {',
      '  b,',
      '  c,',
      "} from '../b.js';",
      "import type { D } from './d.js';",
      "export { e } from './e.js';",
      "export * from './f.js';",
      "import 'node:process';",
      "const g = await import('./g.js');",
      "let h: typeof import('mongodb-memory-server');",
      "import dayjs, { type Dayjs } from 'dayjs';",
    ].join('\n');
    expect(importsOf(text)).toEqual([
      { spec: './a.js', line: 1 },
      { spec: '../b.js', line: 2 },
      { spec: './d.js', line: 6 },
      { spec: './e.js', line: 7 },
      { spec: './f.js', line: 8 },
      { spec: 'node:process', line: 9 },
      { spec: './g.js', line: 10 },
      { spec: 'mongodb-memory-server', line: 11 },
      { spec: 'dayjs', line: 12 },
    ]);
  });

  it('resolves a relative import to the source file it names', () => {
    expect(resolveImport('src/features/away/slack/away-views.ts', '../../../program/roster.js')).toBe('src/program/roster.ts');
    expect(resolveImport('src/main.ts', './config/env')).toBe('src/config/env.ts');
  });
});

describe('rules of one source file', () => {
  const cases: readonly { name: string; file: string; text: string; rule: RegExp }[] = [
    { name: 'relative imports end in .js', file: 'src/program/roster.ts', text: "import { x } from './calendar';", rule: /end in \.js/ },
    { name: 'a feature imports another feature', file: 'src/features/home/read-home.ts', text: "import { x } from '../digests/domain/digest.js';", rule: /features\/home may not import features\/digests/ },
    { name: "a feature imports another feature's index.ts", file: 'src/features/home/slack/view.ts', text: "import x from '../../away/index.js';", rule: /features\/home may not import features\/away/ },
    { name: 'the features list imports a feature file other than its index.ts', file: 'src/features/index.ts', text: "import { x } from './away/time-away.js';", rule: /imports only feature\.ts and each feature's index\.ts/ },
    { name: 'the Feature interface imports a feature', file: 'src/features/feature.ts', text: "import type { X } from './home/ports.js';", rule: /feature\.ts imports no feature/ },
    { name: 'program/ imports a feature', file: 'src/program/store/create-stores.ts', text: "import { x } from '../../features/nudges/store/zone-check-repository.js';", rule: /program\/ never imports features\// },
    { name: 'delivery/ imports a feature', file: 'src/delivery/deliver.ts', text: "import { x } from '../features/home/ports.js';", rule: /delivery\/ never imports features\// },
    { name: 'config/ imports a feature', file: 'src/config/env.ts', text: "import { x } from '../features/nudges/domain/nudges.js';", rule: /config\/ never imports features\// },
    { name: 'log/ imports a feature', file: 'src/log/logger.ts', text: "import { x } from '../features/home/ports.js';", rule: /log\/ never imports features\// },
    { name: 'program/ imports the Slack shell', file: 'src/program/store/create-stores.ts', text: "import { x } from '../../slack/blocks.js';", rule: /never imports the Slack shell/ },
    { name: 'delivery/ outside slack/ imports the Slack shell', file: 'src/delivery/once.ts', text: "import { x } from '../slack/blocks.js';", rule: /never imports the Slack shell/ },
    { name: 'a domain file imports a use case', file: 'src/features/nudges/domain/nudges.ts', text: "import { x } from '../plan-nudges.js';", rule: /import only domain\/ files/ },
    { name: 'a domain file imports program/store', file: 'src/features/nudges/domain/nudges.ts', text: "import { x } from '../../../program/store/database.js';", rule: /import only domain\/ files/ },
    { name: 'a pure kernel file imports a non-pure file', file: 'src/program/load-program-state.ts', text: "import type { X } from '../services/app-services.js';", rule: /import only domain\/ files/ },
    { name: 'a domain file imports a package', file: 'src/features/away/domain/away.ts', text: "import { z } from 'zod';", rule: /import no package but dayjs/ },
    { name: 'mongoose outside store/', file: 'src/features/away/time-away.ts', text: "import type { Connection } from 'mongoose';", rule: /MongoDB are imported only in store\// },
    { name: 'mongodb outside store/', file: 'src/main.ts', text: "import { MongoClient } from 'mongodb';", rule: /MongoDB are imported only in store\// },
    { name: '@slack outside slack/', file: 'src/features/away/time-away.ts', text: "import type { App } from '@slack/bolt';", rule: /@slack\/\* is imported only in slack\// },
    { name: 'winston outside log/', file: 'src/slack/bolt-logger.ts', text: "import winston from 'winston';", rule: /winston is imported only in log\// },
    { name: 'node-cron outside jobs/', file: 'src/features/nudges/run-nudges.ts', text: "import cron from 'node-cron';", rule: /node-cron is imported only in jobs\// },
    { name: 'a feature imports the demo', file: 'src/features/home/index.ts', text: "import { x } from '../../demo/play-semester.js';", rule: /only cli\/ imports demo\// },
    { name: 'a feature imports main.ts', file: 'src/features/home/index.ts', text: "import { x } from '../../main.js';", rule: /only cli\/ and demo\/ import main\.ts/ },
    { name: 'console.log', file: 'src/slack/commands.ts', text: "console.log('hi');", rule: /no console\.log/ },
    { name: 'process.env outside main.ts and cli/', file: 'src/config/env.ts', text: 'const port = process.env.PORT;', rule: /only main\.ts and cli\/ read process\.env/ },
    { name: 'Date.now() in a use case', file: 'src/features/requests/request-help.ts', text: 'const now = Date.now();', rule: /no clock/ },
    { name: 'new Date() in a kernel rule', file: 'src/program/calendar.ts', text: 'const now = new Date();', rule: /no clock/ },
    { name: 'bare dayjs() in a domain file', file: 'src/features/digests/domain/digest.ts', text: 'const now = dayjs();', rule: /no clock/ },
    { name: 'strict: false in a store', file: 'src/program/store/roster.model.ts', text: 'const schema = new Schema({}, { strict: false });', rule: /strict schemas only/ },
    { name: 'Model<any> in a store', file: 'src/features/nudges/store/zone-check.model.ts', text: 'let model: Model<any>;', rule: /strict schemas only/ },
    { name: 'a folder src/ does not hold', file: 'src/services/app-services.ts', text: 'export const x = 1;', rule: /src\/ holds only/ },
  ];

  it.each(cases)('fires on $name', ({ file, text, rule }) => {
    expect(sourceRules(file, text)).toEqual([expect.stringMatching(rule)]);
  });

  it('reports the line of the breach', () => {
    const text = "import { a } from './a.js';\n\nimport { b } from '../digests/b.js';\n";
    expect(checkSource('src/features/home/read-home.ts', text)).toEqual([
      { file: 'src/features/home/read-home.ts', line: 3, rule: expect.stringMatching(/may not import features\/digests/) },
    ]);
  });

  it(`reports a file over ${MAX_LINES} lines with its length, and lets one of ${MAX_LINES} pass`, () => {
    const long = 'export const x = 1;\n'.repeat(MAX_LINES + 1);
    expect(checkSource('src/program/roster.ts', long)).toEqual([
      { file: 'src/program/roster.ts', line: MAX_LINES + 1, rule: `no source file over ${MAX_LINES} lines (this one has ${MAX_LINES + 1})` },
    ]);
    expect(checkSource('src/program/roster.ts', 'export const x = 1;\n'.repeat(MAX_LINES))).toEqual([]);
  });

  it('lets the allowed imports and edges pass', () => {
    const allowed: readonly [string, string][] = [
      ['src/features/home/slack/home-view.ts', "import { x } from '../domain/home.js';\nimport { b } from '../../../slack/blocks.js';\nimport type { App } from '@slack/bolt';"],
      ['src/features/home/index.ts', "import type { Feature } from '../feature.js';\nimport { clock } from '../../program/calendar.js';\nconst now = new Date();"],
      ['src/features/index.ts', "import type { Feature } from './feature.js';\nimport { away } from './away/index.js';\nimport { home } from './home/index.js';"],
      ['src/features/nudges/domain/nudges.ts', "import dayjs from 'dayjs';\nimport utc from 'dayjs/plugin/utc.js';\nimport { x } from './zone-refresh.js';\nimport { y } from '../../../program/roster.js';\nimport { z } from '../../../program/records/request.js';"],
      ['src/delivery/slack/messenger.ts', "import type { WebClient } from '@slack/web-api';\nimport type { KnownBlock } from '../../slack/blocks.js';"],
      ['src/program/store/database.ts', "import mongoose from 'mongoose';\nlet m: typeof import('mongodb-memory-server');\nconst started = new Date();"],
      ['src/features/nudges/store/zone-check.model.ts', "import { Schema, type Model } from 'mongoose';"],
      ['src/features/requests/slack/request-command.ts', 'const received = Date.now();'],
      ['src/delivery/deliver.ts', 'const sentAt = new Date();'],
      ['src/log/logger.ts', "import winston from 'winston';"],
      ['src/jobs/scheduler.ts', "import cron from 'node-cron';"],
      ['src/cli/run-job.ts', "import { start } from '../main.js';\nconst uri = process.env.MONGODB_URI;"],
      ['src/main.ts', 'const port = process.env.PORT;'],
      ['src/program/calendar-date.ts', "  // Not dayjs's isoWeek plugin: it reads the clock (`dayjs.utc()`).\n/** Never `new Date()` here. */\n * see console.log("],
    ];
    for (const [file, text] of allowed) expect(sourceRules(file, text), file).toEqual([]);
  });
});

describe('import cycles', () => {
  it('finds a cycle of type-only imports and reports it once, at the import that starts it', () => {
    const sources = tree({
      'src/features/away/ports.ts': "import type { AwayOutcome } from './time-away.js';",
      'src/features/away/time-away.ts': "import { x } from '../../program/roster.js';\n\nimport type { AwayStore } from './ports.js';",
      'src/program/roster.ts': 'export const x = 1;',
    });
    expect(checkCycles(buildGraph(sources))).toEqual([
      { file: 'src/features/away/ports.ts', line: 1, rule: 'import cycle: features/away/ports.ts → features/away/time-away.ts → features/away/ports.ts' },
    ]);
  });

  it('reports one tangle of files once, with one loop and every file in it', () => {
    const sources = tree({
      'src/a.ts': "import { b } from './b.js';\nimport { c } from './c.js';",
      'src/b.ts': "import { a } from './a.js';",
      'src/c.ts': "import { d } from './d.js';",
      'src/d.ts': "import { a } from './a.js';",
      'src/e.ts': "import { a } from './a.js';",
    });
    expect(findCycles(buildGraph(sources))).toEqual([{ files: ['src/a.ts', 'src/b.ts', 'src/c.ts', 'src/d.ts'], loop: ['src/a.ts', 'src/b.ts', 'src/a.ts'] }]);
    expect(rulesOf(checkCycles(buildGraph(sources)))).toEqual(['import cycle: a.ts → b.ts → a.ts; 4 files tangled: a.ts, b.ts, c.ts, d.ts']);
  });

  it('finds a file that imports itself, and no cycle in a tree without one', () => {
    expect(findCycles(buildGraph(tree({ 'src/a.ts': "import { a } from './a.js';" })))).toEqual([{ files: ['src/a.ts'], loop: ['src/a.ts', 'src/a.ts'] }]);
    const acyclic = tree({ 'src/a.ts': "import { b } from './b.js';\nimport { c } from './c.js';", 'src/b.ts': "import { c } from './c.js';", 'src/c.ts': '' });
    expect(findCycles(buildGraph(acyclic))).toEqual([]);
  });
});

describe('rules of test files', () => {
  // Built from pieces so that this file does not break the rules it tests.
  const mockOwn = ['vi', "mock('../../src/program/store/database.js');"].join('.');
  const mockPackage = ['vi', "mock('node:fs');"].join('.');
  const skipped = ['it', "skip('waits', () => {});"].join('.');
  const focused = ['describe', "only('x', () => {});"].join('.');
  const todo = ['test', "todo('later');"].join('.');

  it('fires on vi.mock of our own modules and on skipped, focused or todo tests', () => {
    expect(checkTest('test/unit/x.test.ts', [mockOwn, mockPackage, skipped, focused, todo].join('\n'))).toEqual([
      { file: 'test/unit/x.test.ts', line: 1, rule: expect.stringMatching(/no vi\.mock of our own modules/) },
      { file: 'test/unit/x.test.ts', line: 3, rule: 'no skipped, focused or todo tests' },
      { file: 'test/unit/x.test.ts', line: 4, rule: 'no skipped, focused or todo tests' },
      { file: 'test/unit/x.test.ts', line: 5, rule: 'no skipped, focused or todo tests' },
    ]);
  });
});

describe('a whole tree', () => {
  const clean = {
    'src/main.ts': "import { readConfig } from './config/env.js';\nimport { features } from './features/index.js';\nconst env = process.env;",
    'src/config/env.ts': "import { z } from 'zod';\nimport { DEFAULT_SEMESTERS } from '../program/calendar.js';",
    'src/program/calendar.ts': "import dayjs from 'dayjs';\nexport const DEFAULT_SEMESTERS = [];",
    'src/program/store/database.ts': "import mongoose from 'mongoose';\nimport { DEFAULT_SEMESTERS } from '../calendar.js';",
    'src/slack/blocks.ts': "import type { KnownBlock } from '@slack/types';",
    'src/slack/bolt-app.ts': "export type { App } from '@slack/bolt';",
    'src/features/feature.ts': "import type { App } from '../slack/bolt-app.js';",
    'src/features/index.ts': "import type { Feature } from './feature.js';\nimport { away } from './away/index.js';",
    'src/features/away/index.ts': "import type { Feature } from '../feature.js';\nimport { takeTimeAway } from './time-away.js';\nimport { registerAway } from './slack/register-away.js';",
    'src/features/away/time-away.ts': "import { awayDays } from './domain/away.js';\nimport type { AwayStore } from './ports.js';",
    'src/features/away/ports.ts': "import type { Away } from './domain/away.js';",
    'src/features/away/domain/away.ts': "import dayjs from 'dayjs';\nimport { DEFAULT_SEMESTERS } from '../../../program/calendar.js';",
    'src/features/away/slack/register-away.ts': "import type { App } from '@slack/bolt';\nimport { plain } from '../../../slack/blocks.js';\nimport { takeTimeAway } from '../time-away.js';",
    'src/cli/run-job.ts': "import { start } from '../main.js';",
  };
  const tests = { 'test/unit/away.test.ts': "import { it } from 'vitest';\nit('counts days', () => {});" };

  it('passes a clean tree', () => {
    expect(lint(tree(clean), tree(tests))).toEqual([]);
  });

  it('reports breaches sorted by file and line', () => {
    const broken = {
      ...clean,
      'src/features/home/index.ts': "import { awayDays } from '../away/domain/away.js';",
      'src/features/away/domain/away.ts': "import { x } from '../time-away.js';",
    };
    expect(lint(tree(broken), tree(tests)).map((b) => `${b.file}:${b.line}`)).toEqual([
      'src/features/away/domain/away.ts:1',
      'src/features/away/domain/away.ts:1',
      'src/features/home/index.ts:1',
    ]);
  });
});
