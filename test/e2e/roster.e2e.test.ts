import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorsOf, type As, type StateValues } from '../support/actor.js';
import type { FakeSlack } from '../../src/demo/slack-simulator/fake-slack.js';
import { aRosterFile } from '../support/program-fixture.js';
import { startApp, type ServedApp } from '../support/app-harness.js';
import { commandAnswer } from '../support/command-answer.js';
import { applyImportPreview } from '../support/roster-form.js';
import type { TestStores } from '../support/use-cases.js';
import { formatInZone } from '../../src/slack/format-time.js';

const ADMIN = { id: 'U0BOOTADM1', name: 'Bea Bootstrap', email: 'bea@med.example', tz: 'America/Chicago' };
const STRANGER = { id: 'U0STRANGER', name: 'Sam Stranger', email: 'sam@med.example', tz: 'America/Chicago' };
const roster = aRosterFile();

/** The import modal's state on submission: pasted text, and/or files from the file input. */
function importValues(csv: string | null, files: readonly Record<string, unknown>[] = []): StateValues {
  return {
    admin_import_file: { admin_import_file_input: { type: 'file_input', files } },
    admin_import_csv: { admin_import_csv_input: { type: 'plain_text_input', value: csv } },
  };
}

/** The group channels the app created (private, not DMs). */
const groupChannels = (slack: FakeSlack) => [...slack.channels.values()].filter((c) => c.isPrivate && !c.isMpim && !c.isIm);

