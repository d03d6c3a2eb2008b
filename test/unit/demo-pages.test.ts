import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { DemoRecord } from '../../src/demo/demo-record.js';
import { createDemoRoutes } from '../../src/demo/page/demo-pages.js';
import { FakeSlack } from '../../src/demo/slack-simulator/fake-slack.js';
import { BOT, type FakeMessage } from '../../src/demo/slack-simulator/fake-workspace.js';

const ZONE = 'America/New_York';
const at = (iso: string) => Date.parse(iso);
const plain = (text: string) => ({ type: 'plain_text', text });
const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });

/** A hand-made semester: two people in a group, an admin whose name carries markup, and what the app sent each. */
function aRecord(): DemoRecord {
  const slack = new FakeSlack([
    { id: 'U1', name: 'Ana Okafor' },
    { id: 'U2', name: 'Ben Diaz' },
    { id: 'U3', name: '<script>alert(1)</script>' },
  ]);
  slack.addChannel({ id: 'D1', name: 'dm-ana', isIm: true, isPrivate: true, members: [BOT.userId, 'U1'] });
  slack.addChannel({ id: 'D2', name: 'dm-ben', isIm: true, isPrivate: true, members: [BOT.userId, 'U2'] });
  slack.addChannel({ id: 'C1', name: 'blue-okafor', members: [BOT.userId, 'U1', 'U2'] });
  slack.addChannel({ id: 'C2', name: 'program-admins', members: [BOT.userId, 'U3'] });
  const post = (message: Omit<FakeMessage, 'ts' | 'blocks'> & { blocks?: unknown[] }) => {
    slack.messages.push({ blocks: [], ts: `${message.at / 1000}.000100`, ...message });
  };
  post({
    channel: 'D1',
    at: at('2026-09-14T13:00:00Z'),
    text: 'Welcome to the program, Ana',
    blocks: [{ type: 'section', text: mrkdwn('Welcome to the program, *Ana*. Your Mentor Pair is <@U2>.'), accessory: { type: 'button', text: plain('Say hello'), style: 'primary' } }],
  });
  post({ channel: 'C1', at: at('2026-09-14T13:05:00Z'), text: 'Introductions: meet your group' });
  // 23:30 in New York on Monday 14 September, already Tuesday in UTC.
  post({ channel: 'D2', at: at('2026-09-15T03:30:00Z'), text: 'Ana asked for help: BEN-ONLY-REQUEST' });
  post({ channel: 'D1', at: at('2026-09-16T14:00:00Z'), text: 'Ben answered your request', threadTs: '1789390800.000100' });
  post({ channel: 'C1', at: at('2026-09-16T15:00:00Z'), text: 'BEN-ONLY-EPHEMERAL: only you see this', ephemeralUser: 'U2' });
  post({ channel: 'C2', at: at('2026-09-16T16:00:00Z'), text: 'ADMIN-ONLY-DIGEST for <@U3>' });
  slack.homeViews.set('U1', [
    { type: 'home', blocks: [{ type: 'section', text: mrkdwn('OLD-HOME of Ana') }] },
    { type: 'home', blocks: [{ type: 'header', text: plain('Your program') }, { type: 'section', fields: [mrkdwn('*Your Mentor Pair*\nBen Diaz'), mrkdwn('*Open requests*\n1')] }] },
  ]);
  slack.homeViews.set('U2', [{ type: 'home', blocks: [{ type: 'section', text: mrkdwn('BEN-HOME') }] }]);
  const call = (method: string, args: Record<string, unknown>, iso: string) => slack.calls.push({ method, args, token: slack.token, at: at(iso), ok: true });
  call('views.publish', { user_id: 'U1' }, '2026-09-14T13:00:01Z');
  call('views.publish', { user_id: 'U2' }, '2026-09-14T13:00:02Z');
  call('views.publish', { user_id: 'U1' }, '2026-09-14T17:00:00Z');
  call('views.open', {}, '2026-09-16T14:30:00Z');
  slack.views.set('V1', { user: 'U2', view: { type: 'modal', title: plain('Log a meeting'), submit: plain('Save'), close: plain('Cancel'), blocks: [{ type: 'input', label: plain('When did you meet?'), element: { type: 'datepicker' } }] } });
  return {
    zone: ZONE,
    from: '2026-09-14',
    until: '2026-09-16',
    people: [
      { id: 'U1', name: 'Ana Okafor', roles: 'mentee, Blue-Okafor' },
      { id: 'U2', name: 'Ben Diaz', roles: 'Mentor Pair, Blue-Okafor' },
      { id: 'U3', name: '<script>alert(1)</script>', roles: 'admin' },
    ],
    story: [
      { at: at('2026-09-15T03:20:00Z'), actor: 'U1', text: 'asks their Mentor Pair for help' },
      { at: at('2026-09-16T13:55:00Z'), actor: 'U2', text: 'answers the request' },
    ],
    slack,
  };
}

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** Asks the demo's routes for a page, as the shell's HTTP server would (of the hand-made record, unless one is given). */
async function get(path: string, ...given: [DemoRecord | undefined] | []): Promise<Answer> {
  const record = given.length === 0 ? aRecord() : given[0];
  const routes = createDemoRoutes(() => record);
  const route = routes.find((r) => r.method === 'GET' && new RegExp(`^${r.path.replace(/:[a-z]+/g, '[^/]+')}$`).test(path));
  if (route === undefined) throw new Error(`no route for ${path}`);
  let answer: Answer | undefined;
  const res = {
    headers: {} as Record<string, string>,
    status: 0,
    writeHead(status: number, headers: Record<string, string>) {
      this.status = status;
      this.headers = headers;
      return this;
    },
    end(body: string) {
      answer = { status: this.status, headers: this.headers, body };
    },
  };
  await route.handler({ url: path, method: 'GET', headers: {} } as IncomingMessage, res as unknown as ServerResponse);
  return answer!;
}

