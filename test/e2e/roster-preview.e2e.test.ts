import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorsOf, chosen, pressed, type As, type StateValues } from '../support/actor.js';
import { aRosterFile, rosterCsv, type RosterRow } from '../support/program-fixture.js';
import { startApp, type ServedApp } from '../support/app-harness.js';
import type { TestStores } from '../support/use-cases.js';
import { applyImportPreview } from '../support/roster-form.js';

const ADMIN = { id: 'U0BOOTADM1', name: 'Bea Bootstrap', email: 'bea@med.example', tz: 'America/Chicago' };
const NINA = { id: 'U0NINANEW1', name: 'Nina Newmentor', email: 'nina@med.example', tz: 'America/Chicago' };
const NED = { id: 'U0NEDNEW01', name: 'Ned Newcomer', email: 'ned@med.example', tz: 'America/Chicago' };
const roster = aRosterFile({ cohorts: ['Blue-Okafor', 'Green-Adeyemi'] });
const named = (name: string) => roster.people.find((p) => p.name === name)!;
const FOURTH_BLUE = named('Fourth Blue-Okafor');
const THIRD_BLUE = named('Third Blue-Okafor');
const RENAMED = named('Mentee 1-1');
const MOVER = named('Mentee 1-2');
const ASKER = named('Mentee 1-3');

/**
 * The year's second roster, the whole of it: Nina replaces Fourth Blue-Okafor in Blue's Pair (who is left out, so
 * deactivated), Mentee 1-1 is renamed, Mentee 1-2 moves to Green, and Ned joins Green.
 */
const secondRows: RosterRow[] = [
  ...roster.people
    .filter((p) => p.id !== FOURTH_BLUE.id)
    .map((p) => (p.id === RENAMED.id ? { ...p, name: 'Mentee One Renamed' } : p.id === MOVER.id ? { ...p, group: 'Green-Adeyemi' } : p)),
  { id: NINA.id, name: NINA.name, email: NINA.email, role: 'peer_mentor', year: 4, group: 'Blue-Okafor', mdphd: false, byEmail: false },
  { id: NED.id, name: NED.name, email: NED.email, role: 'mentee', year: 1, group: 'Green-Adeyemi', mdphd: false, byEmail: false },
];
const SECOND = rosterCsv(secondRows);

function importValues(csv: string, options: { readonly prune?: boolean } = {}): StateValues {
  return {
    admin_import_file: { admin_import_file_input: { type: 'file_input', files: [] } },
    admin_import_csv: { admin_import_csv_input: { type: 'plain_text_input', value: csv } },
    admin_import_prune: {
      admin_import_prune_input: { type: 'checkboxes', selected_options: options.prune === true ? [{ text: { type: 'plain_text', text: 'whole' }, value: 'prune' }] : [] },
    },
  };
}

const textOf = (view: unknown) => JSON.stringify(view);