describe('/mentor-admin and introductions, end to end', () => {
  let app: ServedApp;
  let as: As;
  let stores: TestStores;
  const previewThenApply = (viewId: string, shows?: string) => applyImportPreview(app, as, ADMIN, viewId, shows === undefined ? {} : { shows });
  beforeAll(async () => {
    app = await startApp({ label: 'roster', served: true, users: [ADMIN, STRANGER, ...roster.users], env: { ADMIN_USER_IDS: ADMIN.id } });
    as = actorsOf(app);
    ({ stores } = app);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('refuses /mentor-admin import, introduce and status to someone who is not an admin, politely, running nothing', async () => {
    const before = app.slack.calls.length;
    for (const verb of ['import', 'introduce', 'status']) {
      const answer = await commandAnswer(app.slack, () => as(STRANGER).command('/mentor-admin', verb));
      expect(answer.ack.status).toBe(200);
      expect(answer.ack.ms).toBeLessThan(3_000);
      expect(answer.ms).toBeLessThan(3_000);
      expect(answer.body).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/^Sorry — `\/mentor-admin` is for the program coordinators/) });
    }
    expect(app.slack.calls.slice(before).filter((c) => c.method !== 'response_url')).toEqual([]);
    expect(app.slack.views.size).toBe(0);
  });

  it('refuses a submission of the import form by someone who is not an admin, and stores nothing', async () => {
    const answer = await as(STRANGER).submit('admin_import', importValues(roster.csv), { viewId: 'V0FORGED01' });
    expect(answer.status).toBe(200);
    // Who may import is known only from the roster: the form answers at once, then says so (by DM: no such modal).
    expect(answer.json).toMatchObject({ response_action: 'update', view: { title: { text: 'Checking…' } } });
    await app.slack.waitFor(() => app.slack.dmsTo(STRANGER.id).some((m) => /for the program coordinators/.test(m.text)), 3_000, 'the refusal');
    expect(await stores.roster.findPeople()).toEqual([]);
  });

  it('says the roster is empty before any import', async () => {
    const answer = await commandAnswer(app.slack, () => as(ADMIN).command('/mentor-admin', 'status'));
    expect(answer.text).toMatch(/The roster is empty/);
  });

  let viewId: string;
  it('opens the import modal for an admin within 3 s', async () => {
    const answer = await as(ADMIN).command('/mentor-admin', 'import');
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeLessThan(3_000);
    const call = await app.slack.waitForCall('views.open');
    expect(call.args['view']).toMatchObject({ type: 'modal', callback_id: 'admin_import' });
    viewId = [...app.slack.views].find(([, v]) => v.view['callback_id'] === 'admin_import')![0];
  });

  it('answers a bad file in the modal with every bad row, line and column, and changes nothing', async () => {
    const lines = roster.csv.trimEnd().split('\r\n');
    lines[2] = lines[2]!.replace(',3,', ',9,');
    lines[5] = lines[5]!.replace(',mentee,', ',mentor,');
    const answer = await as(ADMIN).submit('admin_import', importValues(lines.join('\r\n')), { viewId });
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeLessThan(3_000);
    const message = String((answer.json?.['errors'] as Record<string, string>)['admin_import_csv']);
    expect(answer.json?.['response_action']).toBe('errors');
    expect(message).toContain('Nothing was imported: 2 lines need fixing.');
    expect(message).toContain('line 3, column year: expected a year from 1 to 4');
    expect(message).toContain('line 6, column role: expected one of mentee, peer_mentor, faculty, admin');
    expect(await stores.roster.findPeople()).toEqual([]);
    expect(app.slack.callsTo('users.lookupByEmail')).toEqual([]);
  });

  it('imports a good file and introduces every group: one private channel each with exactly its members, one introduction, one welcome DM per person per group — surviving name_taken and a 429', async () => {
    // Someone already has the first name; and Slack rate-limits the app in the middle of the introductions.
    app.slack.addChannel({ id: 'CTAKEN0001', name: 'mentoring-blue-okafor', isPrivate: false, members: [STRANGER.id] });
    app.slack.failNext('chat.postMessage', { kind: 'ratelimited', retryAfter: 1 }, 1, (args) => String(args['text']).startsWith('Welcome to Green-Adeyemi,'));
    app.slack.failNext('conversations.invite', { kind: 'ratelimited', retryAfter: 1 }, 1);

    const answer = await as(ADMIN).submit('admin_import', importValues(roster.csv), { viewId });
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeLessThan(3_000);
    expect(answer.json).toMatchObject({ response_action: 'update', view: { title: { text: 'Checking…' } } });
    const updated = await previewThenApply(viewId);
    const resultText = JSON.stringify(updated.args['view']);
    expect(resultText).toContain(`People: ${roster.people.length} created, 0 updated, 0 unchanged, 0 deactivated.`);
    expect(resultText).toContain('Introductions: 4 channels created, 4 introductions posted');
    await expect.poll(() => app.slack.dmsTo(ADMIN.id).length, { timeout: 5_000 }).toBe(1);
    expect(app.slack.dmsTo(ADMIN.id)[0]!.text).toContain('Roster imported.');

    // The 429s happened, and were waited out.
    expect(app.slack.calls.filter((c) => c.error === 'ratelimited').map((c) => c.method).sort()).toEqual(['chat.postMessage', 'conversations.invite']);

    const groups = await stores.roster.findGroups();
    expect(groups).toHaveLength(4);
    const channels = groupChannels(app.slack);
    expect(channels).toHaveLength(4);
    expect(app.slack.callsTo('conversations.create').every((c) => c.args['is_private'] === true)).toBe(true);
    for (const group of groups) {
      const channel = app.slack.channels.get(group.channelId!)!;
      expect(channel.isPrivate).toBe(true);
      expect(channel.members.filter((m) => m !== app.slack.bot.userId).sort()).toEqual([...roster.groups.get(group.name)!].sort());
      expect(channel.purpose).toContain(group.kind === 'mdphd' ? 'MD/PhD' : group.name);
      const intros = app.slack.postsTo(channel.id).filter((p) => p.text.startsWith(`Welcome to ${group.name},`));
      expect(intros).toHaveLength(1);
      expect(app.slack.postsTo(channel.id)).toHaveLength(1);
    }
    expect(app.slack.channels.get(groups.find((g) => g.name === 'Blue-Okafor')!.channelId!)!.name).toBe('mentoring-blue-okafor-2');
    expect(app.slack.channels.get('CTAKEN0001')!.members).toEqual([STRANGER.id]);
    for (const person of roster.people) {
      const expected = [...roster.groups].filter(([, ids]) => ids.includes(person.id)).map(([name]) => `Welcome to ${name} in the peer-mentoring program.`);
      expect(app.slack.dmsTo(person.id).map((m) => m.text).sort(), person.name).toEqual(expected.sort());
    }
    const mdphdMembers = roster.groups.get('MD-PhD')!;
    expect(mdphdMembers.length).toBeGreaterThanOrEqual(3);
    for (const id of mdphdMembers) expect(app.slack.dmsTo(id)).toHaveLength(2);
  });

  it('sends nothing on a second run', async () => {
    const before = { calls: app.slack.calls.length, messages: app.slack.messages.length, channels: app.slack.channels.size };
    const answer = await commandAnswer(app.slack, () => as(ADMIN).command('/mentor-admin', 'introduce'));
    expect(answer.ack.status).toBe(200);
    expect(answer.text).toMatch(/Introducing every group/);
    const report = await app.slack.waitForCall('response_url', (args) => /nothing to send/.test(String(args['text'])), 10_000);
    expect(report.args['response_type']).toBe('ephemeral');
    expect(app.slack.calls.slice(before.calls).map((c) => c.method)).toEqual(['response_url', 'response_url']);
    expect(app.slack.messages.length).toBe(before.messages);
    expect(app.slack.channels.size).toBe(before.channels);
  });

  it('changes nothing when the same file is imported again through the modal', async () => {
    const postsBefore = app.slack.callsTo('chat.postMessage').length;
    const open = await as(ADMIN).command('/mentor-admin', 'import');
    expect(open.status).toBe(200);
    await app.slack.waitForCall('views.open', () => true, 3_000, 2);
    const secondView = [...app.slack.views].filter(([, v]) => v.view['callback_id'] === 'admin_import').at(-1)![0];
    const answer = await as(ADMIN).submit('admin_import', importValues(roster.csv), { viewId: secondView });
    expect(answer.json?.['response_action']).toBe('update');
    const updated = await previewThenApply(secondView);
    expect(JSON.stringify(updated.args['view'])).toContain(`People: 0 created, 0 updated, ${roster.people.length} unchanged, 0 deactivated.`);
    // Only the summary DM to the admin is new.
    await expect.poll(() => app.slack.dmsTo(ADMIN.id).length, { timeout: 5_000 }).toBe(2);
    expect(app.slack.callsTo('chat.postMessage').length).toBe(postsBefore + 1);
  });

  it('tells an admin who submits the form while another import runs who started it and when, and imports nothing', async () => {
    // Another instance (or the command line) is importing for the roster's coordinator.
    const coordinator = roster.people.find((p) => p.role === 'admin')!;
    const lease = await stores.claims.claim('roster-import', { holder: { by: coordinator.id } });
    expect(lease).toBeDefined();
    try {
      const since = (await stores.claims.find('roster-import'))!.claimedAt;
      await as(ADMIN).command('/mentor-admin', 'import');
      await app.slack.waitForCall('views.open', () => true, 3_000, 3);
      const view = [...app.slack.views].filter(([, v]) => v.view['callback_id'] === 'admin_import').at(-1)![0];
      const renamed = roster.csv.replace('Mentee 1-1', 'Renamed Mentee');
      const answer = await as(ADMIN).submit('admin_import', importValues(renamed), { viewId: view });
      expect(answer.ms).toBeLessThan(3_000);
      // A preview writes nothing, so it needs no lock: the running import is met when the preview is applied.
      expect(answer.json).toMatchObject({ response_action: 'update', view: { title: { text: 'Checking…' } } });
      const updated = await previewThenApply(view, 'admin_import');
      const shown = JSON.stringify(updated.args['view']);
      expect(shown).toContain(
        `An import is already running (started ${formatInZone(since, app.config.programTimezone)} by <@${coordinator.id}>), so this one did not start. Please try again when it has finished.`,
      );
      // The form again, with the pasted roster kept for the next try.
      expect(updated.args['view']).toMatchObject({ callback_id: 'admin_import' });
      expect(shown).toContain('Renamed Mentee');
      expect((await stores.roster.findPeople()).some((p) => p.name === 'Renamed Mentee')).toBe(false);
    } finally {
      await stores.claims.drop(lease!);
    }
  });

  it('shows an admin the status: counts, groups introduced, no warnings', async () => {
    const answer = await commandAnswer(app.slack, () => as(ADMIN).command('/mentor-admin', 'status'));
    expect(answer.ms).toBeLessThan(3_000);
    const text = answer.text;
    expect(text).toContain(`People: ${roster.people.length} active (36 mentees, 6 peer mentors, 3 faculty mentors, 1 roster admins), 0 inactive.`);
    expect(text).toContain('Groups: 3 cohorts and the MD/PhD group.');
    expect(text).toContain('Every group has been introduced.');
    expect(text).toContain('No roster warnings.');
  });

  it('lets a roster admin (admin row of the file) use /mentor-admin too', async () => {
    const coordinator = roster.people.find((p) => p.role === 'admin')!;
    const answer = await commandAnswer(app.slack, () => as(coordinator).command('/mentor-admin', 'status'));
    expect(answer.text).toMatch(/Peer Mentor roster/);
  });
});

