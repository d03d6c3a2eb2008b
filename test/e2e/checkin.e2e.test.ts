import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dateInZone } from '../../src/program/calendar-date.js';
import type { ContactStore } from '../../src/program/ports.js';
import { actorsOf, type As } from '../support/actor.js';
import { CAST, aCohort, aProgram, aSecondCohort, seedProgram, slackUsersOf } from '../support/program-fixture.js';
import { startApp, type ServedApp } from '../support/app-harness.js';

const ZONE = 'America/Chicago';
const { priya: MENTOR, omar: PARTNER, ada: ADA, ben: BO, dee: DEE } = CAST;
/** The standard cohort (the mentor and her partner; Ada, Bo) and the second one (another mentor's mentee, Dee). */
const PROGRAM = aProgram(aCohort(), aSecondCohort());

interface ResponseBody {
  text?: string;
  replace_original?: boolean;
  response_type?: string;
  blocks?: { type: string; elements?: { action_id?: string; value?: string }[] }[];
}

/** The modal's state values as Slack sends them on submission. */
function formValues(form: { mentees: string[]; kind: string; mode: 'individual' | 'group'; date: string; minutes?: string; note?: string }) {
  return {
    checkin_mentees: { checkin_mentees_input: { type: 'multi_static_select', selected_options: form.mentees.map((value) => ({ value, text: { type: 'plain_text', text: value } })) } },
    checkin_kind: { checkin_kind_input: { type: 'static_select', selected_option: { value: form.kind, text: { type: 'plain_text', text: form.kind } } } },
    checkin_mode: { checkin_mode_input: { type: 'radio_buttons', selected_option: { value: form.mode, text: { type: 'plain_text', text: form.mode } } } },
    checkin_date: { checkin_date_input: { type: 'datepicker', selected_date: form.date } },
    checkin_minutes: { checkin_minutes_input: { type: 'number_input', value: form.minutes ?? null } },
    checkin_note: { checkin_note_input: { type: 'plain_text_input', value: form.note ?? null } },
  };
}

