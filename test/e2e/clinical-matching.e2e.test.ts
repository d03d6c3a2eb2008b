import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dateInZone } from '../../src/program/calendar-date.js';
import { actorsOf, type As, type StateValues } from '../support/actor.js';
import { startApp, type ServedApp } from '../support/app-harness.js';
import type { FakeMessage } from '../../src/demo/slack-simulator/fake-workspace.js';
import { aPerson } from '../support/program-fixture.js';
import { runJobCli } from '../support/run-cli-process.js';

const CHICAGO = 'America/Chicago';
const ADMIN = { id: 'U0BOOTADM1', name: 'Bea Bootstrap', email: 'bea@med.example', tz: CHICAGO };
const CARL = { id: 'U0CLP00001', name: 'Carl Mentor', email: 'carl@med.example', tz: CHICAGO };
const DANA = { id: 'U0CLP00002', name: 'Dana Mentor', email: 'dana@med.example', tz: CHICAGO };
const CLEO = { id: 'U0CLM00001', name: 'Cleo Mentee', email: 'cleo@med.example', tz: CHICAGO };
const ELI = { id: 'U0CLM00002', name: 'Eli Mentee', email: 'eli@med.example', tz: CHICAGO };
// Quiet hours off: the clicks happen at the machine's real time, whatever hour that is in Chicago.
const ENV = { ADMIN_USER_IDS: ADMIN.id, PROGRAM_TIMEZONE: CHICAGO, QUIET_HOURS: 'off' };
const DAY = 86_400_000;

interface ResponseBody {
  text?: string;
  replace_original?: boolean;
  response_type?: string;
  blocks?: unknown[];
}

const clinical = (id: { id: string; name: string; email: string }, role: 'peer_mentor' | 'mentee') =>
  aPerson({ id: id.id, name: id.name, email: id.email, roles: [role], tracks: [{ track: 'clinical', role }], year: role === 'mentee' ? 3 : 4, timezone: CHICAGO });

/** The value of the button with this action id (and, for *Choose*, this mentor) on a message. */
function buttonValue(message: FakeMessage, actionId: string, mentorId?: string): string {
  const values: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o['type'] === 'button' && o['action_id'] === actionId) values.push(String(o['value']));
      Object.values(o).forEach(walk);
    }
  };
  walk(message.blocks);
  const value = mentorId === undefined ? values[0] : values.find((v) => v.includes(mentorId));
  if (value === undefined) throw new Error(`no ${actionId} button${mentorId ? ` for ${mentorId}` : ''} on the message`);
  return value;
}

