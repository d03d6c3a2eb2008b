import { describe, expect, it } from 'vitest';
import { buildConcernAlert, buildConcernDoneModal, buildReplyRefusal, buildUnreachedAlert } from '../../src/features/contacts/slack/answer-views.js';

describe('the check-in prompt’s answers, as people read them', () => {
  it('tells a Faculty Mentor the mentee, the mentor and the category of a concern, and only the name of a mentee not reached', () => {
    const concern = { mentorId: 'P3', menteeId: 'M1', category: 'professionalism' as const, note: 'ZQX-NOTE never shown' };
    const alert = buildConcernAlert(concern);
    expect(alert.text).toBe(':warning: <@P3> has a concern about <@M1>, one of your mentees: *Professionalism*. Please follow up with <@P3>; what they noted stays with them.');
    expect(JSON.stringify(alert)).not.toContain('ZQX-NOTE');
    expect(buildUnreachedAlert({ id: 'M1', name: 'Ada <Lovelace>' }).text).toBe('*Ada &lt;Lovelace&gt;* (<@M1>): not reached this month.');
  });

  it('shows the mentor the support resources after a well-being concern only', () => {
    const wellbeing = JSON.stringify(buildConcernDoneModal('M1', 'wellbeing', 'Call 555-0100 <now>'));
    expect(wellbeing).toContain('Support resources to pass on to <@M1>');
    expect(wellbeing).toContain('Call 555-0100 &lt;now&gt;');
    expect(JSON.stringify(buildConcernDoneModal('M1', 'academic', 'Call 555-0100'))).not.toContain('555-0100');
  });

  it('answers an unreadable thread reply with the grammar, never with its words; a roster refusal with what was wrong', () => {
    const unreadable = buildReplyRefusal([{ field: 'text', code: 'unexpected_words', words: ['ZQX-WORDS'] }]);
    expect(unreadable.text).toContain('`@sam call 20`');
    expect(JSON.stringify(unreadable)).not.toContain('ZQX-WORDS');
    expect(JSON.stringify(buildReplyRefusal([{ field: 'kind', code: 'unknown_kind', word: 'ZQX-KIND' }]))).not.toContain('ZQX-KIND');
    expect(buildReplyRefusal([{ field: 'mentees', code: 'not_your_mentees', personIds: ['M9'] }]).text).toContain('<@M9> is not one of your current mentees');
  });
});