describe('the roster import’s preview, and what follows ended memberships, end to end', () => {
  let app: ServedApp;
  let as: As;
  let stores: TestStores;
  beforeAll(async () => {
    app = await startApp({
      label: 'rosterpreview',
      served: true,
      users: [ADMIN, NINA, NED, ...roster.users],
      env: { ADMIN_USER_IDS: ADMIN.id, QUIET_HOURS: 'off' },
    });
    as = actorsOf(app);
    ({ stores } = app);
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** Opens the form, submits it, and waits for the preview in the same modal: its view id and what it shows. */
  async function preview(csv: string, options: { readonly prune?: boolean } = {}): Promise<{ viewId: string; shown: string }> {
    const before = app.slack.callsTo('views.open').length;
    await as(ADMIN).command('/mentor-admin', 'import');
    await app.slack.waitForCall('views.open', () => true, 3_000, before + 1);
    const viewId = [...app.slack.views].filter(([, v]) => v.view['callback_id'] === 'admin_import').at(-1)![0];
    const answer = await as(ADMIN).submit('admin_import', importValues(csv, options), { viewId });
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeLessThan(3_000);
    expect(answer.json).toMatchObject({ response_action: 'update', view: { title: { text: 'Checking…' } } });
    const updated = await app.slack.waitForCall('views.update', (args) => args['view_id'] === viewId && textOf(args['view']).includes('admin_import_preview'), 30_000);
    return { viewId, shown: textOf(updated.args['view']) };
  }

  /** Presses *Apply* on the preview and waits for the result in the modal. */
  const apply = async (viewId: string) => textOf((await applyImportPreview(app, as, ADMIN, viewId)).args['view']);

  it('previews a first import with exact counts, writing nothing; Back returns to the form with the roster, and writes nothing', async () => {
    const { viewId, shown } = await preview(roster.csv);
    expect(shown).toContain(`People to add: ${roster.people.length}`);
    // Two cohorts of 15, and the MD/PhD group of Blue's year-3 mentor and Green's first mentee.
    expect(shown).toContain('Memberships to open: 32');
    expect(shown).not.toContain('People to deactivate');
    // The first 20 by name, then how many more.
    expect(shown).toContain('Dr Adeyemi');
    expect(shown).toContain(`…and ${roster.people.length - 20} more`);
    expect(await stores.roster.findPeople()).toEqual([]);

    const back = await as(ADMIN).choose(viewId, 'admin_import_preview_actions', 'admin_import_back', pressed(String(app.slack.views.get(viewId)!.view['private_metadata'])));
    expect(back.status).toBe(200);
    const form = await app.slack.waitForCall('views.update', (args) => args['view_id'] === viewId && (args['view'] as { callback_id: string }).callback_id === 'admin_import', 5_000);
    expect(textOf(form.args['view'])).toContain('Third Blue-Okafor');
    // Back drops the preview: applying it afterwards writes nothing.
    expect(await stores.roster.findPeople()).toEqual([]);
    expect(app.slack.callsTo('conversations.create')).toEqual([]);
  });

  it('applies the preview: the roster imported and every group introduced', async () => {
    const { viewId } = await preview(roster.csv);
    const lookups = app.slack.callsTo('users.lookupByEmail').length;
    expect(lookups).toBeGreaterThan(0);
    const result = await apply(viewId);
    expect(result).toContain(`People: ${roster.people.length} created, 0 updated, 0 unchanged, 0 deactivated.`);
    // Slack is not asked again about whom the preview looked up.
    expect(app.slack.callsTo('users.lookupByEmail')).toHaveLength(lookups);
    expect(result).toContain('Introductions: 3 channels created, 3 introductions posted');
    expect(await stores.roster.findPeople()).toHaveLength(roster.people.length);
  });

  let blueChannel: string;
  let requestId: string;
  it('lets a Blue mentee ask the Pair for help (a request waiting for an answer)', async () => {
    blueChannel = (await stores.roster.findGroups()).find((g) => g.name === 'Blue-Okafor')!.channelId!;
    await as(ASKER).command('/mentor-request');
    const opened = await app.slack.waitForCall('views.open', (args) => textOf(args['view']).includes('request_submit'));
    const viewId = [...app.slack.views].filter(([, v]) => v.view['callback_id'] === 'request_submit').at(-1)![0];
    expect(opened).toBeDefined();
    await as(ASKER).submit(
      'request_submit',
      {
        request_topic: { request_topic_select: chosen('static_select', 'study_tips') },
        request_urgency: { request_urgency_radio: chosen('radio_buttons', 'routine') },
        request_reach: { request_reach_radio: chosen('radio_buttons', 'slack') },
        request_description: { request_description_input: { type: 'plain_text_input', value: 'How do I plan for the anatomy exam?' } },
      },
      { viewId },
    );
    await expect.poll(async () => (await stores.requests.findAwaitingFor(ASKER.id)).length, { timeout: 10_000 }).toBe(1);
    const [request] = await stores.requests.findAwaitingFor(ASKER.id);
    expect([...request!.mentorIds].sort()).toEqual([FOURTH_BLUE.id, THIRD_BLUE.id].sort());
    requestId = request!.id;
    await expect.poll(async () => (await stores.requests.find(requestId))?.messageTs, { timeout: 10_000 }).toBeDefined();
  });

  it('previews the whole second roster with exact counts, and Back writes nothing', async () => {
    const { viewId, shown } = await preview(SECOND, { prune: true });
    expect(shown).toContain('People to add: 2');
    expect(shown).toContain('People to change: 1');
    expect(shown).toContain('People to deactivate: 1');
    expect(shown).toContain('Memberships to open: 2');
    expect(shown).toContain('Memberships to move: 1');
    expect(shown).toContain('Memberships to end: 1');
    expect(shown).toContain('Mentee One Renamed (name)');
    expect(shown).toContain('Mentee 1-2 (Blue-Okafor → Green-Adeyemi, mentee)');
    expect(shown).toContain('Fourth Blue-Okafor (Blue-Okafor, peer mentor)');
    expect(shown).toContain('Nina Newmentor (Blue-Okafor, peer mentor)');
    expect(shown).toContain('The file is the whole roster');

    await as(ADMIN).choose(viewId, 'admin_import_preview_actions', 'admin_import_back', pressed(String(app.slack.views.get(viewId)!.view['private_metadata'])));
    const form = await app.slack.waitForCall('views.update', (args) => args['view_id'] === viewId && (args['view'] as { callback_id: string }).callback_id === 'admin_import', 5_000);
    // The box stays ticked, and the roster stays in the form.
    expect(textOf(form.args['view'])).toContain('initial_options');
    expect(textOf(form.args['view'])).toContain('Nina Newmentor');
    expect((await stores.roster.findPeople([FOURTH_BLUE.id]))[0]!.active).toBe(true);
    expect((await stores.roster.findPeople([RENAMED.id]))[0]!.name).toBe('Mentee 1-1');
    expect(app.slack.callsTo('conversations.kick')).toEqual([]);
  });

  it('applies it: the one who left is removed from the channel once, told neutrally once, their waiting request goes to the new Pair, and the group gets one re-introduction', async () => {
    const { viewId } = await preview(SECOND, { prune: true });
    const result = await apply(viewId);
    expect(result).toContain('People: 2 created, 1 updated');
    expect(result).toContain('1 deactivated.');
    expect(result).toMatch(/Ended memberships: 2 removed from their group’s channel, 2 told by DM, 1 waiting request moved/);

    // Fourth Blue-Okafor left Blue's channel; Mentee 1-2 left it too (moved to Green, and invited there).
    const kicks = app.slack.callsTo('conversations.kick');
    expect(kicks.map((c) => [c.args['channel'], c.args['user']]).sort()).toEqual([[blueChannel, FOURTH_BLUE.id], [blueChannel, MOVER.id]].sort());
    expect(app.slack.channels.get(blueChannel)!.members).not.toContain(FOURTH_BLUE.id);
    const greenChannel = (await stores.roster.findGroups()).find((g) => g.name === 'Green-Adeyemi')!.channelId!;
    expect(app.slack.channels.get(greenChannel)!.members).toContain(MOVER.id);
    expect(app.slack.dmsTo(FOURTH_BLUE.id).filter((m) => m.text === 'Your time in Blue-Okafor has ended; thank you.')).toHaveLength(1);

    // The request waiting for Fourth and Third went to Blue's Pair as it is now: Third and Nina.
    const old = await stores.requests.find(requestId);
    expect(old?.closedAs).toBe('moved');
    const [moved] = await stores.requests.findAwaitingFor(ASKER.id);
    expect([...moved!.mentorIds].sort()).toEqual([NINA.id, THIRD_BLUE.id].sort());
    const oldCard = app.slack.messages.find((m) => m.channel === old!.channelId && m.ts === old!.messageTs)!;
    expect(textOf(oldCard.blocks)).toContain(`Moved: <@${FOURTH_BLUE.id}> has left the group`);

    // Blue's new Pair, re-introduced once in its channel.
    const reintroductions = () => app.slack.postsTo(blueChannel).filter((m) => textOf(m.blocks).includes('has a new Mentor Pair'));
    await expect.poll(() => reintroductions().length, { timeout: 5_000 }).toBe(1);
    expect(textOf(reintroductions()[0]!.blocks)).toContain(`<@${NINA.id}>`);
    // The admin's summary DM, after the modal's result.
    await expect.poll(() => app.slack.dmsTo(ADMIN.id).filter((m) => m.text.includes('Roster imported.')).length, { timeout: 5_000 }).toBe(2);
  });

  it('does none of it again on the next run, nor when two runs follow a new ending at once', async () => {
    const before = { kicks: app.slack.callsTo('conversations.kick').length, posts: app.slack.callsTo('chat.postMessage').length };
    await as(ADMIN).command('/mentor-admin', 'introduce');
    await app.slack.waitForCall('response_url', (args) => /nothing to send/.test(String(args['text'])), 10_000);
    expect(app.slack.callsTo('conversations.kick')).toHaveLength(before.kicks);
    expect(app.slack.callsTo('chat.postMessage')).toHaveLength(before.posts);

    // Another way a membership ends (as the year's turn will): two runs follow it at once, one removal and one DM.
    const green = (await stores.roster.findGroups()).find((g) => g.name === 'Green-Adeyemi')!;
    const fourthGreen = named('Fourth Green-Adeyemi');
    await stores.roster.closeMemberships([{ groupId: green.id, personId: fourthGreen.id, role: 'peer_mentor' }], new Date());
    const responses = app.slack.callsTo('response_url').length;
    await Promise.all([as(ADMIN).command('/mentor-admin', 'introduce'), as(ADMIN).command('/mentor-admin', 'introduce')]);
    await app.slack.waitForCall('response_url', () => true, 15_000, responses + 4);
    expect(app.slack.callsTo('conversations.kick').filter((c) => c.args['user'] === fourthGreen.id)).toHaveLength(1);
    expect(app.slack.channels.get(green.channelId!)!.members).not.toContain(fourthGreen.id);
    expect(app.slack.dmsTo(fourthGreen.id).filter((m) => m.text === 'Your time in Green-Adeyemi has ended; thank you.')).toHaveLength(1);
    expect(await stores.roster.findEndingsToFollow()).toEqual([]);
  });
});
