import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateInZone } from '../../src/program/calendar-date.js';
import { zonedInstant } from '../../src/program/zoned-time.js';
import type { NewContact } from '../../src/program/records/contact.js';
import { actorsOf, type As } from '../support/actor.js';
import { CAST, aCohort, aProgram, aSecondCohort, seedProgram, slackUsersOf } from '../support/program-fixture.js';
import { runJobCli } from '../support/run-cli-process.js';
import { startApp, type ServedApp } from '../support/app-harness.js';

const ZONE = 'America/Chicago';
const { priya: P3, omar: P4, pat: P7, ada: ADA, ben: BO, dee: DEE } = CAST;
/** The standard cohort (P3, P4; Ada, Bo) and the second one (P7; Dee). */
const PROGRAM = aProgram(aCohort(), aSecondCohort());
/** Every month active, so that the second test can prompt for whatever month the clock is in. */
const ENV = { PROGRAM_TIMEZONE: ZONE, PROGRAM_ACTIVE_MONTHS: '1-12' };

interface Block {
  type: string;
  text?: { text: string };
  accessory?: { action_id: string; value: string };
  elements?: { action_id?: string; value?: string }[];
}

const textOf = (blocks: unknown[]) => (blocks as Block[]).map((b) => b.text?.text ?? '').join('\n');
/** The status line of a mentee in a prompt's blocks. */
const lineOf = (blocks: unknown[], personId: string) => (blocks as Block[]).find((b) => b.text?.text.includes(`<@${personId}>`))?.text?.text ?? '';

