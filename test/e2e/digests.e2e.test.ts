import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewContact } from '../../src/program/records/contact.js';
import { CAST, aCohort, aProgram, aSecondCohort, seedProgram, slackUsersOf } from '../support/program-fixture.js';
import { runJobCli } from '../support/run-cli-process.js';
import { startApp, type ServedApp } from '../support/app-harness.js';

const CHICAGO = 'America/Chicago';
const { okafor: F1, adeyemi: F2, priya: P3, omar: P4, pat: P7, ada: ADA, ben: BO, dee: DEE } = CAST;
/** The standard cohort (Okafor's, in Chicago) and the second one (Adeyemi's; Adeyemi in Los Angeles). */
const PROGRAM = aProgram(aCohort(), aSecondCohort());
const ENV = { PROGRAM_TIMEZONE: CHICAGO };
/** Monday 6 October 2025, 08:05 in Chicago (06:05 in Los Angeles). */
const MONDAY_0805_CHICAGO = '2025-10-06T08:05:00-05:00';

describe('job digests end to end (run as `npm run job -- digests --now …` does)', () => {
  let app: ServedApp;
  beforeAll(async () => {
    app = await startApp({ label: 'digests', served: true, users: slackUsersOf(PROGRAM), env: ENV });
    // Ada: a call from Priya on Thursday 2 October, with a private note. Bo: nothing this month.
    const seed: NewContact = {
      mentorId: P3.id,
      menteeIds: [ADA.id],
      at: new Date('2025-10-02T17:00:00Z'),
      date: '2025-10-02',
      kind: 'call',
      group: false,
      minutes: 25,
      note: 'Worried about anatomy; keep this private',
      source: 'logged',
      sourceKey: 'seed:ada-call',
      createdAt: new Date('2025-10-02T17:00:00Z'),
    };
    const { stores } = app;
    await seedProgram(stores.roster, PROGRAM);
    await stores.contacts.record(seed);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('sends the faculty mentor whose Monday 08:00 has come exactly their cohort’s digest, once, and nobody else anything', async () => {
    const first = await runJobCli(app, 'digests', MONDAY_0805_CHICAGO, ENV);
    expect(first.stderr).not.toMatch(/\n\s+at /);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('digests as of 2025-10-06T13:05:00.000Z: faculty 2, admins 0, due 1, sent 1, alreadySent 0, waitingForMorning 0, inProgress 0, failed 0');

    const dms = app.slack.dmsTo(F1.id);
    expect(dms).toHaveLength(1);
    const text = `${dms[0]!.text}\n${JSON.stringify(dms[0]!.blocks)}`;
    expect(text).toContain('Weekly digest: Blue-Okafor');
    expect(text).toContain('Week of Mon 6 Oct 2025 · October 2025 · Fall 2025');
    expect(text).toContain(`<@${ADA.id}> — :white_check_mark: in touch Thu 2 Oct 2025 (<@${P3.id}>)`);
    expect(text).toContain(`<@${BO.id}> — :white_circle: no communication yet in October 2025`);
    expect(text).toContain('One mentee has had no communication yet in October 2025');
    expect(text).not.toContain(DEE.id);
    expect(text).not.toContain('anatomy');
    // Nobody else: not the other faculty mentor (06:05 in Los Angeles), not the mentors or mentees.
    const posts = app.slack.callsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    for (const person of [F2, P3, P4, P7, ADA, BO, DEE]) expect(app.slack.dmsTo(person.id)).toEqual([]);

    const second = await runJobCli(app, 'digests', MONDAY_0805_CHICAGO, ENV);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('due 1, sent 0, alreadySent 1');
    expect(app.slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('sends the other faculty mentor theirs when their own Monday 08:00 comes', async () => {
    const run = await runJobCli(app, 'digests', '2025-10-06T08:05:00-07:00', ENV);
    expect(run.stdout).toContain('due 2, sent 1, alreadySent 1');
    const dms = app.slack.dmsTo(F2.id);
    expect(dms).toHaveLength(1);
    expect(JSON.stringify(dms[0]!.blocks)).toContain('Weekly digest: Green-Adeyemi');
    expect(JSON.stringify(dms[0]!.blocks)).toContain(`<@${DEE.id}>`);
    expect(JSON.stringify(dms[0]!.blocks)).not.toContain(ADA.id);
    expect(app.slack.dmsTo(F1.id)).toHaveLength(1);
  });
});