describe('/mentor-checkin end to end', () => {
  let app: ServedApp;
  let as: As;
  let contacts: ContactStore;
  beforeAll(async () => {
    app = await startApp({ label: 'checkin', served: true, users: slackUsersOf(PROGRAM), env: { PROGRAM_TIMEZONE: ZONE } });
    as = actorsOf(app);
    contacts = app.stores.contacts;
    await seedProgram(app.stores.roster, PROGRAM);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const today = () => dateInZone(new Date(), ZONE);
  const loggedBy = async (mentorId: string) => contacts.findByMentors([mentorId], '2000-01-01', '2100-01-01');
  const lastResponse = () => app.slack.responses.at(-1)?.body as ResponseBody | undefined;

  it('logs through the modal: only the mentor’s own mentees are offered, the contact is stored once, the author gets a DM with Undo', async () => {
    const answer = await as(MENTOR).command('/mentor-checkin', '');
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeLessThan(3_000);
    await app.slack.waitForCall('views.open');
    const opened = as(MENTOR).lastModal()!;
    const blocks = opened.view['blocks'] as { block_id?: string; element?: { options?: { value: string }[]; initial_date?: string } }[];
    const offered = blocks.find((b) => b.block_id === 'checkin_mentees')?.element?.options?.map((o) => o.value);
    expect(offered).toEqual([ADA.id, BO.id]);
    expect(blocks.find((b) => b.block_id === 'checkin_date')?.element?.initial_date).toBe(today());

    const values = formValues({ mentees: [ADA.id, BO.id], kind: 'in_person', mode: 'group', date: today(), minutes: '45', note: 'Talked about Step 1 <nerves>' });
    const submitted = await as(MENTOR).submit('checkin_modal', values, { viewId: opened.id });
    expect(submitted.status).toBe(200);
    expect(submitted.text).toBe('');

    const dm = await app.slack.waitFor(() => app.slack.dmsTo(MENTOR.id).find((m) => m.text.includes('Logged')), 3_000, 'the confirmation DM');
    expect(dm.text).toContain(`a group in-person meeting with <@${ADA.id}>, <@${BO.id}>`);
    expect(dm.text).toContain('45 minutes');
    const dmJson = JSON.stringify(dm.blocks);
    expect(dmJson).toContain('Talked about Step 1 &lt;nerves&gt;');
    expect(dmJson).toContain('"action_id":"checkin_undo"');

    // The same form submitted again (a double click, a retry): stored once, confirmed once.
    expect((await as(MENTOR).submit('checkin_modal', values, { viewId: opened.id })).status).toBe(200);
    const stored = (await loggedBy(MENTOR.id)).filter((c) => c.sourceKey === `view:${opened.id}`);
    expect(stored).toEqual([
      expect.objectContaining({ menteeIds: [ADA.id, BO.id], kind: 'in_person', group: true, minutes: 45, date: today(), source: 'logged', note: 'Talked about Step 1 <nerves>' }),
    ]);
    expect(app.slack.dmsTo(MENTOR.id).filter((m) => m.text.includes('Logged'))).toHaveLength(1);
    // The note never reaches a log line, and nobody else gets a message about it.
    expect(JSON.stringify(app.logs)).not.toContain('Step 1');
    expect(app.slack.dmsTo(ADA.id)).toEqual([]);
  });

  it('answers a bad form with errors on the fields, and stores nothing', async () => {
    await as(MENTOR).command('/mentor-checkin', '');
    await app.slack.waitForCall('views.open', () => true, 3_000, 2);
    const opened = as(MENTOR).lastModal()!;
    const before = (await loggedBy(MENTOR.id)).length;
    const answer = await as(MENTOR).submit(
      'checkin_modal',
      formValues({ mentees: [ADA.id, BO.id], kind: 'call', mode: 'individual', date: addDays(today(), 1), minutes: '700' }),
      { viewId: opened.id },
    );
    expect(answer.status).toBe(200);
    expect(answer.json?.['response_action']).toBe('errors');
    const errors = answer.json?.['errors'] as Record<string, string>;
    expect(errors['checkin_mentees']).toMatch(/individual contact is with one mentee/);
    expect(errors['checkin_date']).toMatch(/in the future/);
    expect(errors['checkin_minutes']).toMatch(/from 0 to 600/);
    expect(await loggedBy(MENTOR.id)).toHaveLength(before);
  });

  it('answers a form naming someone who is not the mentor’s mentee (known only from the roster) by DM once it closes, and stores nothing', async () => {
    const opens = app.slack.callsTo('views.open').length;
    await as(MENTOR).command('/mentor-checkin', '');
    await app.slack.waitForCall('views.open', () => true, 3_000, opens + 1);
    const opened = as(MENTOR).lastModal()!;
    const before = (await loggedBy(MENTOR.id)).length;
    const answer = await as(MENTOR).submit('checkin_modal', formValues({ mentees: [DEE.id], kind: 'call', mode: 'individual', date: today() }), { viewId: opened.id });
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeLessThan(3_000);
    const dm = await app.slack.waitFor(() => app.slack.dmsTo(MENTOR.id).find((m) => m.text.includes('is not one of your current mentees')), 3_000, 'the refusal');
    expect(dm.text).toContain('Nothing was logged.');
    expect(await loggedBy(MENTOR.id)).toHaveLength(before);
  });

  it('logs through the one-line form, answers only the mentor with what was logged, and undoes it', async () => {
    const answer = await as(PARTNER).command('/mentor-checkin', `<@${ADA.id}|ada> call 20`);
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeLessThan(3_000);
    const reply = await app.slack.waitFor(() => lastResponse()?.text?.includes('Logged') && lastResponse(), 3_000, 'the reply');
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toContain(`a call with <@${ADA.id}>`);
    expect(reply.text).toContain('20 minutes');
    const [contact] = await loggedBy(PARTNER.id);
    expect(contact).toMatchObject({ menteeIds: [ADA.id], kind: 'call', minutes: 20, group: false, date: today(), source: 'logged' });
    const undo = reply.blocks?.flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'checkin_undo');
    expect(undo?.value).toBe(contact!.id);

    // Someone else cannot undo it; the author can.
    await as(MENTOR).click('checkin_undo', contact!.id);
    await app.slack.waitFor(() => lastResponse()?.text?.includes('Only the mentor who logged'), 3_000, 'the refusal');
    expect(await loggedBy(PARTNER.id)).toHaveLength(1);
    await as(PARTNER).click('checkin_undo', contact!.id);
    const undone = await app.slack.waitFor(() => lastResponse()?.text?.includes('Undone') && lastResponse(), 3_000, 'the undo');
    expect(undone.replace_original).toBe(true);
    expect(await loggedBy(PARTNER.id)).toEqual([]);
    expect((await contacts.findById(contact!.id))?.undoneAt).toBeInstanceOf(Date);
  });

  it('refuses an entry for someone else’s mentee with a clear answer, and stores nothing', async () => {
    const before = (await loggedBy(MENTOR.id)).length;
    const answer = await as(MENTOR).command('/mentor-checkin', `<@${DEE.id}|dee> video 30`);
    expect(answer.status).toBe(200);
    const reply = await app.slack.waitFor(() => lastResponse()?.text?.includes('not one of your current mentees') && lastResponse(), 3_000, 'the refusal');
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toContain(`<@${DEE.id}> is not one of your current mentees`);
    expect(reply.text).toContain('Nothing was logged.');
    expect(await loggedBy(MENTOR.id)).toHaveLength(before);
    expect(await contacts.findForMentees([DEE.id], '2000-01-01', '2100-01-01')).toEqual([]);
  });

  it('tells a mentee that only mentors log contacts, for the form and the one-line form', async () => {
    await as(ADA).command('/mentor-checkin', '');
    await app.slack.waitFor(() => lastResponse()?.text?.includes('Only peer mentors log contacts'), 3_000, 'the refusal');
    await as(ADA).command('/mentor-checkin', `<@${BO.id}|bo> text`);
    await app.slack.waitFor(() => app.slack.responses.filter((r) => String(r.body['text']).includes('Only peer mentors')).length === 2, 3_000, 'the second refusal');
    expect(await contacts.findForMentees([BO.id], '2000-01-01', '2100-01-01')).toEqual([
      expect.objectContaining({ mentorId: MENTOR.id }),
    ]);
  });
});
