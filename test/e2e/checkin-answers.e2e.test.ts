import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateInZone } from '../../src/program/calendar-date.js';
import { zonedInstant } from '../../src/program/zoned-time.js';
import { actorsOf, chosen, type As } from '../support/actor.js';
import { CAST, aCohort, seedProgram, slackUsersOf } from '../support/program-fixture.js';
import { runJobCli } from '../support/run-cli-process.js';
import { startApp, type ServedApp } from '../support/app-harness.js';
import type { FakeMessage } from '../../src/demo/slack-simulator/fake-workspace.js';

const ZONE = 'America/Chicago';
const { priya: P3, omar: P4, ada: ADA, ben: BEN, okafor: OKAFOR } = CAST;
const PROGRAM = aCohort();
/** Every month active, so that prompts go out for whatever month the clock is in; no quiet hours, so that alerts go at once. */
const ENV = { PROGRAM_TIMEZONE: ZONE, PROGRAM_ACTIVE_MONTHS: '1-12', QUIET_HOURS: 'off', SUPPORT_RESOURCES_TEXT: 'Call the Wellness Center at 555-0100.' };
const CONCERN_NOTE = 'ZQX-CONCERN-NOTE-4410 skipped two exams';
const UNREADABLE_REPLY = 'ZQX-REPLY-TEXT-9921 we had coffee';

interface Block {
  type: string;
  text?: { text: string };
}
const lineOf = (blocks: unknown[], personId: string) => (blocks as Block[]).find((b) => b.text?.text.includes(`<@${personId}>`))?.text?.text ?? '';

/** Every document of every collection of the app's database, as JSON: where a text must not be. */
async function everythingStored(app: ServedApp): Promise<string> {
  const db = app.database.connection.db!;
  const collections = await db.listCollections().toArray();
  const docs = await Promise.all(collections.map(async (c) => JSON.stringify(await db.collection(c.name).find({}).toArray())));
  return docs.join('\n');
}

