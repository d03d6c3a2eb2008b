import { once } from '../../delivery/once.js';
import type { ClaimStore } from '../../delivery/ports.js';
import type { CheckinQuestion } from '../../slack/checkin-question.js';
import { mentorContextOf } from '../../program/snapshot/mentoring-context.js';
import type { LedgerDeps } from './log-contact.js';
import { logQuickCheckin } from './log-quick-checkin.js';
import type { PromptAnswerNotifier, PromptStore } from './ports.js';
import { redrawPrompt, type RedrawPromptDeps } from './redraw-prompt.js';

export type ThreadReplyDeps = LedgerDeps &
  RedrawPromptDeps & {
    readonly claims: ClaimStore;
    readonly prompts: PromptStore;
    readonly answerNotifier: PromptAnswerNotifier;
    readonly questions?: () => readonly CheckinQuestion[];
  };

/** A person's message in their DM with the app, in a thread. Its text is read here and nowhere kept. */
export interface ThreadReply {
  readonly actorId: string;
  readonly channel: string;
  readonly threadTs: string;
  /** The reply's own ts: with the channel, unique per message, so a repeated delivery is stored once. */
  readonly ts: string;
  readonly text: string;
  readonly now: Date;
}

export type ThreadReplyOutcome = 'not_a_prompt' | 'logged' | 'refused';

/**
 * A one-line reply in a check-in prompt's thread (`@sam call 20`, the quick form's grammar): only in a thread of a
 * prompt the app posted to this mentor. It is logged as a contact dated today, the prompt is redrawn, and the reply
 * is answered in the thread (what was logged, with Undo; or the grammar, or what the roster refused), once. Other
 * threads are left alone. The text is parsed and dropped: never stored, never logged.
 */
export async function logThreadReply(deps: ThreadReplyDeps, reply: ThreadReply): Promise<ThreadReplyOutcome> {
  const prompt = await deps.prompts.find(reply.channel, reply.threadTs);
  if (prompt === undefined || prompt.mentorId !== reply.actorId) return 'not_a_prompt';
  const thread = { channel: reply.channel, ts: reply.threadTs };
  const result = await logQuickCheckin(deps, { actorId: reply.actorId, text: reply.text, sourceKey: `reply:${reply.channel}:${reply.ts}`, now: reply.now });
  if (!result.ok) {
    await once(deps.claims, `checkin-reply:${reply.channel}:${reply.ts}`, async () => ({ ...(await deps.answerNotifier.refuseReply(thread, result.problems)) }));
    return 'refused';
  }
  await once(deps.claims, `checkin-confirm:${result.contact.id}`, async () => ({ ...(await deps.answerNotifier.confirmReply(thread, result.contact)) }));
  if (result.created) {
    const context = await mentorContextOf(deps, reply.actorId, reply.now);
    await redrawPrompt(deps, reply.actorId, context, prompt, reply.now);
  }
  return 'logged';
}