describe('the import form’s file input, end to end', () => {
  let app: ServedApp;
  let as: As;
  let stores: TestStores;
  let viewId: string;
  const previewThenApply = (view: string) => applyImportPreview(app, as, ADMIN, view);
  beforeAll(async () => {
    app = await startApp({ label: 'rosterfile', served: true, users: [ADMIN, STRANGER, ...roster.users], env: { ADMIN_USER_IDS: ADMIN.id } });
    as = actorsOf(app);
    ({ stores } = app);
    await as(ADMIN).command('/mentor-admin', 'import');
    await app.slack.waitForCall('views.open');
    viewId = [...app.slack.views.keys()][0]!;
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('asks for a file or pasted text when the form has neither, and for one of them when it has both', async () => {
    const file = app.slack.fileObject(app.slack.addFile({ id: 'F0ROSTER00', name: 'roster.csv', content: roster.csv, user: ADMIN.id }));
    const none = await as(ADMIN).submit('admin_import', importValues(null), { viewId });
    expect(none.json).toEqual({ response_action: 'errors', errors: { admin_import_file: 'Choose a CSV file, or paste the roster below.' } });
    const both = await as(ADMIN).submit('admin_import', importValues(roster.csv, [file]), { viewId });
    expect(both.json).toEqual({ response_action: 'errors', errors: { admin_import_file: 'Give the roster one way: a file or pasted text, not both.' } });
    expect(app.slack.callsTo('files.info')).toEqual([]);
  });

  it('refuses a file from someone who is not an admin without reading it', async () => {
    const file = app.slack.fileObject(app.slack.files.get('F0ROSTER00')!);
    const answer = await as(STRANGER).submit('admin_import', importValues(null, [file]), { viewId: 'V0FORGED02' });
    expect(answer.json).toMatchObject({ response_action: 'update' });
    await app.slack.waitFor(() => app.slack.dmsTo(STRANGER.id).some((m) => /for the program coordinators/.test(m.text)), 3_000, 'the refusal');
    expect(app.slack.callsTo('files.info')).toEqual([]);
  });

  it('says so in the modal when the file is not text, and changes nothing', async () => {
    const file = app.slack.fileObject(app.slack.addFile({ id: 'F0SHEET000', name: 'roster.xlsx', content: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), user: ADMIN.id }));
    const answer = await as(ADMIN).submit('admin_import', importValues(null, [file]), { viewId });
    expect(answer.json).toMatchObject({ response_action: 'update' });
    const updated = await app.slack.waitForCall('views.update', (args) => JSON.stringify(args['view']).includes('not a CSV text file'), 10_000);
    expect(updated.args['view_id']).toBe(viewId);
    expect(app.slack.calls.find((c) => c.method === 'files.download')?.token).toBe(app.slack.token);
    expect(await stores.roster.findPeople()).toEqual([]);
  });

  it('shows every bad row of a bad file in the modal, and changes nothing', async () => {
    const lines = roster.csv.trimEnd().split('\r\n');
    lines[2] = lines[2]!.replace(',3,', ',9,');
    const file = app.slack.fileObject(app.slack.addFile({ id: 'F0BADROWS0', name: 'bad.csv', content: lines.join('\r\n'), user: ADMIN.id }));
    await as(ADMIN).submit('admin_import', importValues(null, [file]), { viewId });
    const updated = await app.slack.waitForCall('views.update', (args) => JSON.stringify(args['view']).includes('line 3, column year'), 10_000);
    expect((updated.args['view'] as { callback_id: string }).callback_id).toBe('admin_import');
    expect(await stores.roster.findPeople()).toEqual([]);
  });

  it('imports an uploaded CSV file and introduces every group', async () => {
    const file = app.slack.fileObject(app.slack.files.get('F0ROSTER00')!);
    const answer = await as(ADMIN).submit('admin_import', importValues(null, [file]), { viewId });
    expect(answer.ms).toBeLessThan(3_000);
    expect(answer.json).toMatchObject({ response_action: 'update' });
    const updated = await previewThenApply(viewId);
    expect(JSON.stringify(updated.args['view'])).toContain('Roster imported');
    expect(JSON.stringify(updated.args['view'])).toContain(`People: ${roster.people.length} created`);
    expect(await stores.roster.findPeople()).toHaveLength(roster.people.length);
    expect((await stores.roster.findGroups()).every((g) => g.introducedAt !== undefined && g.channelId !== undefined)).toBe(true);
    await expect.poll(() => app.slack.dmsTo(ADMIN.id).length, { timeout: 5_000 }).toBe(1);
  });
});