describe('job checkin-prompts end to end (run as `npm run job` does)', () => {
  let app: ServedApp;
  let as: As;
  beforeAll(async () => {
    app = await startApp({ label: 'prompts', served: true, users: slackUsersOf(PROGRAM), env: ENV });
    as = actorsOf(app);
    // Ada: the partner answered a request this morning. Bo: a video meeting in August (this semester), nothing this month.
    const seed = (c: Partial<NewContact>): NewContact => ({
      mentorId: P3.id, menteeIds: [ADA.id], at: new Date('2025-09-01T12:00:00Z'), date: '2025-09-01', kind: 'slack', group: false,
      minutes: 5, note: undefined, source: 'logged', sourceKey: `seed:${Math.random()}`, createdAt: new Date('2025-09-01T12:00:00Z'), ...c,
    });
    const { stores } = app;
    await seedProgram(stores.roster, PROGRAM);
    await stores.contacts.record(seed({ mentorId: P4.id, menteeIds: [ADA.id], source: 'request_response' }));
    await stores.contacts.record(seed({ mentorId: P3.id, menteeIds: [BO.id], date: '2025-08-20', at: new Date('2025-08-20T17:00:00Z'), kind: 'video', minutes: 40 }));
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('sends exactly one DM per mentor with the right statuses at --now, and none on a second run', async () => {
    // 14:05Z on 1 September 2025 is 09:05 in Chicago: the first active day's prompt hour has come.
    const first = await runJobCli(app, 'checkin-prompts', '2025-09-01T14:05:00Z', ENV);
    expect(first.stderr).not.toMatch(/\n\s+at /);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('checkin-prompts as of 2025-09-01T14:05:00.000Z: mentors 3, due 3, sent 3, alreadySent 0, waitingForMorning 0, inProgress 0, failed 0');
    for (const mentor of [P3, P4, P7]) expect(app.slack.dmsTo(mentor.id)).toHaveLength(1);
    expect(app.slack.dmsTo(ADA.id)).toEqual([]);

    const [prompt] = app.slack.dmsTo(P3.id);
    expect(textOf(prompt!.blocks)).toContain('Check-in for September 2025');
    expect(lineOf(prompt!.blocks, ADA.id)).toContain('in touch in September');
    expect(lineOf(prompt!.blocks, ADA.id)).toContain('no meeting yet in Fall 2025');
    expect(lineOf(prompt!.blocks, BO.id)).toContain('no communication yet in September');
    expect(lineOf(prompt!.blocks, BO.id)).toContain('met in Fall 2025');
    expect(lineOf(app.slack.dmsTo(P4.id)[0]!.blocks, ADA.id)).toContain('in touch in September');
    expect(lineOf(app.slack.dmsTo(P7.id)[0]!.blocks, DEE.id)).toContain('no communication yet in September');
    expect(textOf(prompt!.blocks)).not.toContain(DEE.id);
    const buttons = (prompt!.blocks as Block[]).flatMap((b) => [b.accessory, ...(b.elements ?? [])]).filter((e) => e?.action_id !== undefined);
    expect(buttons.map((b) => [b!.action_id, b!.value])).toEqual([
      ['checkin_prompt_touch', `2025-09|${ADA.id}`],
      ['checkin_prompt_unreached', `2025-09|${ADA.id}`],
      ['checkin_prompt_concern', `2025-09|${ADA.id}`],
      ['checkin_prompt_touch', `2025-09|${BO.id}`],
      ['checkin_prompt_unreached', `2025-09|${BO.id}`],
      ['checkin_prompt_concern', `2025-09|${BO.id}`],
      ['checkin_prompt_group', '2025-09'],
    ]);

    const postsBefore = app.slack.callsTo('chat.postMessage').length;
    const second = await runJobCli(app, 'checkin-prompts', '2025-09-01T14:05:00Z', ENV);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('sent 0, alreadySent 3');
    const later = await runJobCli(app, 'checkin-prompts', '2025-09-01T22:05:00Z', ENV);
    expect(later.stdout).toContain('sent 0, alreadySent 3');
    expect(app.slack.callsTo('chat.postMessage')).toHaveLength(postsBefore);
  });

  it('still logs from a prompt’s older *Log a contact* button (prompts posted before the three answers): the form opens prefilled, Log it stores the contact and redraws the prompt', async () => {
    // This month, from its first day at 09:05 in Chicago, so that "today" in the form falls in it.
    const first = `${dateInZone(new Date(), ZONE).slice(0, 7)}-01`;
    const now = zonedInstant(first, 9, 5, ZONE).toISOString();
    const run = await runJobCli(app, 'checkin-prompts', now, ENV);
    expect(run.stdout).toContain('sent 3');
    const prompt = app.slack.dmsTo(P3.id).at(-1)!;
    expect(lineOf(prompt.blocks, BO.id)).toContain('no communication yet');

    const month = first.slice(0, 7);
    await as(P3).click('checkin_prompt_log', `${month}|${BO.id}`, { message: prompt });
    await app.slack.waitForCall('views.open', (args) => JSON.stringify(args['view']).includes('checkin_modal'));
    const opened = as(P3).lastModal()!;
    const mentees = (opened.view['blocks'] as { block_id?: string; element?: { initial_options?: { value: string }[] } }[]).find((b) => b.block_id === 'checkin_mentees');
    expect(mentees?.element?.initial_options?.map((o) => o.value)).toEqual([BO.id]);

    const today = dateInZone(new Date(), ZONE);
    const answer = await as(P3).submit('checkin_modal', {
      checkin_mentees: { checkin_mentees_input: { type: 'multi_static_select', selected_options: [{ value: BO.id }] } },
      checkin_kind: { checkin_kind_input: { type: 'static_select', selected_option: { value: 'text' } } },
      checkin_mode: { checkin_mode_input: { type: 'radio_buttons', selected_option: { value: 'individual' } } },
      checkin_date: { checkin_date_input: { type: 'datepicker', selected_date: today } },
      checkin_minutes: { checkin_minutes_input: { type: 'number_input', value: null } },
      checkin_note: { checkin_note_input: { type: 'plain_text_input', value: null } },
    }, { viewId: opened.id });
    expect(answer.status).toBe(200);
    const update = await app.slack.waitForCall('chat.update', (args) => args['ts'] === prompt.ts);
    expect(lineOf(update.args['blocks'] as unknown[], BO.id)).toContain('in touch in');
    await app.slack.waitFor(() => app.slack.dmsTo(P3.id).some((m) => m.text.includes(`a text with <@${BO.id}>`)), 3_000, 'the confirmation');
  });

  it('opens the form for a group meeting with every mentee from the prompt’s group button', async () => {
    const prompt = app.slack.dmsTo(P4.id).at(-1)!;
    await as(P4).click('checkin_prompt_group', '2025-09', { message: prompt });
    await app.slack.waitFor(() => as(P4).lastModal(), 3_000, 'the form');
    const blocks = as(P4).lastModal()!.view['blocks'] as { block_id?: string; element?: { initial_options?: { value: string }[]; initial_option?: { value: string } } }[];
    expect(blocks.find((b) => b.block_id === 'checkin_mentees')?.element?.initial_options?.map((o) => o.value)).toEqual([ADA.id, BO.id]);
    expect(blocks.find((b) => b.block_id === 'checkin_mode')?.element?.initial_option?.value).toBe('group');
    expect(blocks.find((b) => b.block_id === 'checkin_kind')?.element?.initial_option?.value).toBe('in_person');
  });
});
