import { z } from 'zod';

/** A button click (block_actions) as the listeners need it: who, the trigger, where, and the button's value. */
const buttonClickSchema = z.object({
  user: z.object({ id: z.string().min(1) }),
  trigger_id: z.string().min(1),
  container: z.object({ channel_id: z.string().optional(), message_ts: z.string().optional() }).optional(),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().max(2_000) })).min(1),
});

export interface ButtonClick {
  readonly userId: string;
  readonly triggerId: string;
  readonly actionId: string;
  readonly value: string;
  /** The message the button is on, when it is on a message. */
  readonly message: { readonly channel: string; readonly ts: string } | undefined;
}

/** Undefined when the payload is not a button click we can read (nothing is done then). */
export function parseButtonClick(body: unknown): ButtonClick | undefined {
  const parsed = buttonClickSchema.safeParse(body);
  if (!parsed.success) return undefined;
  const { user, trigger_id, container, actions } = parsed.data;
  const action = actions[0]!;
  const message = container?.channel_id !== undefined && container.message_ts !== undefined ? { channel: container.channel_id, ts: container.message_ts } : undefined;
  return { userId: user.id, triggerId: trigger_id, actionId: action.action_id, value: action.value, message };
}
