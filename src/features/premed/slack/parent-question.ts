import type { Contact } from '../../../program/records/contact.js';
import type { Person } from '../../../program/roster.js';
import { holdsRoleIn } from '../../../program/tracks.js';
import { PREMED } from '../domain/premed-track.js';
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

/** Of these people, the ids of the pre-med track's mentees: the only ones the question can be about. */
const premedMentees = (people: readonly Person[]) => people.filter((p) => holdsRoleIn(p, 'mentee', PREMED)).map((p) => p.id);

/**
 * *Was a parent or guardian present?* in the check-in form, for a minor's first session with their pre-med mentor;
 * the one-line `/mentor-checkin` naming such a minor is refused kindly, pointing to the form.
 */
export function createParentQuestion(reads: ParentQuestionReads): CheckinQuestion {
  return {
    name: 'premed-parent-present',
    blockId: parentPresentIds.block,
    actionId: parentPresentIds.input,
    about: (mentorId, offered, now) => reads.minorsAwaiting(mentorId, premedMentees(offered), now),
    block: (names, onlyChoice) => buildParentPresentBlock(names, onlyChoice),
    readAnswer: (value) => readParentAnswer(value),
    missing: words.parentMissing,
    async refuseLine(mentorId, mentees, now) {
      const minors = await reads.minorsAwaiting(mentorId, premedMentees(mentees), now);
      return minors.length === 0 ? undefined : words.parentUseForm(minors.map((id) => `<@${id}>`).join(', '));
    },
    answered: (contact, about, answer, now) => reads.recordAnswer(contact, about, answer, now),
  };
}
