/**
 * The project's own lint: the rules of CONVENTIONS.md that a type checker cannot see.
 * `npm run lint` prints each breach as file:line: rule and exits 1 if there is any.
 * Every check is a pure function of (file, text) or of the import graph, so test/unit/lint.test.ts runs them on examples.
 * Paths are posix and relative to the repository root, e.g. src/features/away/slack/away-views.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface Breach {
  readonly file: string;
  readonly line: number;
  readonly rule: string;
}

export interface Import {
  readonly spec: string;
  readonly line: number;
}

/** Relative imports between src/ files (type-only included): file → the files it imports, with the line of each import. */
export type ImportGraph = ReadonlyMap<string, readonly { readonly to: string; readonly line: number }[]>;

export const MAX_LINES = 300;
const ROOMS = ['main.ts', 'cli', 'config', 'log', 'program', 'delivery', 'slack', 'features', 'jobs', 'demo'];

const roomOf = (file: string): string | undefined => file.split('/')[1];
const inFolder = (file: string, name: string): boolean => file.split('/').slice(0, -1).includes(name);

/** The feature a file belongs to (src/features/<name>/**); undefined for the registry files feature.ts and index.ts. */
export function featureOf(file: string): string | undefined {
  const parts = file.split('/');
  return parts[0] === 'src' && parts[1] === 'features' && parts.length > 3 ? parts[2] : undefined;
}

/** program/*.ts, program/records/ and program/overview/: the kernel's pure rules and record types (program/store/ and program/snapshot/ do I/O). */
export const isPureKernel = (file: string): boolean => /^src\/program\/((records|overview)\/)?[^/]+\.ts$/.test(file);

/** Files that must stay free of I/O: any domain/ folder, and the kernel's pure files. */
export const isPure = (file: string): boolean => inFolder(file, 'domain') || isPureKernel(file);

/** Rules and use cases take `now` as an argument; only the Slack and store edges (and index.ts wiring) may read the clock. */
const mayReadClock = (file: string): boolean =>
  !['program', 'features'].includes(roomOf(file) ?? '') || inFolder(file, 'slack') || inFolder(file, 'store') || path.posix.basename(file) === 'index.ts';

