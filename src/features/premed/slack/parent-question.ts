import type { Contact } from '../../../program/records/contact.js';
import type { CheckinQuestion } from '../../../slack/checkin-question.js';
import { readParentAnswer } from '../domain/parent-present.js';
import { parentPresentIds } from './parent-present-ids.js';
import { buildParentPresentBlock } from './parent-present-view.js';
import { premedRulesCopy as words } from './rules-copy.js';

/** The parent question's use cases: whom it is asked about, and what an answer does. */
export interface ParentQuestionReads {
  minorsAwaiting(mentorId: string, menteeIds: readonly string[], now: Date): Promise<readonly string[]>;
  recordAnswer(contact: Contact, about: readonly string[], answer: string, now: Date): Promise<void>;
}

/**
 * *Was a parent or guardian present?* in the check-in form, for a minor's first session with their pre-med mentor;
 * the one-line `/mentor-checkin` naming such a minor is refused kindly, pointing to the form.
 */
export function createParentQuestion(reads: ParentQuestionReads): CheckinQuestion {
  return {
    name: 'premed-parent-present',
    blockId: parentPresentIds.block,
    actionId: parentPresentIds.input,
    about: (mentorId, offeredIds, now) => reads.minorsAwaiting(mentorId, offeredIds, now),
    block: (names, onlyChoice) => buildParentPresentBlock(names, onlyChoice),
    readAnswer: (value) => readParentAnswer(value),
    missing: words.parentMissing,
    async refuseLine(mentorId, menteeIds, now) {
      const minors = await reads.minorsAwaiting(mentorId, menteeIds, now);
      return minors.length === 0 ? undefined : words.parentUseForm(minors.map((id) => `<@${id}>`).join(', '));
    },
    answered: (contact, about, answer, now) => reads.recordAnswer(contact, about, answer, now),
  };
}