/** The HTML of the section whose heading has `id`. */
function sectionOf(body: string, id: string): string {
  const start = body.indexOf(`<h2 id="${id}-title">`);
  expect(start).toBeGreaterThan(0);
  return body.slice(start, body.indexOf('</section>', start));
}

describe('/demo', () => {
  it('shows the range, the way to the dashboard, and each person with their roles, their count and a link to their page', async () => {
    const { status, body } = await get('/demo');
    expect(status).toBe(200);
    expect(body).toContain('<html lang="en">');
    expect(body).toContain('Mon 14 Sep 2026 to Wed 16 Sep 2026');
    expect(body).toContain('<a class="cta" href="/demo/dashboard">Open the dashboard as the sample coordinator</a>');
    expect(body).toContain('<th scope="row"><a href="/demo/people/U1">Ana Okafor</a></th><td>mentee, Blue-Okafor</td><td class="n">3</td><td class="n">0</td><td>yes</td>');
    expect(body).toContain('<th scope="row"><a href="/demo/people/U2">Ben Diaz</a></th><td>Mentor Pair, Blue-Okafor</td><td class="n">3</td><td class="n">1</td><td>yes</td>');
  });

  it("lays out the days in the program's zone, oldest first, the story interleaved with what the app sent", async () => {
    const { body } = await get('/demo');
    const days = [...body.matchAll(/<h3 id="day-([\d-]+)">([^<]+)<\/h3>/g)].map((m) => [m[1], m[2]]);
    expect(days).toEqual([
      ['2026-09-14', 'Mon 14 Sep 2026'],
      ['2026-09-16', 'Wed 16 Sep 2026'],
    ]);
    const monday = body.slice(body.indexOf('id="day-2026-09-14"'), body.indexOf('id="day-2026-09-16"'));
    const lines = [...monday.matchAll(/<li[^>]*>(.*?)<\/li>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
    expect(lines).toEqual([
      '9:00 AMApp → DM to Ana Okafor: Welcome to the program, Ana',
      '9:00 AMApp → Home tabs: Home tab redrawn for 2 people (3 publishes, until 1:00 PM)',
      '9:05 AMApp → #blue-okafor: Introductions: meet your group',
      '11:20 PMAna Okafor asks their Mentor Pair for help',
      '11:30 PMApp → DM to Ben Diaz: Ana asked for help: BEN-ONLY-REQUEST',
    ]);
    expect(monday).toContain('DM to <a href="/demo/people/U1">Ana Okafor</a>');
    const wednesday = body.slice(body.indexOf('id="day-2026-09-16"'));
    expect(wednesday).toContain('<span class="who"><a href="/demo/people/U2">Ben Diaz</a></span> answers the request');
    expect(wednesday).toContain('DM to <a href="/demo/people/U1">Ana Okafor</a></span> (in a thread): Ben answered your request');
    expect(wednesday).toContain('only <a href="/demo/people/U2">Ben Diaz</a> sees (ephemeral)');
    expect(wednesday).toContain('form for <a href="/demo/people/U2">Ben Diaz</a></span>: “Log a meeting”');
    expect(wednesday).toContain('#program-admins');
  });

  it('escapes a name that carries markup, and sends the pages with a policy that allows no script', async () => {
    const { body, headers } = await get('/demo');
    expect(body).not.toContain('<script>');
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(headers['content-security-policy']).toContain("default-src 'none'");
    expect(headers['content-security-policy']).not.toContain('script-src');
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('renders a semester still being played as far as it has gone, read again on each request', async () => {
    const record: DemoRecord = { zone: ZONE, from: '2026-09-14', until: '2026-12-18', people: [{ id: 'U1', name: 'Ana Okafor', roles: 'mentee' }], story: [], slack: new FakeSlack([{ id: 'U1', name: 'Ana Okafor' }]) };
    const first = await get('/demo', record);
    expect(first.status).toBe(200);
    expect(first.body).toContain('Nothing has happened yet.');
    record.slack.addChannel({ id: 'D1', name: 'dm-ana', isIm: true, members: [BOT.userId, 'U1'] });
    record.slack.messages.push({ channel: 'D1', ts: '1.1', at: at('2026-09-14T13:00:00Z'), text: 'Welcome, Ana', blocks: [] });
    expect((await get('/demo', record)).body).toContain('Welcome, Ana');
    expect((await get('/demo/people/U1', record)).body).toContain('Welcome, Ana');
  });

  it('asks to reload while no semester has been played yet', async () => {
    const { status, body } = await get('/demo', undefined);
    expect(status).toBe(503);
    expect(body).toContain('The semester is still being played. Reload in a moment.');
    expect((await get('/demo/people/U1', undefined)).status).toBe(503);
  });
});

describe('/demo/people/<id>', () => {
  it("shows a person's DMs with their thread replies, their channels' posts, their latest Home tab, in the program's zone", async () => {
    const { status, body } = await get('/demo/people/U1');
    expect(status).toBe(200);
    expect(body).toContain('<h1>Ana Okafor</h1>');
    const dms = sectionOf(body, 'dms');
    expect(dms).toContain('Direct messages (2)');
    expect(dms).toContain('Welcome to the program, <strong>Ana</strong>. Your Mentor Pair is <span class="mention">@Ben Diaz</span>.');
    expect(dms).toContain('<span class="bk-control bk-button bk-primary">Say hello</span>');
    expect(dms).toContain('Mon, Sep 14, 9:00 AM EDT');
    expect(dms).toContain('a reply in a thread');
    expect(dms).toContain('Ben answered your request');
    expect(sectionOf(body, 'channels')).toContain('#blue-okafor');
    expect(sectionOf(body, 'channels')).toContain('Introductions: meet your group');
    const home = sectionOf(body, 'home');
    expect(home).toContain('<p class="bk-header">Your program</p>');
    expect(home).toContain('<ul class="bk-fields"><li><strong>Your Mentor Pair</strong><br>Ben Diaz</li>');
    expect(home).not.toContain('OLD-HOME');
  });

  it("shows nothing that was sent to someone else: not their DMs, their ephemeral messages, their Home, their forms or another channel's posts", async () => {
    const { body } = await get('/demo/people/U1');
    for (const private_ of ['BEN-ONLY-REQUEST', 'BEN-ONLY-EPHEMERAL', 'BEN-HOME', 'Log a meeting', 'ADMIN-ONLY-DIGEST', 'OLD-HOME']) expect(body).not.toContain(private_);
  });

  it('shows what only they saw and the forms opened for them', async () => {
    const { body } = await get('/demo/people/U2');
    expect(sectionOf(body, 'dms')).toContain('BEN-ONLY-REQUEST');
    expect(sectionOf(body, 'ephemeral')).toContain('BEN-ONLY-EPHEMERAL: only you see this');
    expect(sectionOf(body, 'ephemeral')).toContain('in #blue-okafor');
    const forms = sectionOf(body, 'forms');
    expect(forms).toContain('<h3>Log a meeting</h3>');
    expect(forms).toContain('<div class="bk-label">When did you meet?</div><span class="bk-control">Pick a date</span>');
    expect(forms).toContain('<span class="bk-control bk-button">Cancel</span><span class="bk-control bk-button bk-primary">Save</span>');
    expect(body).not.toContain('Welcome to the program');
    expect(body).not.toContain('ADMIN-ONLY-DIGEST');
  });

  it('escapes the name of a person whose name carries markup, on their own page too', async () => {
    const { status, body } = await get('/demo/people/U3');
    expect(status).toBe(200);
    expect(body).not.toContain('<script>');
    expect(body).toContain('ADMIN-ONLY-DIGEST for <span class="mention">@&lt;script&gt;alert(1)&lt;/script&gt;</span>');
  });

  it('answers 404 for an id that is none of the sample people', async () => {
    expect((await get('/demo/people/U404')).status).toBe(404);
    expect((await get(`/demo/people/${BOT.userId}`)).status).toBe(404);
    expect((await get('/demo/people/%E0%A4%A')).status).toBe(404);
  });
});
