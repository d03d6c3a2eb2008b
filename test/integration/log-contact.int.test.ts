import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FormEntry } from '../../src/features/contacts/log-contact.js';
import { seedProgram } from '../support/program-fixture.js';
import { startApp, type RecordingApp } from '../support/app-harness.js';

/** Mid-afternoon in Chicago on Monday 14 September 2026. */
const now = new Date('2026-09-14T20:00:00Z');

const entry = (overrides: Partial<FormEntry> = {}): FormEntry => ({
  actorId: 'P3',
  menteeIds: ['M1'],
  kind: 'call',
  group: false,
  date: '2026-09-14',
  minutes: 20,
  note: undefined,
  source: 'logged',
  sourceKey: `view:V${Math.random().toString(36).slice(2)}`,
  prompt: undefined,
  now,
  ...overrides,
});

describe('logging contacts (use cases on the real stores)', () => {
  let h: RecordingApp;
  beforeAll(async () => {
    h = await startApp({ label: 'logcontact', env: { PROGRAM_TIMEZONE: 'America/Chicago' }, recording: true });
    await seedProgram(h.stores.roster, {
      people: [
        { id: 'P3', roles: ['peer_mentor'] },
        { id: 'P4', roles: ['peer_mentor'] },
        { id: 'P7', roles: ['peer_mentor'], timezone: 'Asia/Tokyo' },
        { id: 'F1', roles: ['faculty'] },
        { id: 'A1', roles: ['admin'] },
        { id: 'M1', name: 'Ada Mentee' },
        { id: 'M2' },
        { id: 'M4' },
        { id: 'P9', roles: ['peer_mentor'], active: false },
      ],
      groups: [
        { name: 'Blue-Okafor', faculty: ['F1'], mentors: ['P3', 'P4', 'P9'], mentees: ['M1', 'M2'] },
        { name: 'Green-Adeyemi', mentors: ['P7'], mentees: ['M4'] },
      ],
    });
  });
  afterAll(async () => {
    await h?.stop();
  });
  beforeEach(() => {
    h.notifier.calls.length = 0;
  });

  it('stores a repeated submission once and confirms it once, with the private note only to its author', async () => {
    const same = entry({ note: '  talked about step 1 ', sourceKey: 'view:VSAME' });
    const results = await Promise.all(Array.from({ length: 4 }, () => h.useCases.logContact(same)));
    expect(results.every((r) => r.ok)).toBe(true);
    const ids = new Set(results.map((r) => (r.ok ? r.contact.id : '')));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.ok && r.created)).toHaveLength(1);
    const stored = await h.stores.contacts.findForMentees(['M1'], '2026-09-14', '2026-09-14');
    expect(stored.filter((c) => c.sourceKey === 'view:VSAME')).toEqual([
      expect.objectContaining({ mentorId: 'P3', menteeIds: ['M1'], kind: 'call', minutes: 20, note: 'talked about step 1', source: 'logged', date: '2026-09-14', at: now }),
    ]);
    expect(h.notifier.of('confirm').map((c) => [c.to, c.contact.note])).toEqual([['P3', 'talked about step 1']]);
    expect(JSON.stringify(h.logs)).not.toContain('step 1');
  });

  it('stores a group contact once for all its mentees', async () => {
    const result = await h.useCases.logContact(entry({ menteeIds: ['M1', 'M2'], group: true, kind: 'in_person', minutes: 45 }));
    expect(result).toMatchObject({ ok: true, created: true, contact: { menteeIds: ['M1', 'M2'], group: true } });
  });

  it.each([
    ['a mentee', 'M1'],
    ['a faculty mentor', 'F1'],
    ['an admin', 'A1'],
    ['someone the roster does not know', 'U0STRANGER'],
    ['an inactive mentor', 'P9'],
  ])('refuses %s, and stores and sends nothing', async (_who, actorId) => {
    const before = await h.stores.contacts.findBetween('2026-01-01', '2026-12-31');
    const result = await h.useCases.logContact(entry({ actorId }));
    expect(result).toEqual({ ok: false, problems: [{ field: 'actor', code: 'not_a_mentor' }] });
    expect(await h.stores.contacts.findBetween('2026-01-01', '2026-12-31')).toHaveLength(before.length);
    expect(h.notifier.calls).toEqual([]);
  });

  it('refuses a mentor naming someone else’s mentee, and stores nothing', async () => {
    const result = await h.useCases.logContact(entry({ actorId: 'P7', menteeIds: ['M4', 'M1'], group: true, sourceKey: 'view:VOTHER' }));
    expect(result).toEqual({ ok: false, problems: [{ field: 'mentees', code: 'not_your_mentees', personIds: ['M1'] }] });
    expect((await h.stores.contacts.findForMentees(['M1', 'M4'], '2026-01-01', '2026-12-31')).filter((c) => c.sourceKey === 'view:VOTHER')).toEqual([]);
  });

  it.each([
    ['tomorrow in the mentor’s zone', 'P3', '2026-09-15', 'future_date'],
    ['91 days back', 'P3', '2026-06-15', 'too_old'],
    ['a date that does not exist', 'P3', '2026-09-31', 'invalid_date'],
  ])('refuses a contact dated %s', async (_case, actorId, date, code) => {
    const result = await h.useCases.logContact(entry({ actorId, date }));
    expect(result).toEqual({ ok: false, problems: [{ field: 'date', code }] });
  });

  it('counts dates in the mentor’s own zone: for a mentor in Tokyo it is already 15 September', async () => {
    const result = await h.useCases.logContact(entry({ actorId: 'P7', menteeIds: ['M4'], date: '2026-09-15' }));
    expect(result).toMatchObject({ ok: true, contact: { date: '2026-09-15' } });
  });

  it('dates an earlier day at noon in the mentor’s zone', async () => {
    const result = await h.useCases.logContact(entry({ date: '2026-09-10' }));
    expect(result).toMatchObject({ ok: true, contact: { date: '2026-09-10', at: new Date('2026-09-10T17:00:00Z') } });
  });

  it('redraws the prompt a contact was logged from, with the new status', async () => {
    const result = await h.useCases.logContact(entry({ menteeIds: ['M2'], source: 'prompt', prompt: { channel: 'DP3', ts: '1.000001', month: '2026-09' } }));
    expect(result).toMatchObject({ ok: true, contact: { source: 'prompt' } });
    const [update] = h.notifier.of('update-prompt');
    expect(update?.message).toEqual({ channel: 'DP3', ts: '1.000001', month: '2026-09' });
    expect(update?.prompt.mentees.find((m) => m.id === 'M2')).toMatchObject({ communicated: true });
  });

  it('logs from one line: today in the mentor’s zone, a group contact when several are named, the trigger id once', async () => {
    const line = { actorId: 'P4', text: '<@M1|ada> <@M2|bo> video 30', sourceKey: 'command:T1', now };
    const [first, again] = [await h.useCases.logQuickCheckin(line), await h.useCases.logQuickCheckin(line)];
    expect(first).toMatchObject({ ok: true, created: true, contact: { mentorId: 'P4', menteeIds: ['M1', 'M2'], group: true, kind: 'video', minutes: 30, date: '2026-09-14' } });
    expect(again).toMatchObject({ ok: true, created: false });
    expect(h.notifier.calls).toEqual([]);
  });

  it('answers a one-line entry from someone who may not log with that, before anything about the text', async () => {
    expect(await h.useCases.logQuickCheckin({ actorId: 'M1', text: 'gibberish', sourceKey: 'command:T2', now })).toEqual({
      ok: false,
      problems: [{ field: 'actor', code: 'not_a_mentor' }],
    });
    expect(await h.useCases.logQuickCheckin({ actorId: 'P3', text: '<@M1|ada> fax', sourceKey: 'command:T3', now })).toEqual({
      ok: false,
      problems: [{ field: 'kind', code: 'unknown_kind', word: 'fax' }],
    });
  });

  it('offers the form only the mentor’s own current mentees, and prefills what a prompt asks for', async () => {
    expect(await h.useCases.prepareCheckin('P3', now, { menteeIds: ['M2', 'M4'], group: false, kind: undefined })).toEqual({
      ok: true,
      mentees: [
        { id: 'M1', name: 'Ada Mentee' },
        { id: 'M2', name: 'Person M2' },
      ],
      selected: ['M2'],
      group: false,
      kind: undefined,
      today: '2026-09-14',
      earliest: '2026-06-16',
    });
    expect(await h.useCases.prepareCheckin('P3', now, { menteeIds: 'all', group: true, kind: 'in_person' })).toMatchObject({ selected: ['M1', 'M2'], group: true, kind: 'in_person' });
    expect(await h.useCases.prepareCheckin('F1', now)).toEqual({ ok: false, problem: 'not_a_mentor' });
  });
});

