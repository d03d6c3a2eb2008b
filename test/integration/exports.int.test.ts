import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewContact } from '../../src/program/records/contact.js';
import { parseCsv } from '../../src/program/csv.js';
import { COMPLIANCE_COLUMNS } from '../../src/features/contacts/domain/compliance-rows.js';
import { CONTACT_COLUMNS } from '../../src/features/contacts/domain/contact-rows.js';
import type { ExportFile } from '../../src/features/exports/domain/export.js';
import { REQUEST_COLUMNS } from '../../src/features/requests/domain/request-rows.js';
import type { NewHelpRequest } from '../../src/program/records/request.js';
import { CAST, aCohort, seedProgram, slackUsersOf } from '../support/program-fixture.js';
import { startApp, type AppHarness } from '../support/app-harness.js';

const CHICAGO = 'America/Chicago';
const ADMIN = CAST.admin.id;
const NOW = new Date('2026-10-20T15:00:00Z');

/** The standard cohort, with names a CSV must quote. */
const program = aCohort({ ada: { name: 'Lovelace, Ada' }, ben: { name: 'Ben "Benny" Mentee' } });

let seq = 0;
const contact = (overrides: Partial<NewContact>): NewContact => ({
  mentorId: 'U0MENTOR03',
  menteeIds: ['U0MENTEE01'],
  at: new Date('2026-10-02T15:00:00Z'),
  date: '2026-10-02',
  kind: 'call',
  group: false,
  minutes: 15,
  note: undefined,
  source: 'logged',
  sourceKey: `seed:${++seq}`,
  createdAt: new Date('2026-10-02T15:00:00Z'),
  ...overrides,
});
const request = (overrides: Partial<NewHelpRequest>): NewHelpRequest => ({
  menteeId: 'U0MENTEE01',
  topic: 'study_tips',
  urgency: 'routine',
  reach: 'slack',
  description: 'Private words about the renal block',
  audience: 'cohort',
  mentorIds: ['U0MENTOR03', 'U0MENTOR04'],
  routedTo: 'mentors',
  coveringFor: [],
  deadline: new Date('2026-10-06T15:00:00Z'),
  createdAt: new Date('2026-10-05T15:00:00Z'),
  sourceKey: `view:${++seq}`,
  ...overrides,
});

/** The CSV as records keyed by column. */
function table(file: ExportFile, columns: readonly string[]): Record<string, string>[] {
  const { records, problems } = parseCsv(file.csv);
  expect(problems).toEqual([]);
  expect(records[0]!.cells).toEqual([...columns]);
  return records.slice(1).map((r) => Object.fromEntries(columns.map((c, i) => [c, r.cells[i] ?? ''])));
}

