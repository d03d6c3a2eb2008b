import { describe, expect, it } from 'vitest';
import type { IntroducedGroup, MemberRef } from '../../src/features/roster/domain/introductions.js';
import type { RowError } from '../../src/features/roster/domain/roster-import.js';
import { buildPreviewModal } from '../../src/features/roster/slack/preview-views.js';
import { rosterIds } from '../../src/features/roster/slack/ids.js';
import {
  buildImportErrors,
  buildImportModal,
  buildImportResultModal,
  buildImportSummaryMessage,
  buildIntroduceReport,
  buildStatusMessage,
  formatProblems,
  LIST_MAX,
} from '../../src/features/roster/slack/admin-views.js';
import { buildChannelPurpose, buildIntroductionMessage, buildNewcomersMessage, buildNewPairMessage, buildWelcomeDm } from '../../src/features/roster/slack/introduction-message.js';

const ref = (id: string, year?: number): MemberRef => ({ id, name: id, year });
const blue: IntroducedGroup = {
  id: 'g1',
  name: 'Blue-Okafor',
  kind: 'cohort',
  faculty: [ref('UFAC')],
  peerMentors: [ref('UPM3', 3), ref('UPM4', 4)],
  mentees: Array.from({ length: 13 }, (_, i) => ref(`UMEN${i}`, 1)),
};
const bigMdphd: IntroducedGroup = {
  id: 'g2',
  name: 'MD-PhD',
  kind: 'mdphd',
  faculty: [],
  peerMentors: Array.from({ length: 6 }, (_, i) => ref(`UPMX${String(i).padStart(7, '0')}`, 3 + (i % 2))),
  mentees: Array.from({ length: 400 }, (_, i) => ref(`UMX${String(i).padStart(8, '0')}`, 1 + (i % 2))),
};

type Block = { type: string; text?: { text: string }; elements?: { text: string }[] };
const textOf = (blocks: unknown[]) =>
  (blocks as Block[]).map((b) => [b.text?.text ?? '', ...(b.elements ?? []).map((e) => e.text)].join('\n')).join('\n');

function expectWithinSlackLimits(blocks: unknown[], max = 50): void {
  expect(blocks.length).toBeLessThanOrEqual(max);
  for (const b of blocks as Block[]) {
    if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(3_000);
    if (b.type === 'header') expect(b.text!.text.length).toBeLessThanOrEqual(150);
  }
}

describe('the introduction', () => {
  it('names each person with their role, and says the rules, the limits, confidentiality, the commands and goals', () => {
    const message = buildIntroductionMessage(blue);
    const text = textOf(message.blocks);
    expect(message.text).toContain('Blue-Okafor');
    expect(text).toContain('*Faculty mentor:* <@UFAC>');
    expect(text).toContain('*Peer mentors:* <@UPM3> (year 3), <@UPM4> (year 4)');
    for (const m of blue.mentees) expect(text).toContain(`<@${m.id}>`);
    expect(text).toMatch(/at least once every month/);
    expect(text).toMatch(/at least once every semester/);
    expect(text).toMatch(/within 24 hours\*, and e-mails \*within 48 hours/);
    expect(text).toMatch(/texts and calls/);
    expect(text).toMatch(/What peer mentors can help with/);
    expect(text).toMatch(/What goes to faculty or the program instead/);
    expect(text).toContain('<@UFAC> or the program coordinators');
    expect(text).toMatch(/Confidentiality/);
    for (const command of ['/mentor-request', '/mentor-checkin', '/mentor-switch']) expect(text).toContain(command);
    expect(text).toMatch(/goals/);
    expectWithinSlackLimits(message.blocks);
  });

  it('stays within Slack’s limits for a large MD/PhD group, naming everyone', () => {
    const message = buildIntroductionMessage(bigMdphd);
    expectWithinSlackLimits(message.blocks);
    const text = textOf(message.blocks);
    for (const m of bigMdphd.mentees) expect(text).toContain(`<@${m.id}>`);
    expect(text).toMatch(/MD\/PhD/);
    expect(text).not.toContain('Faculty mentor:');
  });

  it('sets a purpose of at most 250 characters', () => {
    expect(buildChannelPurpose(blue).length).toBeLessThanOrEqual(250);
    expect(buildChannelPurpose({ ...blue, name: 'X'.repeat(80) }).length).toBeLessThanOrEqual(250);
    expect(buildChannelPurpose(blue)).toContain('Blue-Okafor');
  });

  it('welcomes newcomers briefly, by name and role', () => {
    const message = buildNewcomersMessage(blue, [{ id: 'UNEW1', role: 'mentee' }, { id: 'UNEW2', role: 'peer_mentor' }]);
    expect(textOf(message.blocks)).toContain('<@UNEW1> (mentee) and <@UNEW2> (peer mentor)');
    expect(message.blocks.length).toBe(1);
  });

  it('re-introduces a group’s new Pair briefly: each peer mentor with their year, and the faculty mentor', () => {
    const message = buildNewPairMessage(blue);
    const text = textOf(message.blocks);
    expect(text).toContain('has a new Mentor Pair');
    for (const m of blue.peerMentors) expect(text).toContain(`<@${m.id}> (year ${m.year})`);
    for (const f of blue.faculty) expect(text).toContain(`<@${f.id}>`);
    expect(message.blocks.length).toBe(1);
  });
});