describe('undoing a contact', () => {
  let h: RecordingApp;
  beforeAll(async () => {
    h = await startApp({ label: 'undo', env: { PROGRAM_TIMEZONE: 'America/Chicago' }, recording: true });
    await seedProgram(h.stores.roster, {
      people: [{ id: 'P3', roles: ['peer_mentor'] }, { id: 'P4', roles: ['peer_mentor'] }, { id: 'M1' }],
      groups: [{ name: 'Blue', mentors: ['P3', 'P4'], mentees: ['M1'] }],
    });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('lets only the author undo, for 7 days; undoing twice is harmless; an undone contact stops counting', async () => {
    const logged = await h.useCases.logContact(entry({ sourceKey: 'view:VUNDO' }));
    if (!logged.ok) throw new Error('expected the contact to be logged');
    const id = logged.contact.id;
    expect(await h.useCases.undoContact('P4', id, now)).toEqual({ ok: false, refusal: 'not_author' });
    expect(await h.useCases.undoContact('P3', id, new Date(now.getTime() + 7 * 86_400_000 + 60_000))).toEqual({ ok: false, refusal: 'expired' });
    expect((await h.stores.contacts.findForMentees(['M1'], '2026-09-01', '2026-09-30')).map((c) => c.id)).toEqual([id]);

    const undone = await h.useCases.undoContact('P3', id, new Date(now.getTime() + 60_000));
    expect(undone).toMatchObject({ ok: true, alreadyUndone: false, contact: { id, undoneAt: new Date(now.getTime() + 60_000) } });
    expect(await h.useCases.undoContact('P3', id, new Date(now.getTime() + 120_000))).toMatchObject({ ok: true, alreadyUndone: true });
    expect(await h.stores.contacts.findForMentees(['M1'], '2026-09-01', '2026-09-30')).toEqual([]);
    expect(await h.useCases.undoContact('P3', '0123456789abcdef01234567', now)).toEqual({ ok: false, refusal: 'not_found' });
  });
});
