import type { App } from '@slack/bolt';
import type { Logger } from '../../../log/logger.js';
import { z } from 'zod';
import { AUDIENCES, DESCRIPTION_MAX, REACH_CHANNELS, REQUEST_TOPICS, URGENCIES, isUrgentWellbeing } from '../../../program/records/request.js';
import type { RequestHelp } from '../request-help.js';
import { requestIds } from './ids.js';
import { requestCopy } from './copy.js';
import { buildSupportModal } from './request-views.js';

export interface RequestViewDeps {
  readonly services: Pick<RequestHelp, 'storeRequest' | 'sendRequest'>;
  readonly logger: Logger;
  /** Shown in the form at once when the request is urgent and about well-being. */
  readonly supportResourcesText: string;
}

const r = requestIds;
const selected = <T extends readonly [string, ...string[]]>(values: T) =>
  z.object({ selected_option: z.object({ value: z.enum(values) }).nullish() }).transform((s) => s.selected_option?.value);

const requestForm = z.object({
  [r.topicBlock]: z.object({ [r.topicSelect]: selected(REQUEST_TOPICS) }),
  [r.urgencyBlock]: z.object({ [r.urgencyRadio]: selected(URGENCIES) }),
  [r.reachBlock]: z.object({ [r.reachRadio]: selected(REACH_CHANNELS) }),
  [r.audienceBlock]: z.object({ [r.audienceRadio]: selected(AUDIENCES) }).optional(),
  [r.descriptionBlock]: z.object({ [r.descriptionInput]: z.object({ value: z.string().nullish() }) }),
});

const submission = z.object({ user: z.object({ id: z.string().min(1) }), view: z.object({ id: z.string().min(1), state: z.object({ values: requestForm }) }) });

/** The request form's submission: checked here (modal errors), stored before the form closes, then sent. */
export function registerRequestViews(app: App, deps: RequestViewDeps): void {
  app.view(requestIds.modal, async ({ ack, body }) => {
    const { user, view } = submission.parse(body);
    const values = view.state.values;
    const topic = values[r.topicBlock][r.topicSelect];
    const description = (values[r.descriptionBlock][r.descriptionInput].value ?? '').trim();
    const errors: Record<string, string> = {};
    if (topic === undefined) errors[r.topicBlock] = requestCopy.topicRequired;
    if (description === '') errors[r.descriptionBlock] = requestCopy.descriptionRequired;
    else if (description.length > DESCRIPTION_MAX) errors[r.descriptionBlock] = requestCopy.descriptionTooLong(description.length);
    if (topic === undefined || Object.keys(errors).length > 0) {
      await ack({ response_action: 'errors', errors });
      return;
    }
    const urgency = values[r.urgencyBlock][r.urgencyRadio] ?? 'routine';
    const form = {
      topic,
      urgency,
      reach: values[r.reachBlock][r.reachRadio] ?? 'slack',
      audience: values[r.audienceBlock]?.[r.audienceRadio] ?? 'cohort',
      description,
    };
    // Stored before the form closes (one quick write), so a mentee whose form closed can trust the request exists even
    // if the app stops the next moment: whatever is left to send, the nudges job sends. A failure here keeps the form.
    const now = new Date();
    const stored = await deps.services.storeRequest({ menteeId: user.id, viewId: view.id, ...form }, now);
    // The school's support resources replace the form at once; the request itself follows.
    await ack(isUrgentWellbeing(form) ? { response_action: 'update', view: buildSupportModal(deps.supportResourcesText) } : undefined);
    try {
      await deps.services.sendRequest(stored, now);
    } catch (error) {
      // Stored: the nudges job finishes sending it, so the mentee is not asked to send it again (that would be a second request).
      if (stored.kind !== 'stored') throw error;
      deps.logger.warn('a request was stored but not all of it was sent; the nudges job finishes it', { request: stored.request.id, error });
    }
  });
}