// The tests run in order. Rotations are dated from the real today, since the import and the clicks run at the real time.
describe('matching clinical mentors to mentees’ rotations end to end', () => {
  let app: ServedApp;
  let as: As;
  const now = Date.now();
  const today = dateInZone(new Date(now), CHICAGO);
  const groupDmPosts = () => app.slack.messages.filter((m) => app.slack.channels.get(m.channel)?.isMpim === true && m.ephemeralUser === undefined);
  const groupDmWith = (...ids: string[]) => groupDmPosts().filter((m) => ids.every((id) => app.slack.channels.get(m.channel)!.members.includes(id)));
  const responses = () => app.slack.responses.map((r) => r.body as ResponseBody);

  beforeAll(async () => {
    app = await startApp({ label: 'clinical-matching', served: true, users: [ADMIN, CARL, DANA, CLEO, ELI], env: ENV });
    as = actorsOf(app);
    await app.stores.roster.savePeople([clinical(CARL, 'peer_mentor'), clinical(DANA, 'peer_mentor'), clinical(CLEO, 'mentee'), clinical(ELI, 'mentee')]);
    expect((await runJobCli(app, 'introductions', new Date(now).toISOString(), ENV)).stdout).toContain('clinicalWelcomesSent 2');
    await as(DANA).click('clinical_agree', 'agree', { message: app.slack.dmsTo(DANA.id)[0]! });
    await app.slack.waitFor(() => responses().some((r) => r.text?.includes('You accepted the honesty agreement')), 3_000, 'Dana’s acceptance');
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('matches right after the rotations import: a mentor who has not agreed is not suggested', async () => {
    await as(ADMIN).command('/mentor-admin', 'rotations');
    await app.slack.waitForCall('views.open', (args) => (args['view'] as { callback_id?: string }).callback_id === 'clinical_rotations');
    const viewId = [...app.slack.views].find(([, v]) => v.view['callback_id'] === 'clinical_rotations')![0];
    const csv = [
      'email,kind,subject,site,preceptor,start,end',
      'carl@med.example,completed,Surgery,General Hospital,Dr. Cole,2026-03-02,2026-04-24',
      'dana@med.example,completed,surgery,City Clinic,,2026-01-05,2026-02-06',
      `cleo@med.example,upcoming,surgery,General Hospital,Dr. Cole,${addDays(today, 10)},${addDays(today, 50)}`,
      `eli@med.example,upcoming,surgery,General Hospital,,${addDays(today, 25)},${addDays(today, 60)}`,
    ].join('\n');
    const values: StateValues = { clinical_rotations_csv: { clinical_rotations_csv_input: { type: 'plain_text_input', value: csv } } };
    const answer = await as(ADMIN).submit('clinical_rotations', values, { viewId });
    expect(answer.ms).toBeLessThan(3_000);
    await app.slack.waitForCall('views.update', (args) => JSON.stringify(args['view']).includes('Rotations of 4 people: 4 created'));
    const [offer] = await app.slack.waitFor(() => app.slack.dmsTo(CLEO.id).length > 0 && app.slack.dmsTo(CLEO.id), 5_000, 'Cleo’s offer');
    const blocks = JSON.stringify(offer!.blocks);
    expect(blocks).toContain(`<@${DANA.id}>`);
    expect(blocks).not.toContain(CARL.id);
    expect(blocks).toContain('Assign for me');
    // Eli's rotation starts in 25 days: outside the 21-day window.
    expect(app.slack.dmsTo(ELI.id)).toEqual([]);
  });

  it('lets the mentee choose from the DM: stored once, the DM shows the mentor, one introduction in a group DM, even when the job runs again', async () => {
    const [offer] = app.slack.dmsTo(CLEO.id);
    const value = buttonValue(offer!, 'clinical_offer_choose', DANA.id);
    // Eli may not choose on Cleo's behalf.
    await as(ELI).click('clinical_offer_choose', value, { message: offer! });
    await app.slack.waitFor(() => responses().some((r) => r.text?.includes('sent to another student')), 3_000, 'the refusal');

    const click = await as(CLEO).click('clinical_offer_choose', value, { message: offer! });
    expect(click.status).toBe(200);
    expect(click.ms).toBeLessThan(3_000);
    const chosen = await app.slack.waitFor(() => responses().find((r) => r.text?.includes('You chose')), 3_000, 'the choice');
    expect(chosen.replace_original).toBe(true);
    expect(chosen.text).toContain(`<@${DANA.id}>`);
    expect(JSON.stringify(chosen.blocks)).not.toContain('clinical_offer_choose');
    const intro = await app.slack.waitFor(() => groupDmWith(DANA.id, CLEO.id)[0], 3_000, 'the introduction');
    expect(app.slack.channels.get(intro.channel)!.members.sort()).toEqual([CLEO.id, DANA.id, app.slack.bot.userId].sort());
    expect(JSON.stringify(intro.blocks)).toContain('Meet before the rotation starts');

    const stored = await app.database.connection.db!.collection('clinical_assignments').find({}).toArray();
    expect(stored).toEqual([expect.objectContaining({ menteeId: CLEO.id, mentorId: DANA.id, chosenBy: 'mentee', step: 1 })]);
    // A double click changes nothing; the job again introduces no one twice.
    await as(CLEO).click('clinical_offer_choose', value, { message: offer! });
    await app.slack.waitFor(() => responses().some((r) => r.text?.includes('already')), 3_000, 'already');
    expect((await runJobCli(app, 'rotations', new Date(now).toISOString(), ENV)).stdout).toContain('introductionsSent 0');
    expect(groupDmPosts()).toHaveLength(1);
    expect(await app.database.connection.db!.collection('clinical_assignments').countDocuments()).toBe(1);
  });

  it('suggests a mentor once they agree, and assigns the best-ranked one at the deadline when the mentee has not chosen, introducing them once', async () => {
    await as(CARL).click('clinical_agree', 'agree', { message: app.slack.dmsTo(CARL.id)[0]! });
    await app.slack.waitFor(() => responses().filter((r) => r.text?.includes('You accepted the honesty agreement')).length === 2, 3_000, 'Carl’s acceptance');

    // Five days on, Eli's rotation is 20 days away: the offer names Carl (same subject and site) before Dana.
    const offeredAt = new Date(now + 5 * DAY);
    expect((await runJobCli(app, 'rotations', offeredAt.toISOString(), ENV)).stdout).toContain('offersSent 1');
    const [offer] = app.slack.dmsTo(ELI.id);
    const blocks = JSON.stringify(offer!.blocks);
    expect(blocks).toContain(`<@${CARL.id}>`);
    expect(blocks.indexOf(`<@${CARL.id}>`)).toBeLessThan(blocks.indexOf(`<@${DANA.id}>`));
    expect(blocks).toContain('the site (General Hospital)');
    const assignForMe = buttonValue(offer!, 'clinical_offer_auto');

    // Three days after the offer, no choice made: Carl is assigned, the DM shows it, and they are introduced once.
    const deadline = new Date(offeredAt.getTime() + 3 * DAY + 60_000).toISOString();
    expect((await runJobCli(app, 'rotations', deadline, ENV)).stdout).toMatch(/autoAssigned 1.*introductionsSent 1/);
    expect((await runJobCli(app, 'rotations', deadline, ENV)).stdout).toMatch(/autoAssigned 0.*introductionsSent 0/);
    expect(await app.database.connection.db!.collection('clinical_assignments').findOne({ menteeId: ELI.id })).toMatchObject({ mentorId: CARL.id, chosenBy: 'auto', step: 1 });
    const intros = groupDmWith(CARL.id, ELI.id);
    expect(intros).toHaveLength(1);
    expect(JSON.stringify(intros[0]!.blocks)).toContain('No mentor was chosen in time');
    expect(app.slack.callsTo('chat.update').some((c) => c.args['ts'] === offer!.ts && String(c.args['text']).includes(`assigned <@${CARL.id}>`))).toBe(true);

    // A late click is told who the mentor is, and changes nothing.
    expect(JSON.stringify(app.slack.dmsTo(ELI.id)[0]!.blocks)).not.toContain('clinical_offer_auto');
    await as(ELI).click('clinical_offer_auto', assignForMe, { message: offer! });
    await app.slack.waitFor(() => responses().some((r) => r.text?.includes(`already <@${CARL.id}>`)), 3_000, 'already Carl');
    expect(await app.database.connection.db!.collection('clinical_assignments').countDocuments()).toBe(2);
    expect(groupDmPosts()).toHaveLength(2);
  });
});