describe('exports (use cases on the real stores)', () => {
  let w: AppHarness;
  beforeAll(async () => {
    w = await startApp({ label: 'exports', users: [...slackUsersOf(program), CAST.admin], env: { PROGRAM_TIMEZONE: CHICAGO, ADMIN_USER_IDS: ADMIN } });
    const { stores } = w;
    await seedProgram(stores.roster, program);
    await stores.contacts.record(contact({ note: 'A private note about Ada' }));
    await stores.contacts.record(contact({ mentorId: 'U0MENTOR04', menteeIds: ['U0MENTEE01', 'U0MENTEE02'], group: true, kind: 'in_person', minutes: 50, date: '2026-09-15', at: new Date('2026-09-15T17:00:00Z') }));
    await stores.contacts.record(contact({ date: '2026-08-31', at: new Date('2026-08-31T17:00:00Z') }));
    const undone = await stores.contacts.record(contact({ menteeIds: ['U0MENTEE02'], date: '2026-10-03' }));
    await stores.contacts.markUndone(undone.contact.id, new Date('2026-10-03T18:00:00Z'));
    const answered = await stores.requests.create(request({}));
    await stores.requests.markResponded(answered.request.id, 'U0MENTOR04', new Date('2026-10-05T18:00:00Z'));
    await stores.requests.create(request({ menteeId: 'U0MENTEE02', createdAt: new Date('2026-10-10T12:00:00Z'), deadline: new Date('2026-10-11T12:00:00Z') }));
    // 22:00 on 30 September in Chicago: a September request, though October in UTC.
    await stores.requests.create(request({ createdAt: new Date('2026-10-01T03:00:00Z'), deadline: new Date('2026-10-02T03:00:00Z') }));
  });
  afterAll(async () => {
    await w?.stop();
  });

  it('exports contacts of the months asked, one row per contact, names properly quoted, never the note', async () => {
    const outcome = await w.useCases.buildExport('cli:test', { kind: 'contacts', from: '2026-09', to: '2026-10' }, NOW);
    if (!outcome.ok) throw new Error('expected a file');
    expect(outcome.file).toMatchObject({ filename: 'peer-mentor-contacts-2026-09-to-2026-10.csv', rows: 2 });
    const rows = table(outcome.file, CONTACT_COLUMNS);
    expect(rows.map((r) => [r['date'], r['kind'], r['meeting'], r['group_contact'], r['minutes'], r['mentor_name'], r['mentee_names']])).toEqual([
      ['2026-09-15', 'in_person', 'yes', 'yes', '50', 'Omar Fourth', 'Lovelace, Ada; Ben "Benny" Mentee'],
      ['2026-10-02', 'call', 'no', 'no', '15', 'Priya Third', 'Lovelace, Ada'],
    ]);
    expect(outcome.file.csv).not.toContain('private note');
    // The current month by default.
    const october = await w.useCases.buildExport('cli:test', { kind: 'contacts', from: undefined, to: undefined }, NOW);
    expect(october.ok && october.file.rows).toBe(1);
  });

  it('exports requests sent in the months asked (by the program’s calendar), with their timing, never the description', async () => {
    const outcome = await w.useCases.buildExport('cli:test', { kind: 'requests', from: '2026-10', to: '2026-10' }, NOW);
    if (!outcome.ok) throw new Error('expected a file');
    const rows = table(outcome.file, REQUEST_COLUMNS);
    expect(rows.map((r) => [r['created_date'], r['mentee_name'], r['status'], r['responded_by'], r['hours_to_first_response'], r['answered_on_time']])).toEqual([
      ['2026-10-05', 'Lovelace, Ada', 'responded', 'U0MENTOR04', '3', 'yes'],
      ['2026-10-10', 'Ben "Benny" Mentee', 'open', '', '', 'no'],
    ]);
    expect(outcome.file.csv).not.toContain('renal block');
    const september = await w.useCases.buildExport('cli:test', { kind: 'requests', from: '2026-09', to: '2026-09' }, NOW);
    expect(september.ok && table(september.file, REQUEST_COLUMNS).map((r) => r['created_date'])).toEqual(['2026-09-30']);
  });

  it('exports compliance by month and mentee, contacts counted whoever the mentor', async () => {
    const outcome = await w.useCases.buildExport('cli:test', { kind: 'compliance', from: '2026-09', to: '2026-10' }, NOW);
    if (!outcome.ok) throw new Error('expected a file');
    const rows = table(outcome.file, COMPLIANCE_COLUMNS);
    expect(rows.map((r) => [r['month'], r['mentee_name'], r['communicated'], r['communications'], r['met_in_semester'], r['last_meeting']])).toEqual([
      ['2026-09', 'Ben "Benny" Mentee', 'yes', '1', 'yes', '2026-09-15'],
      ['2026-09', 'Lovelace, Ada', 'yes', '1', 'yes', '2026-09-15'],
      ['2026-10', 'Ben "Benny" Mentee', 'no', '0', 'yes', '2026-09-15'],
      ['2026-10', 'Lovelace, Ada', 'yes', '1', 'yes', '2026-09-15'],
    ]);
  });

  it('refuses months in the wrong order, saying so', async () => {
    expect(await w.useCases.buildExport('cli:test', { kind: 'contacts', from: '2026-11', to: undefined }, NOW)).toEqual({
      ok: false,
      problem: { code: 'from_after_to', from: '2026-11', to: '2026-10' },
    });
  });

  it('sends an admin the same file in their DM (files.getUploadURLExternal → upload → files.completeUploadExternal); refuses anyone else', async () => {
    const refused = await w.useCases.sendExport('U0MENTOR03', { kind: 'contacts', from: '2026-09', to: '2026-10' }, NOW);
    expect(refused).toEqual({ allowed: false });
    expect(w.slack.calls.filter((c) => c.method.startsWith('files.'))).toEqual([]);

    const sent = await w.useCases.sendExport(ADMIN, { kind: 'contacts', from: '2026-09', to: '2026-10' }, NOW);
    if (!sent.allowed || !sent.result.ok) throw new Error('expected a file');
    expect(w.slack.uploads).toHaveLength(1);
    const [upload] = w.slack.uploads;
    expect(upload!.content.toString('utf8')).toBe(sent.result.file.csv);
    expect(upload!.filename).toBe('peer-mentor-contacts-2026-09-to-2026-10.csv');
    expect(upload!.channel).toBe(w.slack.dmWith(ADMIN)!.id);
    expect(upload!.initialComment).toContain('2 rows');
    expect(w.slack.callsTo('files.getUploadURLExternal')).toHaveLength(1);
    expect(w.slack.callsTo('files.completeUploadExternal')).toHaveLength(1);
  });
});