describe('check-in prompt answers end to end: in touch, couldn’t reach, concern, and one-line replies in the thread', () => {
  let app: ServedApp;
  let as: As;
  let month: string;
  let promptOf: (mentorId: string) => FakeMessage;
  beforeAll(async () => {
    app = await startApp({ label: 'checkin-answers', served: true, users: slackUsersOf(PROGRAM), env: ENV });
    as = actorsOf(app);
    await seedProgram(app.stores.roster, PROGRAM);
    // This month's prompts, from its first day at 09:05 in Chicago, so that "today" falls in it.
    const first = `${dateInZone(new Date(), ZONE).slice(0, 7)}-01`;
    month = first.slice(0, 7);
    const run = await runJobCli(app, 'checkin-prompts', zonedInstant(first, 9, 5, ZONE).toISOString(), ENV);
    expect(run.stdout).toContain('sent 2');
    promptOf = (mentorId) => app.slack.dmsTo(mentorId).find((m) => m.text.startsWith('Check-in for'))!;
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('offers three answers on each mentee line', () => {
    const prompt = promptOf(P3.id);
    const buttons = (prompt.blocks as { elements?: { type: string; action_id: string; value: string }[] }[]).flatMap((b) => b.elements ?? []).filter((e) => e.type === 'button');
    expect(buttons.map((b) => [b.action_id, b.value])).toEqual([
      ['checkin_prompt_touch', `${month}|${ADA.id}`],
      ['checkin_prompt_unreached', `${month}|${ADA.id}`],
      ['checkin_prompt_concern', `${month}|${ADA.id}`],
      ['checkin_prompt_touch', `${month}|${BEN.id}`],
      ['checkin_prompt_unreached', `${month}|${BEN.id}`],
      ['checkin_prompt_concern', `${month}|${BEN.id}`],
      ['checkin_prompt_group', month],
    ]);
  });

  it('tells the Faculty Mentor once, by name only, after two *Couldn’t reach* answers in a month with no communication', async () => {
    const unreachedDms = () => app.slack.dmsTo(OKAFOR.id).filter((m) => m.text.includes('not reached this month'));
    await as(P3).click('checkin_prompt_unreached', `${month}|${BEN.id}`, { message: promptOf(P3.id) });
    await app.slack.waitFor(() => app.slack.responses.some((r) => String(r.body['text']).includes('you tried to reach')), 3_000, 'the first answer');
    expect((await app.stores.contacts.findForMentees([BEN.id], `${month}-01`, `${month}-31`)).length).toBe(0);
    expect(unreachedDms()).toEqual([]);
    // The prompt is redrawn with the try, and still says no communication.
    const redrawn = await app.slack.waitForCall('chat.update', (args) => args['ts'] === promptOf(P3.id).ts && JSON.stringify(args['blocks']).includes('tried once'));
    expect(lineOf(redrawn.args['blocks'] as unknown[], BEN.id)).toContain('no communication yet');

    // The Pair partner tries too: the second attempt this month.
    await as(P4).click('checkin_prompt_unreached', `${month}|${BEN.id}`, { message: promptOf(P4.id) });
    await app.slack.waitFor(() => unreachedDms().length === 1, 3_000, 'the Faculty Mentor’s alert');
    const [alert] = unreachedDms();
    expect(alert!.text).toBe(`*Ben Mentee* (<@${BEN.id}>): not reached this month.`);
    await app.slack.waitFor(() => app.slack.responses.some((r) => String(r.body['text']).includes('your Faculty Mentor has been told')), 3_000, 'the second answer');

    // A third answer (Priya again, the same day: the same attempt) and a job run repeat nothing.
    await as(P3).click('checkin_prompt_unreached', `${month}|${BEN.id}`, { message: promptOf(P3.id) });
    await app.slack.waitFor(() => app.slack.responses.filter((r) => String(r.body['text']).includes('your Faculty Mentor has been told')).length === 2, 3_000, 'the third answer');
    const job = await runJobCli(app, 'nudges', new Date().toISOString(), ENV);
    expect(job.code).toBe(0);
    expect(unreachedDms()).toHaveLength(1);
  });

  it('logs *In touch* in two clicks (the button, then Log it) through the ledger, and redraws the prompt', async () => {
    const prompt = promptOf(P3.id);
    await as(P3).click('checkin_prompt_touch', `${month}|${ADA.id}`, { message: prompt });
    await app.slack.waitFor(() => as(P3).lastModal()?.view['callback_id'] === 'checkin_touch_modal', 3_000, 'the In touch form');
    const opened = as(P3).lastModal()!;
    const blockIds = (opened.view['blocks'] as { block_id?: string }[]).flatMap((b) => (b.block_id === undefined ? [] : [b.block_id]));
    expect(blockIds).toEqual(['checkin_kind', 'checkin_minutes']);
    // Log it as the form opened: a Slack message preselected, no minutes.
    const answer = await as(P3).submit(
      'checkin_touch_modal',
      { checkin_kind: { checkin_kind_input: chosen('static_select', 'slack') }, checkin_minutes: { checkin_minutes_input: { type: 'number_input', value: null } } },
      { viewId: opened.id },
    );
    expect(answer.status).toBe(200);
    const update = await app.slack.waitForCall('chat.update', (args) => args['ts'] === prompt.ts && lineOf(args['blocks'] as unknown[], ADA.id).includes('in touch in'));
    expect(lineOf(update.args['blocks'] as unknown[], ADA.id)).toContain('in touch in');
    const [contact] = await app.stores.contacts.findForMentees([ADA.id], `${month}-01`, `${month}-31`);
    expect(contact).toMatchObject({ mentorId: P3.id, menteeIds: [ADA.id], kind: 'slack', minutes: 0, source: 'prompt', group: false });
  });

  it('sends a concern to the Faculty Mentor naming mentee, mentor and category, never the note; shows a well-being concern’s support resources', async () => {
    await as(P3).click('checkin_prompt_concern', `${month}|${BEN.id}`, { message: promptOf(P3.id) });
    await app.slack.waitFor(() => as(P3).lastModal()?.view['callback_id'] === 'checkin_concern_modal', 3_000, 'the concern form');
    const opened = as(P3).lastModal()!;
    const tooLong = await as(P3).submit(
      'checkin_concern_modal',
      { checkin_concern_category: { checkin_concern_category_input: chosen('radio_buttons', 'wellbeing') }, checkin_concern_note: { checkin_concern_note_input: { type: 'plain_text_input', value: 'x'.repeat(1_001) } } },
      { viewId: opened.id },
    );
    expect(tooLong.json).toEqual({ response_action: 'errors', errors: { checkin_concern_note: 'The note can be at most 1,000 characters.' } });
    const answer = await as(P3).submit(
      'checkin_concern_modal',
      { checkin_concern_category: { checkin_concern_category_input: chosen('radio_buttons', 'wellbeing') }, checkin_concern_note: { checkin_concern_note_input: { type: 'plain_text_input', value: CONCERN_NOTE } } },
      { viewId: opened.id },
    );
    expect(answer.json?.['response_action']).toBe('update');
    expect(JSON.stringify(answer.json)).toContain('Call the Wellness Center at 555-0100.');

    const concernDms = () => app.slack.dmsTo(OKAFOR.id).filter((m) => m.text.includes('has a concern'));
    await app.slack.waitFor(() => concernDms().length === 1, 3_000, 'the Faculty Mentor’s DM');
    expect(concernDms()[0]!.text).toBe(`:warning: <@${P3.id}> has a concern about <@${BEN.id}>, one of your mentees: *Well-being*. Please follow up with <@${P3.id}>; what they noted stays with them.`);
    // The same form again stores it once and tells the Faculty Mentor once.
    await as(P3).submit(
      'checkin_concern_modal',
      { checkin_concern_category: { checkin_concern_category_input: chosen('radio_buttons', 'wellbeing') }, checkin_concern_note: { checkin_concern_note_input: { type: 'plain_text_input', value: CONCERN_NOTE } } },
      { viewId: opened.id },
    );
    const job = await runJobCli(app, 'nudges', new Date().toISOString(), ENV);
    expect(job.code).toBe(0);
    expect(concernDms()).toHaveLength(1);
    // The note is stored for its author, and reaches no Slack call and no log line.
    expect(await everythingStored(app)).toContain('ZQX-CONCERN-NOTE-4410');
    for (const call of app.slack.calls) expect(JSON.stringify(call.args), `${call.method}`).not.toContain('ZQX-CONCERN-NOTE-4410');
    expect(JSON.stringify(app.logs)).not.toContain('ZQX-CONCERN-NOTE-4410');
    expect(job.stdout + job.stderr).not.toContain('ZQX-CONCERN-NOTE-4410');
  });

  it('logs a one-line reply in the prompt’s thread as a contact and redraws the prompt; its text is kept nowhere', async () => {
    const prompt = promptOf(P4.id);
    const reply = `<@${ADA.id}> call 17`;
    const ts = `${Math.floor(Date.now() / 1000)}.000777`;
    await as(P4).say(prompt.channel, reply, { threadTs: prompt.ts, ts, eventId: 'EvREPLY1' });
    const update = await app.slack.waitForCall('chat.update', (args) => args['ts'] === prompt.ts && lineOf(args['blocks'] as unknown[], ADA.id).includes('in touch in'));
    expect(update).toBeDefined();
    const contacts = await app.stores.contacts.findForMentees([ADA.id], `${month}-01`, `${month}-31`);
    expect(contacts.filter((c) => c.mentorId === P4.id)).toMatchObject([{ kind: 'call', minutes: 17, menteeIds: [ADA.id] }]);
    const confirmation = await app.slack.waitForCall('chat.postMessage', (args) => args['thread_ts'] === prompt.ts && String(args['text']).includes('Logged: a call'));
    expect(confirmation.args['channel']).toBe(prompt.channel);
    // Slack delivers the same message again: stored once, answered once.
    await as(P4).say(prompt.channel, reply, { threadTs: prompt.ts, ts, eventId: 'EvREPLY1', retryNum: 1 });

    // A reply it cannot read: the grammar, in the thread, and nothing logged.
    await as(P4).say(prompt.channel, UNREADABLE_REPLY, { threadTs: prompt.ts });
    await app.slack.waitForCall('chat.postMessage', (args) => args['thread_ts'] === prompt.ts && String(args['text']).includes('`@sam call 20`'));
    expect((await app.stores.contacts.findForMentees([ADA.id], `${month}-01`, `${month}-31`)).filter((c) => c.mentorId === P4.id)).toHaveLength(1);

    // Outside a prompt's thread, and from someone else's thread, nothing happens.
    const posts = app.slack.callsTo('chat.postMessage').length;
    await as(P4).say(prompt.channel, reply);
    await as(P3).say(prompt.channel, reply, { threadTs: prompt.ts });
    await as(P4).say(prompt.channel, UNREADABLE_REPLY, { threadTs: prompt.ts, ts: prompt.ts });
    await as(P4).say(prompt.channel, reply, { threadTs: '1700000000.000001' });
    // A reply that is answered, after those: by then the others would have been answered too.
    await as(P4).say(prompt.channel, `<@${BEN.id}> text 5`, { threadTs: prompt.ts });
    await app.slack.waitForCall('chat.postMessage', (args) => args['thread_ts'] === prompt.ts && String(args['text']).includes(`a text with <@${BEN.id}>`));
    expect(app.slack.callsTo('chat.postMessage')).toHaveLength(posts + 1);
    expect(app.slack.callsTo('chat.postMessage').filter((c) => String(c.args['text']).includes(`a call with <@${ADA.id}>`))).toHaveLength(1);
    expect((await app.stores.contacts.findForMentees([ADA.id], `${month}-01`, `${month}-31`)).filter((c) => c.mentorId === P4.id)).toHaveLength(1);

    const stored = await everythingStored(app);
    for (const text of [reply, UNREADABLE_REPLY, 'ZQX-REPLY-TEXT-9921']) {
      expect(stored).not.toContain(text);
      expect(JSON.stringify(app.logs)).not.toContain(text);
    }
  });
});
