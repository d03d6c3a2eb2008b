/**
 * The project's own lint: the rules of CONVENTIONS.md that a type checker cannot see.
 * `npm run lint` prints each breach as file:line and exits 1 if there is any.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

interface Breach {
  readonly file: string;
  readonly line: number;
  readonly rule: string;
}

const ROOMS = ['config', 'domain', 'services', 'store', 'slack', 'jobs', 'cli', 'log'] as const;
type Room = (typeof ROOMS)[number] | 'main';

/** Which of our rooms each room may import (CONVENTIONS: the direction of imports). */
const MAY_IMPORT: Record<Room, readonly Room[]> = {
  domain: ['domain'],
  config: ['config', 'domain'],
  log: ['log', 'config'],
  services: ['services', 'domain', 'config', 'log'],
  store: ['store', 'services', 'domain', 'config', 'log'],
  slack: ['slack', 'services', 'domain', 'config', 'log'],
  jobs: ['jobs', 'services', 'domain', 'config', 'log'],
  cli: ['cli', 'main', 'jobs', 'services', 'store', 'slack', 'domain', 'config', 'log'],
  main: ['config', 'log', 'store', 'services', 'slack', 'jobs', 'domain'],
};

/** Packages only one room may import. */
const PACKAGE_OWNERS: readonly { pattern: RegExp; rooms: readonly Room[]; what: string }[] = [
  { pattern: /^mongoose$|^mongodb(-memory-server)?$/, rooms: ['store'], what: 'mongoose and MongoDB packages are imported only in store/' },
  { pattern: /^@slack\//, rooms: ['slack'], what: '@slack/* is imported only in slack/' },
  { pattern: /^winston$/, rooms: ['log'], what: 'winston is imported only in log/' },
  { pattern: /^node-cron$/, rooms: ['jobs'], what: 'node-cron is imported only in jobs/' },
];

function roomOf(file: string): Room | undefined {
  const rel = path.relative('src', file).split(path.sep);
  if (rel.length === 1 && rel[0] === 'main.ts') return 'main';
  return (ROOMS as readonly string[]).includes(rel[0]!) ? (rel[0] as Room) : undefined;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

export function lint(): Breach[] {
  const breaches: Breach[] = [];
  for (const file of files('src')) {
    const room = roomOf(file);
    const lines = readFileSync(file, 'utf8').split('\n');
    const add = (line: number, rule: string) => breaches.push({ file, line: line + 1, rule });
    if (room === undefined) {
      add(0, `src/ holds only ${ROOMS.join(', ')} and main.ts`);
      continue;
    }
    lines.forEach((text, i) => {
      const spec = /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/.exec(text)?.[1] ?? /^\s*import\s+['"]([^'"]+)['"]/.exec(text)?.[1] ?? /\bimport\(\s*['"]([^'"]+)['"]\s*\)/.exec(text)?.[1];
      if (spec !== undefined) {
        if (spec.startsWith('.')) {
          const target = roomOf(path.join(path.dirname(file), spec));
          if (target !== undefined && !MAY_IMPORT[room].includes(target)) add(i, `${room}/ may not import ${target}/ (allowed: ${MAY_IMPORT[room].join(', ')})`);
          if (!spec.endsWith('.js')) add(i, 'relative imports end in .js (Node ESM)');
        } else {
          for (const owner of PACKAGE_OWNERS) if (owner.pattern.test(spec) && !owner.rooms.includes(room)) add(i, owner.what);
          if (room === 'domain' && !spec.startsWith('dayjs')) add(i, 'domain/ imports nothing but itself and dayjs');
        }
      }
      if (/\bconsole\.(log|info|debug)\(/.test(text)) add(i, 'no console.log: log through the winston logger');
      if (/process\.env\b/.test(text) && room !== 'main' && room !== 'cli') add(i, 'only main.ts and cli/ read process.env (through config/)');
      if ((room === 'domain' || room === 'services') && (/\bDate\.now\(\)|new Date\(\)|\bdayjs\(\)/.test(text))) {
        add(i, 'no clock in rules or use cases: pass `now` in');
      }
      if (room === 'store' && (/strict:\s*false/.test(text) || /Model<any>/.test(text))) add(i, 'strict schemas only');
    });
  }
  for (const file of files('test')) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((text, i) => {
        if (/vi\.mock\(\s*['"]\.{1,2}\//.test(text)) breaches.push({ file, line: i + 1, rule: 'no vi.mock of our own modules: use a fake that implements the port' });
        if (/\b(it|describe|test)\.(skip|only|todo)\b/.test(text)) breaches.push({ file, line: i + 1, rule: 'no skipped, focused or todo tests' });
      });
  }
  return breaches;
}

const breaches = lint();
for (const b of breaches) process.stderr.write(`${b.file}:${b.line}: ${b.rule}\n`);
if (breaches.length > 0) {
  process.stderr.write(`lint: ${breaches.length} problem(s)\n`);
  process.exit(1);
}
process.stdout.write('lint: ok\n');