const IMPORT_PATTERNS = [
  /^[ \t]*import\s+(?:type\s+)?(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s*as\s+[\w$]+)?\s*from\s*(['"])([^'"]+)\1/gm,
  /^[ \t]*export\s+(?:type\s+)?(?:\{[^}]*\}|\*(?:\s*as\s+[\w$]+)?)\s*from\s*(['"])([^'"]+)\1/gm,
  /^[ \t]*import\s*(['"])([^'"]+)\1/gm,
  /\bimport\(\s*(['"])([^'"]+)\1\s*\)/g,
];

/** Every import, re-export, side-effect import and import() of a text, multi-line ones included, in file order. */
export function importsOf(text: string): Import[] {
  const found = IMPORT_PATTERNS.flatMap((pattern) => [...text.matchAll(pattern)]);
  return found
    .sort((a, b) => a.index - b.index)
    .map((match) => ({ spec: match[2]!, line: text.slice(0, match.index).split('\n').length }));
}

/** The source file a relative import names: './x.js' from src/a/b.ts is src/a/x.ts. */
export function resolveImport(file: string, spec: string): string {
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
  if (target.endsWith('.js')) return `${target.slice(0, -3)}.ts`;
  return path.posix.extname(target) === '' ? `${target}.ts` : target;
}

/** The layout rules a relative import from `file` to `target` breaks. */
export function relativeImportRules(file: string, target: string): string[] {
  const rules: string[] = [];
  const room = roomOf(file) ?? '';
  const from = featureOf(file);
  const to = featureOf(target);
  if (from !== undefined && to !== undefined && from !== to) {
    rules.push(`features/${from} may not import features/${to}: share through program/, delivery/ or the Slack shell`);
  }
  if (file === 'src/features/index.ts' && roomOf(target) === 'features' && !/^src\/features\/(feature|[^/]+\/index)\.ts$/.test(target)) {
    rules.push("features/index.ts imports only feature.ts and each feature's index.ts");
  }
  if (file === 'src/features/feature.ts' && to !== undefined) rules.push('features/feature.ts imports no feature');
  if (['program', 'delivery', 'config', 'log'].includes(room) && roomOf(target) === 'features') rules.push(`${room}/ never imports features/`);
  // Slack adapters of the kernel and of delivery (program/slack/, delivery/slack/) may use the shell's Block Kit helpers.
  const shellBelow = ['config', 'log'].includes(room) || (['program', 'delivery'].includes(room) && !inFolder(file, 'slack'));
  if (shellBelow && roomOf(target) === 'slack') rules.push(`${room}/ never imports the Slack shell (slack/)`);
  // The demo (a Slack simulator and a sample semester) composes the app as the command line does, and only cli/ starts it.
  if (target === 'src/main.ts' && file !== 'src/main.ts' && !['cli', 'demo'].includes(room)) rules.push('only cli/ and demo/ import main.ts');
  if (roomOf(target) === 'demo' && !['cli', 'demo'].includes(room)) rules.push('only cli/ imports demo/');
  if (isPure(file) && !isPure(target)) {
    rules.push('domain/ and pure program/ files import only domain/ files and program/*.ts, program/records/, program/overview/ (no I/O)');
  }
  return rules;
}

const PACKAGE_RULES: readonly { pattern: RegExp; allowed: (file: string) => boolean; rule: string }[] = [
  { pattern: /^(mongoose|mongodb|mongodb-memory-server)(\/|$)/, allowed: (f) => inFolder(f, 'store'), rule: 'mongoose and MongoDB are imported only in store/ folders' },
  { pattern: /^@slack\//, allowed: (f) => inFolder(f, 'slack'), rule: '@slack/* is imported only in slack/ folders' },
  { pattern: /^winston(\/|$)/, allowed: (f) => roomOf(f) === 'log', rule: 'winston is imported only in log/' },
  { pattern: /^node-cron(\/|$)/, allowed: (f) => roomOf(f) === 'jobs', rule: 'node-cron is imported only in jobs/' },
];

/** The rules a package import from `file` breaks. */
export function packageImportRules(file: string, spec: string): string[] {
  const rules = PACKAGE_RULES.filter((owner) => owner.pattern.test(spec) && !owner.allowed(file)).map((owner) => owner.rule);
  if (isPure(file) && !/^dayjs(\/plugin\/[\w.-]+)?$/.test(spec)) rules.push('domain/ and pure program/ files import no package but dayjs');
  return rules;
}

/** The import rules of one src/ file. */
export function checkImports(file: string, text: string): Breach[] {
  return importsOf(text).flatMap(({ spec, line }) => {
    const rules = spec.startsWith('.')
      ? [...(spec.endsWith('.js') || spec.endsWith('.json') ? [] : ['relative imports end in .js (Node ESM)']), ...relativeImportRules(file, resolveImport(file, spec))]
      : packageImportRules(file, spec);
    return rules.map((rule) => ({ file, line, rule }));
  });
}

const LINE_RULES: readonly { pattern: RegExp; applies: (file: string) => boolean; rule: string }[] = [
  { pattern: /\bconsole\.(log|info|debug)\(/, applies: () => true, rule: 'no console.log: log through the winston logger' },
  { pattern: /process\.env\b/, applies: (f) => f !== 'src/main.ts' && roomOf(f) !== 'cli', rule: 'only main.ts and cli/ read process.env (through config/)' },
  { pattern: /\bDate\.now\(\)|\bnew Date\(\)|\bdayjs(\.utc|\.tz)?\(\)/, applies: (f) => !mayReadClock(f), rule: 'no clock in rules or use cases: pass `now` in' },
  { pattern: /strict:\s*false|Model<any>/, applies: (f) => inFolder(f, 'store'), rule: 'strict schemas only: no strict: false, no Model<any>' },
];

const isComment = (line: string): boolean => /^\s*(\/\/|\/\*|\*)/.test(line);

/** The line-by-line rules of one src/ file; comment lines may name what they forbid. */
export function checkLines(file: string, text: string): Breach[] {
  const rules = LINE_RULES.filter((r) => r.applies(file));
  return text.split('\n').flatMap((content, i) =>
    isComment(content) ? [] : rules.filter((r) => r.pattern.test(content)).map((r) => ({ file, line: i + 1, rule: r.rule })),
  );
}

export const lineCount = (text: string): number => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

/** src/ holds only the rooms, and no file is over MAX_LINES lines (the line reported is the file's length). */
export function checkShape(file: string, text: string): Breach[] {
  const breaches: Breach[] = [];
  if (!ROOMS.includes(roomOf(file) ?? '')) breaches.push({ file, line: 1, rule: `src/ holds only ${ROOMS.join(', ')}` });
  const lines = lineCount(text);
  if (lines > MAX_LINES) breaches.push({ file, line: lines, rule: `no source file over ${MAX_LINES} lines (this one has ${lines})` });
  return breaches;
}

/** Every per-file rule of one src/ file. */
export const checkSource = (file: string, text: string): Breach[] => [...checkShape(file, text), ...checkImports(file, text), ...checkLines(file, text)];

/** The rules of one test file. */
export function checkTest(file: string, text: string): Breach[] {
  return text.split('\n').flatMap((content, i) => {
    const rules: string[] = [];
    if (/vi\.mock\(\s*['"]\.{1,2}\//.test(content)) rules.push('no vi.mock of our own modules: use a fake that implements the port');
    if (/\b(it|describe|test)\.(skip|only|todo)\b/.test(content)) rules.push('no skipped, focused or todo tests');
    return rules.map((rule) => ({ file, line: i + 1, rule }));
  });
}

/** The graph of relative imports between the given src/ files. */
export function buildGraph(sources: ReadonlyMap<string, string>): ImportGraph {
  const graph = new Map<string, { to: string; line: number }[]>();
  for (const [file, text] of sources) {
    const edges = importsOf(text)
      .filter(({ spec }) => spec.startsWith('.'))
      .map(({ spec, line }) => ({ to: resolveImport(file, spec), line }))
      .filter(({ to }) => sources.has(to));
    graph.set(file, edges);
  }
  return graph;
}

/** Tarjan's strongly connected components: each tangle of files that import one another, once. */
function tangles(graph: ImportGraph): string[][] {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const groups: string[][] = [];
  const visit = (file: string): void => {
    order.set(file, order.size);
    low.set(file, order.get(file)!);
    stack.push(file);
    for (const { to } of graph.get(file) ?? []) {
      if (!order.has(to)) visit(to);
      if (stack.includes(to)) low.set(file, Math.min(low.get(file)!, low.get(to)!));
    }
    if (low.get(file) !== order.get(file)) return;
    const group = stack.splice(stack.indexOf(file));
    if (group.length > 1 || (graph.get(file) ?? []).some(({ to }) => to === file)) groups.push(group.sort());
  };
  for (const file of [...graph.keys()].sort()) if (!order.has(file)) visit(file);
  return groups;
}

/** The shortest cycle from `start` back to itself through `members`: [start, ..., start]. */
function shortestCycle(graph: ImportGraph, start: string, members: ReadonlySet<string>): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  for (const file of queue) {
    for (const { to } of graph.get(file) ?? []) {
      if (to === start) {
        const cycle = [file];
        while (cycle[0] !== start) cycle.unshift(previous.get(cycle[0]!)!);
        return [...cycle, start];
      }
      if (members.has(to) && !previous.has(to) && to !== start) {
        previous.set(to, file);
        queue.push(to);
      }
    }
  }
  return [start, start];
}

export interface Cycle {
  /** Every file of the tangle, sorted. */
  readonly files: readonly string[];
  /** One concrete loop through the first file: [a, b, ..., a]. */
  readonly loop: readonly string[];
}

/** The import cycles of a graph, one per tangle of files. */
export function findCycles(graph: ImportGraph): Cycle[] {
  return tangles(graph).map((files) => ({ files, loop: shortestCycle(graph, files[0]!, new Set(files)) }));
}

/** One breach per cycle, at the import that starts its loop. */
export function checkCycles(graph: ImportGraph): Breach[] {
  const short = (file: string): string => file.replace(/^src\//, '');
  return findCycles(graph).map(({ files, loop }) => {
    const [first, second] = loop as [string, string];
    const line = graph.get(first)?.find(({ to }) => to === second)?.line ?? 1;
    const tangle = files.length > loop.length - 1 ? `; ${files.length} files tangled: ${files.map(short).join(', ')}` : '';
    return { file: first, line, rule: `import cycle: ${loop.map(short).join(' → ')}${tangle}` };
  });
}

/** Every rule over a tree given as file → text maps. */
export function lint(sources: ReadonlyMap<string, string>, tests: ReadonlyMap<string, string>): Breach[] {
  const breaches = [
    ...[...sources].flatMap(([file, text]) => checkSource(file, text)),
    ...checkCycles(buildGraph(sources)),
    ...[...tests].flatMap(([file, text]) => checkTest(file, text)),
  ];
  return breaches.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

function readTree(root: string, dir: string): Map<string, string> {
  const files = readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
  return new Map(files.map((file) => [file, readFileSync(path.join(root, file), 'utf8')]));
}

function main(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const breaches = lint(readTree(root, 'src'), readTree(root, 'test'));
  for (const b of breaches) process.stderr.write(`${b.file}:${b.line}: ${b.rule}\n`);
  if (breaches.length > 0) {
    process.stderr.write(`lint: ${breaches.length} problem(s)\n`);
    process.exit(1);
  }
  process.stdout.write('lint: ok\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
