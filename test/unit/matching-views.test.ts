import { describe, expect, it } from 'vitest';
import type { GroupProfile, MenteeProfile } from '../../src/features/matching/domain/compatibility.js';
import { planMatch } from '../../src/features/matching/domain/plan-match.js';
import { buildMatchPreview, describeCsvErrors } from '../../src/features/matching/slack/match-views.js';
import { buildQuestionnaireModal } from '../../src/features/matching/slack/questionnaire-views.js';

const group = (i: number): GroupProfile => ({ id: `G${i}`, name: `Blue-<Okafor>*${i}`, learningCommunity: 'blue', mentorIds: [`P${i}`], specialties: ['Pediatrics'], hobbies: [], mdphd: false, mentees: 3 });
const mentee = (i: number): MenteeProfile => ({ id: `M${i}`, name: `Ada *bold* <@U123> ${i}`, specialties: ['Pediatrics'], hobbies: [], learningCommunity: 'blue', mdphd: false, mentors: [] });
const round = { id: 'round-1', number: 1, startedAt: new Date('2026-08-01T12:00:00Z'), startedBy: 'U0ADMIN', appliedAt: undefined };

describe('the match preview', () => {
  it('escapes names, keeps within Slack’s 50 blocks and 3,000 characters a section, and carries the proposal on its buttons', () => {
    const groups = Array.from({ length: 60 }, (_, i) => group(i));
    const mentees = Array.from({ length: 700 }, (_, i) => mentee(i));
    const preview = planMatch({ mentees, groups });
    const message = buildMatchPreview({ preview, names: new Map(mentees.map((m) => [m.id, m.name])), proposal: { id: 'p1', roundId: 'round-1', createdAt: round.startedAt, createdBy: 'U0ADMIN', source: 'computed', assignments: [], appliedAt: undefined } });
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    const text = JSON.stringify(message.blocks);
    expect(text).not.toContain('<@U123>');
    expect(text).not.toContain('<Okafor>');
    expect(text).toContain('&lt;@U123&gt;');
    for (const block of message.blocks) if (block.type === 'section') expect(block.text!.text.length).toBeLessThanOrEqual(3_000);
    expect(text).toContain('"action_id":"matching_apply","value":"p1"');
    expect(text).toContain('…and 16 more groups: see the CSV.');
  });

  it('lists an edited file’s problems one a line, with their line numbers', () => {
    expect(describeCsvErrors([{ line: 2, code: 'unknown_group', value: 'Purple' }, { line: 0, code: 'over_capacity', value: 'Blue-Okafor', size: 16 }])).toBe(
      '2 problems in the file; nothing was kept. Fix them and import again:\n• Line 2: there is no group “Purple” taking mentees. Use a group name from the preview.\n• Blue-Okafor would have 16 mentees, more than 15.',
    );
  });
});

describe('the questionnaire form', () => {
  it('lets mentees name up to 3 mentors by handle, and not peer mentors; fills in earlier answers', () => {
    const form = { communities: ['blue', 'green'], namesMentors: true, answers: undefined, ownCommunity: undefined };
    expect(JSON.stringify(buildQuestionnaireModal(round, form))).toContain('"type":"multi_users_select","max_selected_items":3');
    expect(JSON.stringify(buildQuestionnaireModal(round, { ...form, namesMentors: false }))).not.toContain('multi_users_select');
    const answers = { specialties: ['Pediatrics'], region: undefined, background: 'mine', hobbies: [], hobbiesText: undefined, contact: 'E-mail', learningCommunity: 'green', mdphd: true, mentors: ['U0P1'] };
    const filled = JSON.stringify(buildQuestionnaireModal(round, { ...form, answers }));
    expect(filled).toContain('"initial_users":["U0P1"]');
    expect(filled).toContain('"initial_option":{"text":{"type":"plain_text","text":"Green"},"value":"green"}');
    expect(filled).toContain('"initial_value":"mine"');
  });
});
