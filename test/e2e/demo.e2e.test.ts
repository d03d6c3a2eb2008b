import path from 'node:path';
import mongoose from 'mongoose';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { launchChromium, SCREENSHOT_DIR } from '../support/browser.js';
import { spawnTsx, type TsxProcess } from '../support/run-cli-process.js';

// `npm run demo` as a newcomer runs it: its own process, no Slack, no tokens, no configuration. The play takes a
// minute or two on FerretDB's SQLite backend (more while other test files run).
const PLAY_MS = 480_000;
const TEN_WEEKS_IN = '2026-10-26';

/** The summary's count on the line that starts with `label` (after its two-space indent). */
function countOf(stdout: string, label: string): number {
  const line = stdout.split('\n').find((l) => l.trimStart().startsWith(label));
  if (line === undefined) throw new Error(`no summary line "${label}" in:\n${stdout}`);
  return Number(line.trim().split(/\s+/).at(-1));
}

async function demoDatabases(): Promise<string[]> {
  const connection = await mongoose.createConnection(inject('mongoUri')).asPromise();
  try {
    const { databases } = await connection.db!.admin().listDatabases();
    return databases.map((d) => d.name).filter((name) => name.startsWith('peer-mentor-demo'));
  } finally {
    await connection.close();
  }
}

describe('npm run demo', () => {
  it(
    `--no-serve --until ${TEN_WEEKS_IN}: with no MONGODB_URI, plays ten weeks on a database of its own, prints every kind of message sent, and exits 0`,
    async () => {
      // No MONGODB_URI: the embedded MongoDB, else (offline) the FerretDB scripts/ferretdb.sh builds with Go. The embedded
      // one is pointed at a mongod that is not there, as offline, so that the test itself asks nothing of the internet.
      const cache = process.env['PEER_MENTOR_CACHE'];
      const run = spawnTsx('src/cli/demo.ts', ['--no-serve', '--until', TEN_WEEKS_IN], { HOME: process.env['HOME'] ?? '', MONGOMS_SYSTEM_BINARY: '/nonexistent/mongod', ...(cache ? { PEER_MENTOR_CACHE: cache } : {}) });
      const code = await run.exited;
      const { stdout, stderr } = run.output();
      expect(code, stderr).toBe(0);
      expect(stdout).toContain('starting FerretDB instead');
      expect(stdout).toContain(`The sample semester, 2026-08-17 to ${TEN_WEEKS_IN} (71 days)`);
      for (const kind of [
        'introductions',
        'requests for help delivered',
        'request reminders',
        'overdue notes',
        'escalations to a Faculty Mentor',
        'month-end and semester-end nudges',
        'check-in prompts',
        'pulses',
        'time away notes',
        'switch messages',
        'weekly digests',
        'agreements to accept',
        'clinical rotation offers and introductions',
        'rotation obligation nudges',
        'pre-med introductions',
        'pre-med hours nudges',
        'Home tabs drawn',
      ]) {
        expect(countOf(stdout, kind), kind).toBeGreaterThan(0);
      }
      expect(countOf(stdout, 'answered on time')).toBeGreaterThan(0);
      expect(countOf(stdout, 'answered late')).toBeGreaterThan(0);
      expect(countOf(stdout, 'urgent requests')).toBe(1);
      expect(countOf(stdout, 'check-ins logged')).toBeGreaterThan(0);
      expect(countOf(stdout, 'switches approved')).toBe(1);
      // The clinical mentors' and the pre-med pair's agreements; one rotation mentor chosen, the other assigned at the deadline.
      expect(countOf(stdout, 'agreements accepted')).toBe(4);
      expect(countOf(stdout, 'rotation mentors chosen by the mentee')).toBe(1);
      expect(stderr).not.toMatch(/error/i);
    },
    PLAY_MS,
  );

  describe('served: /demo and the dashboard in a browser, and Ctrl-C leaves nothing behind', () => {
    let demo: TsxProcess | undefined;
    let chromium: Awaited<ReturnType<typeof launchChromium>> | undefined;
    let base = '';

    afterAll(async () => {
      await chromium?.close();
      if (demo !== undefined && demo.child.exitCode === null) {
        demo.child.kill('SIGKILL');
        await demo.exited;
      }
    });

    it(
      'plays the first weeks on MONGODB_URI’s server and serves the timeline',
      async () => {
        demo = spawnTsx('src/cli/demo.ts', ['--until', '2026-09-14', '--port', '0'], { MONGODB_URI: inject('mongoUri'), HOME: process.env['HOME'] ?? '' });
        const started = await new Promise<string>((resolve, reject) => {
          const timer = setInterval(() => {
            const found = /Open (http:\/\/localhost:\d+)\/demo/.exec(demo!.output().stdout);
            if (found) {
              clearInterval(timer);
              resolve(found[1]!);
            }
            if (demo!.child.exitCode !== null) {
              clearInterval(timer);
              reject(new Error(`the demo exited: ${demo!.output().stderr}`));
            }
          }, 200);
        });
        base = started.replace('localhost', '127.0.0.1');
        expect(await demoDatabases()).toHaveLength(1);
        chromium = await launchChromium();
        const page = await chromium.context.newPage();
        await page.goto(`${base}/demo`);
        await expect.poll(() => page.title()).toMatch(/demo/i);
        const body = await page.locator('body').innerText();
        expect(body).toContain('Pat Coordinator');
        expect(body).toContain('imports the roster');
        expect(body).toContain('asks for help, urgently, about her well-being');
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'demo-timeline.png'), fullPage: false });

        // Ada's page: what she received in Slack, drawn from Block Kit.
        await page.getByRole('link', { name: 'Lovelace, Ada' }).first().click();
        await expect.poll(() => page.url()).toContain('/demo/people/U0DEMOME01');
        const ada = await page.locator('body').innerText();
        expect(ada).toMatch(/Blue-Okafor/);
        expect(ada).not.toContain('Our lab hours clash');
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'demo-person.png'), fullPage: false });
      },
      PLAY_MS,
    );

    it('opens the dashboard signed in as the sample coordinator, its charts drawn', async () => {
      const page = await chromium!.context.newPage();
      await page.goto(`${base}/demo`);
      await page.getByRole('link', { name: /dashboard/i }).first().click();
      // The one-time link the app sent the sample coordinator by DM, as in Slack: its page signs in with one press.
      await expect.poll(() => new URL(page.url()).pathname).toBe('/dashboard/sign-in');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/dashboard');
      expect(await page.locator('svg').count()).toBeGreaterThan(2);
      const text = await page.locator('main').innerText();
      expect(text).toContain('Blue-Okafor');
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'demo-dashboard.png'), fullPage: false });
    });

    it('stops on Ctrl-C and drops the database it made', async () => {
      demo!.child.kill('SIGINT');
      expect(await demo!.exited).toBe(0);
      expect(await demoDatabases()).toEqual([]);
    }, 30_000);
  });
});