describe('the stores digests and exports read', () => {
  let w: AppHarness;
  beforeAll(async () => {
    w = await startApp({ label: 'exportstores', users: slackUsersOf(program), env: { PROGRAM_TIMEZONE: CHICAGO } });
  });
  afterAll(async () => {
    await w?.stop();
  });

  it('reads requests without their descriptions: not ended, or touched since a time; or sent in a range', async () => {
    const { requests } = w.stores;
    const old = await requests.create(request({ createdAt: new Date('2026-09-01T12:00:00Z') }));
    await requests.markClosed(old.request.id, { as: 'closed', by: 'U0MENTEE01', at: new Date('2026-09-02T12:00:00Z'), helped: true });
    const closedLately = await requests.create(request({ createdAt: new Date('2026-09-01T12:00:00Z') }));
    await requests.markClosed(closedLately.request.id, { as: 'cancelled', by: 'U0MENTEE01', at: new Date('2026-10-03T12:00:00Z'), helped: undefined });
    const openOld = await requests.create(request({ menteeId: 'U0MENTEE02', createdAt: new Date('2026-08-01T12:00:00Z') }));
    const recent = await requests.create(request({ createdAt: new Date('2026-10-04T12:00:00Z') }));

    const since = await requests.findActiveSince(new Date('2026-10-01T00:00:00Z'));
    expect(since.map((r) => r.id).sort()).toEqual([closedLately.request.id, openOld.request.id, recent.request.id].sort());
    expect(since.every((r) => !('description' in r))).toBe(true);
    expect((await requests.findActiveSince(new Date('2026-10-01T00:00:00Z'), ['U0MENTEE02'])).map((r) => r.id)).toEqual([openOld.request.id]);
    expect(await requests.findActiveSince(new Date('2026-10-01T00:00:00Z'), [])).toEqual([]);

    const range = await requests.findCreatedBetween(new Date('2026-09-01T00:00:00Z'), new Date('2026-10-01T00:00:00Z'));
    expect(range.map((r) => r.id)).toEqual([old.request.id, closedLately.request.id]);
    expect(range.every((r) => !('description' in r))).toBe(true);
    // The full request, for its own conversation, still has it.
    expect((await requests.find(recent.request.id))?.description).toBe('Private words about the renal block');
  });

  it('counts switch requests waiting for an admin per group, in one query', async () => {
    const { switches } = w.stores;
    expect(await switches.countPending(['G1'])).toEqual(new Map());
    const ask = (menteeId: string, fromGroupId: string) =>
      switches.create({
        menteeId,
        requestedBy: menteeId,
        requesterRole: 'mentee',
        subject: 'group',
        fromGroupId,
        reason: 'personal',
        details: 'SECRET',
        preferredGroupId: undefined,
        createdAt: new Date('2026-10-01T12:00:00Z'),
        sourceKey: `view:${menteeId}`,
      });
    const decided = await ask('U0MENTEE03', 'G1');
    await ask('U0MENTEE01', 'G1');
    await ask('U0MENTEE02', 'G1');
    await ask('U0MENTEE04', 'G2');
    if (decided.kind !== 'created') throw new Error('expected a new switch request');
    await switches.markDecided(decided.request.id, { status: 'approved', by: 'U0ADMIN001', at: new Date('2026-10-02T12:00:00Z'), targetGroupId: 'G2' });
    expect(await switches.countPending(['G1'])).toEqual(new Map([['G1', 2]]));
    expect(await switches.countPending(['G1', 'G2', 'G3'])).toEqual(new Map([['G1', 2], ['G2', 1]]));
    expect(await switches.countPending([])).toEqual(new Map());
  });
});