describe('the personal welcome', () => {
  it('tells a mentee their group, mentors, faculty mentor and commands', () => {
    const text = textOf(buildWelcomeDm('UMEN0', 'mentee', blue, 'C0BLUE').blocks);
    expect(text).toContain('*Blue-Okafor* (<#C0BLUE>)');
    expect(text).toContain('<@UPM3> and <@UPM4>');
    expect(text).toContain('your faculty mentor is <@UFAC>');
    expect(text).toContain('/mentor-request');
    expect(text).toContain('/mentor-switch');
    expect(text).not.toContain('/mentor-checkin');
  });

  it('tells an MD/PhD mentee about the MD/PhD mentors', () => {
    const text = textOf(buildWelcomeDm('UMX00000001', 'mentee', bigMdphd, 'C0MDPHD').blocks);
    expect(text).toContain('MD/PhD group (<#C0MDPHD>)');
    expect(text).toContain('<@UPMX0000000>');
  });

  it('tells a peer mentor their partner, faculty mentor, mentees and commands', () => {
    const text = textOf(buildWelcomeDm('UPM3', 'peer_mentor', blue, 'C0BLUE').blocks);
    expect(text).toContain('with <@UPM4> as your Pair partner and <@UFAC> as faculty mentor');
    expect(text).toContain('You have 13 mentees');
    for (const m of blue.mentees) expect(text).toContain(`<@${m.id}>`);
    expect(text).toContain('/mentor-checkin');
    expect(text).toContain('/mentor-away');
  });

  it('lists at most 40 mentees in a DM, and counts the rest', () => {
    const message = buildWelcomeDm('UPMX0000000', 'peer_mentor', bigMdphd, 'C0MDPHD');
    expect(textOf(message.blocks)).toContain('and 360 more');
    expectWithinSlackLimits(message.blocks);
  });

  it('tells a faculty mentor their peer mentors and mentees', () => {
    const text = textOf(buildWelcomeDm('UFAC', 'faculty', blue, 'C0BLUE').blocks);
    expect(text).toContain('faculty mentor of *Blue-Okafor*');
    expect(text).toContain('<@UPM3> and <@UPM4>');
    expect(text).toContain('13 mentees');
  });
});

