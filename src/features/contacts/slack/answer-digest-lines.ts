import type { DigestLines } from '../../../slack/digest-lines.js';
import { countByCategory } from '../domain/concern.js';
import type { AnswerCounts } from '../read-answers.js';
import { answerCopy } from './answer-copy.js';

const inScope = (groupIds: readonly string[], scope: readonly string[] | 'all') => scope === 'all' || groupIds.some((id) => scope.includes(id));

/** The weekly digests' lines on this month's prompt answers: concerns by category and mentees not reached (counts only). */
export function createAnswerDigestLines(read: (now: Date) => Promise<AnswerCounts>): DigestLines<AnswerCounts> {
  return {
    name: 'checkin-answers',
    read,
    lines(content, scope) {
      const concerns = content.concerns.filter((c) => inScope(c.groupIds, scope));
      const unreached = content.unreached.filter((u) => inScope(u.groupIds, scope)).length;
      const lines: string[] = [];
      if (concerns.length > 0) {
        const byCategory = [...countByCategory(concerns)].map(([category, n]) => `${answerCopy.concern.categories[category].toLowerCase()} ${n}`).join(', ');
        lines.push(answerCopy.digest.concerns(concerns.length, byCategory));
      }
      if (unreached > 0) lines.push(answerCopy.digest.unreached(unreached));
      return lines;
    },
  };
}
