import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateInZone } from '../../src/program/calendar-date.js';
import { daysInMonth } from '../../src/program/calendar.js';
import { parseCsv } from '../../src/program/csv.js';
import { actorsOf, type As, type StateValues } from '../support/actor.js';
import { startApp, type ServedApp } from '../support/app-harness.js';
import { importPastedRoster } from '../support/roster-form.js';
import { runExportCli, runJobCli } from '../support/run-cli-process.js';

const CHICAGO = 'America/Chicago';
const ADMIN = { id: 'U0BOOTADM2', name: 'Bea Bootstrap', email: 'bea@med.example', tz: CHICAGO };
const DOC = { id: 'U0PMD00002', name: 'Dr Rivera', email: 'rivera@med.example', tz: CHICAGO };
const JO = { id: 'U0PMJ00002', name: 'Jo Park', email: 'jo@school.example', tz: CHICAGO };
const CASEY = { id: 'U0PMC00002', name: 'Casey Outreach', email: 'casey@med.example', tz: CHICAGO };
// Quiet hours off: the clicks and forms happen at the machine's real time, whatever hour that is in Chicago. Every
// month active: the nudges are checked in the real month, whichever it is.
const ENV = { ADMIN_USER_IDS: ADMIN.id, PROGRAM_TIMEZONE: CHICAGO, QUIET_HOURS: 'off', MINOR_QUIET_HOURS: 'off', PREMED_ACTIVE_MONTHS: '1-12' };
const HEADER = 'slack_id,email,name,role,group,track,level,birth_date,parent_name,parent_email,parent_phone,parent_consent,mentor_type';
const ROWS = [
  `${DOC.id},${DOC.email},${DOC.name},peer_mentor,Pair-1,premed,,,,,,,physician`,
  // Jo is 14 or so whenever this runs (born 2012): a minor.
  `${JO.id},${JO.email},${JO.name},mentee,Pair-1,premed,high_school,2012-05-04,Sam Park,sam.park@example.com,555-0100,yes,`,
  `${CASEY.id},${CASEY.email},${CASEY.name},admin,,premed,,,,,,,`,
];
const NOTE = 'Talked about her biology class <private>';

const today = () => dateInZone(new Date(), CHICAGO);
/** A time in the real month (Chicago) when `left` days of it are left, today included: 10:00 there. */
const whenLeft = (left: number) => {
  const [y, m] = today().split('-').map(Number) as [number, number];
  const day = daysInMonth(y, m) - left + 1;
  return `${today().slice(0, 7)}-${String(day).padStart(2, '0')}T16:00:00Z`;
};

const checkinValues = (minutes: string, parent: 'yes' | 'no' | undefined): StateValues => ({
  checkin_mentees: { checkin_mentees_input: { type: 'multi_static_select', selected_options: [{ value: JO.id, text: { type: 'plain_text', text: JO.name } }] } },
  checkin_kind: { checkin_kind_input: { type: 'static_select', selected_option: { value: 'video', text: { type: 'plain_text', text: 'video' } } } },
  checkin_mode: { checkin_mode_input: { type: 'radio_buttons', selected_option: { value: 'individual', text: { type: 'plain_text', text: 'individual' } } } },
  checkin_date: { checkin_date_input: { type: 'datepicker', selected_date: today() } },
  checkin_minutes: { checkin_minutes_input: { type: 'number_input', value: minutes } },
  checkin_note: { checkin_note_input: { type: 'plain_text_input', value: NOTE } },
  ...(parent === undefined ? {} : { premed_parent_present: { premed_parent_present_input: { type: 'radio_buttons', selected_option: { value: parent, text: { type: 'plain_text', text: parent } } } } }),
});