describe('the admin views', () => {
  const errors = (n: number): RowError[] => Array.from({ length: n }, (_, i) => ({ line: i + 2, column: 'email', reason: `problem ${i + 2}` }));

  it('lists every problem up to 20, then says how many more', () => {
    expect(formatProblems(errors(3))).toBe('• line 2, column email: problem 2\n• line 3, column email: problem 3\n• line 4, column email: problem 4');
    const many = formatProblems(errors(57));
    expect(many.split('\n')).toHaveLength(LIST_MAX + 1);
    expect(many).toContain('line 21, column email: problem 21');
    expect(many).not.toContain('problem 22');
    expect(many.endsWith('…and 37 more problems.')).toBe(true);
    expect(formatProblems(errors(500)).length).toBeLessThan(3_000);
  });

  it('answers a bad submission with the problems under the input', () => {
    const answer = buildImportErrors(errors(2));
    expect(Object.keys(answer)).toEqual([rosterIds.importCsvBlock]);
    expect(answer[rosterIds.importCsvBlock]).toContain('Nothing was imported: 2 lines need fixing');
    expect(answer[rosterIds.importCsvBlock]).toContain('line 3, column email: problem 3');
  });

  it('builds a modal within Slack’s limits, keeping the pasted text after a refusal', () => {
    const modal = buildImportModal();
    expect(modal.callback_id).toBe(rosterIds.importView);
    expect(modal.title.text.length).toBeLessThanOrEqual(24);
    const inputs = (modal.blocks as { type: string; block_id?: string; optional?: boolean; element?: Record<string, unknown> }[]).filter((b) => b.type === 'input');
    expect(inputs.map((b) => [b.block_id, b.optional])).toEqual([
      [rosterIds.importFileBlock, true],
      [rosterIds.importCsvBlock, true],
      [rosterIds.importPruneBlock, true],
    ]);
    expect(inputs[0]!.element).toEqual({ type: 'file_input', action_id: rosterIds.importFileInput, filetypes: ['csv', 'txt'], max_files: 1 });
    expect(inputs[1]!.element).toMatchObject({ type: 'plain_text_input', action_id: rosterIds.importCsvInput, multiline: true, max_length: 3_000 });
    // The whole-roster box (the form's --prune): one option, within Slack's 75 characters, unticked unless asked.
    const box = inputs[2]!.element as { type: string; options: { text: { text: string }; description: { text: string }; value: string }[]; initial_options?: unknown };
    expect(box).toMatchObject({ type: 'checkboxes', action_id: rosterIds.importPruneInput });
    expect(box.options.map((o) => o.text.text)).toEqual(['This file is the whole roster']);
    expect(box.options[0]!.description.text.length).toBeLessThanOrEqual(75);
    expect(box.initial_options).toBeUndefined();
    expect((buildImportModal({ prune: true }).blocks as { block_id?: string; element?: { initial_options?: unknown[] } }[]).find((b) => b.block_id === rosterIds.importPruneBlock)!.element!.initial_options).toHaveLength(1);
    expect(modal.submit?.text).toBe('Preview');

    const refused = buildImportResultModal({ status: 'refused', errors: errors(2), warnings: [] }, 'email,name\nx,y');
    expect(refused.callback_id).toBe(rosterIds.importView);
    expect(textOf(refused.blocks)).toContain('line 2, column email: problem 2');
    expect(JSON.stringify(refused.blocks)).toContain('"initial_value":"email,name\\nx,y"');
  });

  const summary = { rows: 40, peopleCreated: 38, peopleUpdated: 1, peopleUnchanged: 0, peopleDeactivated: 0, groupsCreated: 4, groupsChanged: 0, membershipsOpened: 44, membershipsClosed: 0 };
  const intro = { groups: 4, channelsCreated: 4, invited: 44, introductionsPosted: 4, pairsReintroduced: 0, newcomersWelcomed: 0, welcomesSent: 44, failed: 0, busy: 0 };

  it('builds the preview within Slack’s limits however long the names, with Apply and Back', () => {
    const long = 'N'.repeat(300);
    const lines = Array.from({ length: 20 }, (_, i) => ({ name: `${long}${i}`, detail: `Blue-Okafor → ${long}, mentee` }));
    const sections = (['add', 'change', 'deactivate', 'open', 'move', 'end'] as const).map((kind) => ({ kind, count: 500, lines }));
    const modal = buildPreviewModal({ previewId: 'P1', prune: true, summary, warnings: [{ group: 'Blue', line: undefined, message: long }], preview: { sections }, fingerprint: 'f' });
    expect(modal.callback_id).toBe(rosterIds.previewView);
    expect(modal.private_metadata).toBe('P1');
    expect(modal.submit?.text).toBe('Apply');
    for (const text of [modal.title.text, modal.submit!.text, modal.close!.text]) expect(text.length).toBeLessThanOrEqual(24);
    expect(modal.blocks.length).toBeLessThanOrEqual(100);
    for (const block of modal.blocks as { type: string; text?: { text: string } }[]) if (block.type === 'section') expect(block.text!.text.length).toBeLessThanOrEqual(3_000);
    expect(JSON.stringify(modal).length).toBeLessThan(250_000);
    expect(textOf(modal.blocks)).toContain('People to add: 500');
    expect(textOf(modal.blocks)).toContain('…and 480 more');
    expect(JSON.stringify(modal.blocks)).toContain(`"action_id":"${rosterIds.previewBack}"`);
  });

  it('summarises an import with its introductions and warnings', () => {
    const message = buildImportSummaryMessage({ status: 'imported', summary, warnings: [{ group: 'Blue', line: undefined, message: 'Blue has 11 mentee(s).' }], introductions: intro, preview: { sections: [] }, fingerprint: 'f' });
    const text = textOf(message.blocks);
    expect(text).toContain('People: 38 created, 1 updated, 0 unchanged, 0 deactivated.');
    expect(text).toContain('Groups: 4 created, 0 changed');
    expect(text).toContain('Introductions: 4 channels created, 4 introductions posted, 44 welcome DMs sent');
    expect(text).toContain('1 warning');
    expect(text).toContain('Blue has 11 mentee(s).');
  });

  it('reports an introductions run, or that there was nothing to send', () => {
    expect(buildIntroduceReport(intro).text).toContain('4 channels created');
    expect(buildIntroduceReport({ ...intro, channelsCreated: 0, introductionsPosted: 0, welcomesSent: 0 }).text).toMatch(/nothing to send/);
  });

  it('shows the status: counts, groups not yet introduced, warnings', () => {
    const text = buildStatusMessage({
      people: { active: 20, inactive: 2, byRole: { mentee: 15, peer_mentor: 2, faculty: 1, admin: 1 } },
      groups: { cohorts: 1, mdphd: 1, inactive: 0 },
      notIntroduced: ['Blue-Okafor'],
      awaitingWelcome: 3,
      warnings: [{ group: 'Blue-Okafor', line: undefined, message: 'Blue-Okafor has 16 mentee(s).' }],
    }).text;
    expect(text).toContain('People: 20 active (15 mentees, 2 peer mentors, 1 faculty mentors, 1 roster admins), 2 inactive.');
    expect(text).toContain('Not introduced yet: Blue-Okafor');
    expect(text).toContain('3 new members still to be welcomed');
    expect(text).toContain('Blue-Okafor has 16 mentee(s).');
  });
});
