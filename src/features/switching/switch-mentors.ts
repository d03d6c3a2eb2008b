import type { StartSwitchOutcome, SubmitSwitchOutcome, SwitchActionInput, SwitchActionOutcome, SwitchSubmission } from './outcomes.js';
import { startSwitch, submitSwitch } from './ask-switch.js';
import { approveSwitch, cancelSwitch, declineSwitch, finishSwitch, startDeclineSwitch } from './decide-switch.js';
import { switchContext, type SwitchMentorsDeps } from './switch-context.js';
import { checkAdminChannel, type AdminChannelSummary } from './admin-channel.js';

export interface SwitchMentors {
  /** `now`: when given, a pair track's mentee (current pairs at `now`) may ask its office for another mentor. */
  startSwitch(actorId: string, menteeId: string | undefined, now?: Date): Promise<StartSwitchOutcome>;
  submitSwitch(input: SwitchSubmission, now: Date): Promise<SubmitSwitchOutcome>;
  approveSwitch(input: SwitchActionInput & { readonly targetGroupId: string | undefined }, now: Date): Promise<SwitchActionOutcome>;
  startDeclineSwitch(input: SwitchActionInput): Promise<SwitchActionOutcome>;
  declineSwitch(input: SwitchActionInput & { readonly message: string }, now: Date): Promise<SwitchActionOutcome>;
  cancelSwitch(input: SwitchActionInput, now: Date): Promise<SwitchActionOutcome>;
  finishSwitch(input: SwitchActionInput, now: Date): Promise<SwitchActionOutcome>;
  /** Job `admin-channel`: checks SWITCH_ADMIN_CHANNEL, and tells the admins when its verdict changes. */
  checkAdminChannel(now: Date): Promise<AdminChannelSummary>;
}

/**
 * Switching mentors (SPEC §3.10): a mentee (or a peer mentor, handing a mentee over) asks (ask-switch.ts); admins
 * decide in Slack, the first decision winning (decide-switch.ts); an approved move closes the old membership and opens
 * the new one, moves the mentee between channels and their waiting requests to the new mentors, introduces them, and
 * tells everyone concerned (carry-out-move.ts); never the reason to anyone but admins. Admins see each request as a
 * card, on every copy of their message (admin-card.ts).
 */
export function createSwitchMentors(deps: SwitchMentorsDeps): SwitchMentors {
  const ctx = switchContext(deps);
  return {
    startSwitch: (actorId, menteeId, now) => startSwitch(ctx, actorId, menteeId, now),
    submitSwitch: (input, now) => submitSwitch(ctx, input, now),
    approveSwitch: (input, now) => approveSwitch(ctx, input, now),
    startDeclineSwitch: (input) => startDeclineSwitch(ctx, input),
    declineSwitch: (input, now) => declineSwitch(ctx, input, now),
    cancelSwitch: (input, now) => cancelSwitch(ctx, input, now),
    finishSwitch: (input, now) => finishSwitch(ctx, input, now),
    checkAdminChannel: (now) => checkAdminChannel(ctx, now),
  };
}