// The tests run in order: the pair is imported and opened once, then logs its first session, then is nudged.
describe('the pre-med rules end to end: the parent question, the month-end nudge, the hours and parents exports', () => {
  let app: ServedApp;
  let as: As;
  const texts = () => app.slack.responses.map((r) => String(r.body['text'] ?? ''));

  beforeAll(async () => {
    app = await startApp({ label: 'premed-rules', served: true, users: [ADMIN, DOC, JO, CASEY], env: ENV });
    as = actorsOf(app);
    await importPastedRoster(app, as, ADMIN, [HEADER, ...ROWS].join('\n'));
    await runJobCli(app, 'introductions', new Date().toISOString(), ENV);
    await as(JO).click('premed_agree', 'mentee', { message: app.slack.dmsTo(JO.id)[0]! });
    await as(DOC).click('premed_agree', 'peer_mentor', { message: app.slack.dmsTo(DOC.id)[0]! });
    await app.slack.waitFor(() => app.slack.messages.find((m) => app.slack.channels.get(m.channel)?.isMpim === true), 5_000, 'the introduction');
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('asks the parent question for the first contact with a minor: the one-line check-in points to the form, the form requires it, a no tells the coordinator', async () => {
    await as(DOC).command('/mentor-checkin', `<@${JO.id}|jo> video 60`);
    await app.slack.waitFor(() => texts().some((t) => t.includes('please log it with the form')), 3_000, 'the one-line refusal');
    expect(await app.stores.contacts.findByMentors([DOC.id], '2000-01-01', '2100-01-01')).toEqual([]);

    const opened = app.slack.callsTo('views.open').length;
    await as(DOC).command('/mentor-checkin', '');
    await app.slack.waitForCall('views.open', () => true, 3_000, opened + 1);
    const form = as(DOC).lastModal()!;
    const question = (form.view['blocks'] as { block_id?: string; optional?: boolean; label?: { text: string } }[]).find((b) => b.block_id === 'premed_parent_present');
    expect(question).toMatchObject({ optional: false, label: { text: 'Was a parent or guardian present?' } });

    const blank = await as(DOC).submit('checkin_modal', checkinValues('60', undefined), { viewId: form.id });
    expect(blank.json?.['response_action']).toBe('errors');
    expect(String((blank.json?.['errors'] as Record<string, string>)['premed_parent_present'])).toContain('Please say whether a parent or guardian was present');
    expect(await app.stores.contacts.findByMentors([DOC.id], '2000-01-01', '2100-01-01')).toEqual([]);

    const answered = await as(DOC).submit('checkin_modal', checkinValues('60', 'no'), { viewId: form.id });
    expect(answered.ms).toBeLessThan(3_000);
    expect(answered.json?.['response_action']).toBeUndefined();
    const alert = await app.slack.waitFor(() => app.slack.dmsTo(CASEY.id).find((m) => m.text.includes('no parent or guardian present')), 5_000, 'the coordinator’s DM');
    expect(alert.text).toContain('Dr Rivera logged the first session with Jo Park (under 18)');
    expect(JSON.stringify(alert.blocks)).not.toContain('biology');
    expect(JSON.stringify(alert.blocks)).not.toContain('sam.park');
    expect(await app.database.connection.db!.collection('premed_first_sessions').find({}, { projection: { _id: 0, recordedAt: 0 } }).toArray()).toEqual([
      { mentorId: DOC.id, menteeId: JO.id, date: today(), parentPresent: false },
    ]);
    // The same form submitted again stores nothing more and tells no one twice.
    await as(DOC).submit('checkin_modal', checkinValues('60', 'no'), { viewId: form.id });
    await runJobCli(app, 'nudges', new Date().toISOString(), ENV);
    expect(app.slack.dmsTo(CASEY.id).filter((m) => m.text.includes('no parent or guardian present'))).toHaveLength(1);

    // The first session is logged: the form asks no more, and the one-line check-in logs.
    const again = app.slack.callsTo('views.open').length;
    await as(DOC).command('/mentor-checkin', '');
    await app.slack.waitForCall('views.open', () => true, 3_000, again + 1);
    expect(JSON.stringify(as(DOC).lastModal()!.view)).not.toContain('premed_parent_present');
  });

  it('nudges the mentor at month end with the minutes logged against the 120 asked for, once, and not once the minimum is met', async () => {
    const ten = await runJobCli(app, 'nudges', whenLeft(10), ENV);
    expect(ten.stdout).toContain('premedHoursNudgesSent 1');
    const nudges = () => app.slack.dmsTo(DOC.id).filter((m) => m.text.includes('minutes with Jo Park this month'));
    expect(nudges().map((m) => m.text)).toEqual(['You’ve logged 60 of 120 minutes with Jo Park this month.']);
    expect((await runJobCli(app, 'nudges', whenLeft(10), ENV)).stdout).toContain('premedHoursNudgesSent 0');
    expect(nudges()).toHaveLength(1);

    await as(DOC).command('/mentor-checkin', `<@${JO.id}|jo> call 60`);
    await app.slack.waitFor(() => texts().some((t) => t.includes('Logged')), 3_000, 'the one-line check-in');
    expect((await runJobCli(app, 'nudges', whenLeft(3), ENV)).stdout).toContain('premedHoursNudgesDue 0');
    expect(nudges()).toHaveLength(1);
  });

  it('exports hours (minutes against the minimum, no note) and parents (the minor’s parent and mentor, for the coordinators)', async () => {
    const month = today().slice(0, 7);
    const hours = await runExportCli(app, ['hours', '--from', month, '--to', month], ENV);
    expect(hours.code).toBe(0);
    expect(parseCsv(hours.stdout).records.map((r) => r.cells)).toEqual([
      ['month', 'mentor', 'mentee', 'minor', 'minutes', 'met_minimum'],
      [month, DOC.name, JO.name, 'yes', '120', 'yes'],
    ]);
    const parents = await runExportCli(app, ['parents'], ENV);
    expect(parents.code).toBe(0);
    expect(parseCsv(parents.stdout).records.map((r) => r.cells)).toEqual([
      ['mentee', 'parent_name', 'parent_email', 'parent_phone', 'mentor', 'mentor_email'],
      [JO.name, 'Sam Park', 'sam.park@example.com', '555-0100', DOC.name, DOC.email],
    ]);
    for (const run of [hours, parents]) expect(run.stdout).not.toContain('biology');
  });
});
