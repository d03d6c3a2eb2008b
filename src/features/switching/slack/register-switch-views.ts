import type { App } from '@slack/bolt';
import { z } from 'zod';
import { SWITCH_DETAILS_MAX, SWITCH_MESSAGE_MAX } from '../domain/switch.js';
import { SWITCH_REASONS } from '../../../program/records/switch-request.js';
import type { SwitchMentors } from '../switch-mentors.js';
import { switchIds } from './ids.js';
import { switchCopy } from './copy.js';

export interface SwitchViewDeps {
  readonly services: Pick<SwitchMentors, 'submitSwitch' | 'declineSwitch'>;
}

const s = switchIds;
const text = z.object({ value: z.string().nullish() }).transform((t) => (t.value ?? '').trim());
const reasonChoice = z.object({ selected_option: z.object({ value: z.enum(SWITCH_REASONS) }).nullish() }).transform((o) => o.selected_option?.value);
const groupChoice = z.object({ selected_option: z.object({ value: z.string().min(1) }).nullish() }).transform((o) => o.selected_option?.value);

const switchForm = z.object({
  [s.reasonBlock]: z.object({ [s.reasonSelect]: reasonChoice }),
  [s.detailsBlock]: z.object({ [s.detailsInput]: text }).optional(),
  [s.preferredBlock]: z.object({ [s.preferredSelect]: groupChoice }).optional(),
});

const switchSubmission = z.object({
  user: z.object({ id: z.string().min(1) }),
  view: z.object({
    id: z.string().min(1),
    // A change of a pair's mentor names the pair too (its track and key).
    private_metadata: z
      .string()
      .transform((m) => z.object({ menteeId: z.string().min(1), track: z.string().min(1).optional(), pairKey: z.string().min(1).optional() }).parse(JSON.parse(m))),
    state: z.object({ values: switchForm }),
  }),
});

const declineSubmission = z.object({
  user: z.object({ id: z.string().min(1) }),
  view: z.object({
    private_metadata: z.string().transform((m) => z.object({ requestId: z.string().min(1) }).parse(JSON.parse(m))),
    state: z.object({ values: z.object({ [s.declineMessageBlock]: z.object({ [s.declineMessageInput]: text }) }) }),
  }),
});

/** The switch form and the admins' decline form: checked here (modal errors), then one call each. */
export function registerSwitchViews(app: App, deps: SwitchViewDeps): void {
  app.view(s.modal, async ({ ack, body }) => {
    const { user, view } = switchSubmission.parse(body);
    const values = view.state.values;
    const reason = values[s.reasonBlock][s.reasonSelect];
    const details = values[s.detailsBlock]?.[s.detailsInput] ?? '';
    const errors: Record<string, string> = {};
    if (reason === undefined) errors[s.reasonBlock] = switchCopy.reasonRequired;
    if (details.length > SWITCH_DETAILS_MAX) errors[s.detailsBlock] = switchCopy.detailsTooLong(details.length);
    if (reason === undefined || Object.keys(errors).length > 0) {
      await ack({ response_action: 'errors', errors });
      return;
    }
    await ack();
    const { track, pairKey } = view.private_metadata;
    await deps.services.submitSwitch(
      {
        actorId: user.id,
        menteeId: view.private_metadata.menteeId,
        viewId: view.id,
        reason,
        details: details === '' ? undefined : details,
        preferredGroupId: values[s.preferredBlock]?.[s.preferredSelect],
        ...(track !== undefined && pairKey !== undefined ? { pair: { track, pairKey } } : {}),
      },
      new Date(),
    );
  });

  app.view(s.declineModal, async ({ ack, body }) => {
    const { user, view } = declineSubmission.parse(body);
    const message = view.state.values[s.declineMessageBlock][s.declineMessageInput];
    if (message === '' || message.length > SWITCH_MESSAGE_MAX) {
      const problem = message === '' ? switchCopy.decline.required : switchCopy.decline.tooLong(message.length);
      await ack({ response_action: 'errors', errors: { [s.declineMessageBlock]: problem } });
      return;
    }
    await ack();
    await deps.services.declineSwitch({ requestId: view.private_metadata.requestId, actorId: user.id, message }, new Date());
  });
}
