import type { PromptNotes } from '../../../slack/prompt-notes.js';
import type { MenteeGoals } from '../domain/goal.js';
import { goalsCopy as words } from './copy.js';
import { escapeMrkdwn } from '../../../slack/mrkdwn.js';

/** Room for a goal's words in the prompt's short note. */
const WORDS_IN_NOTE = 60;
const short = (text: string) => (text.length > WORDS_IN_NOTE ? `${text.slice(0, WORDS_IN_NOTE - 1)}…` : text);

/** Under each mentee's line of their mentor's check-in prompt: their goals, in short. */
export function createGoalPromptNotes(findGoals: (menteeIds: readonly string[]) => Promise<readonly MenteeGoals[]>): PromptNotes {
  return {
    name: 'goals',
    async notes(_mentorId, menteeIds) {
      const goals = await findGoals(menteeIds);
      return new Map(goals.map((m) => [m.menteeId, words.promptNote(m.goals.map((g) => escapeMrkdwn(short(g.words))).join(' · '))]));
    },
  };
}
