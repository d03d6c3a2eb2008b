import type { App } from '@slack/bolt';
import type { Logger } from '../../../log/logger.js';
import { z } from 'zod';
import { AUDIENCE_PATTERN, DESCRIPTION_MAX, REACH_CHANNELS, REQUEST_TOPICS, URGENCIES, isUrgentWellbeing } from '../../../program/records/request.js';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RequestHelp, StoreRequestOutcome } from '../request-help.js';
import { showFailuresIn } from '../../../slack/error-boundary.js';
import { requestIds } from './ids.js';
import { requestCopy } from './copy.js';
import { buildSavingModal, buildSupportModal } from './request-views.js';

export interface RequestViewDeps {
  readonly services: Pick<RequestHelp, 'storeRequest' | 'sendRequest'>;
  readonly logger: Logger;
  /** Shown in the form at once when the request is urgent and about well-being. */
  readonly supportResourcesText: string;
  /** How long the form waits for its request to be stored before it says "Sending…" (default `STORE_WAIT_MS`). */
  readonly storeWaitMs?: number;
}

/** Slack waits 3 seconds for the form's answer; storing usually takes milliseconds, but a loaded database can take longer. */
export const STORE_WAIT_MS = 2_000;

const r = requestIds;
const selected = <T extends readonly [string, ...string[]]>(values: T) =>
  z.object({ selected_option: z.object({ value: z.enum(values) }).nullish() }).transform((s) => s.selected_option?.value);

const requestForm = z.object({
  [r.topicBlock]: z.object({ [r.topicSelect]: selected(REQUEST_TOPICS) }),
  [r.urgencyBlock]: z.object({ [r.urgencyRadio]: selected(URGENCIES) }),
  [r.reachBlock]: z.object({ [r.reachRadio]: selected(REACH_CHANNELS) }),
  // A group audience or a pair track's name; the use case checks it against the mentee's own.
  [r.audienceBlock]: z.object({ [r.audienceRadio]: z.object({ selected_option: z.object({ value: z.string().regex(AUDIENCE_PATTERN) }).nullish() }).transform((s) => s.selected_option?.value) }).optional(),
  [r.descriptionBlock]: z.object({ [r.descriptionInput]: z.object({ value: z.string().nullish() }) }),
});

const submission = z.object({ user: z.object({ id: z.string().min(1) }), view: z.object({ id: z.string().min(1), state: z.object({ values: requestForm }) }) });

/** The request form's submission: checked here (modal errors), stored before the form closes, then sent. */
export function registerRequestViews(app: App, deps: RequestViewDeps): void {
  app.view(requestIds.modal, async ({ ack, body, client }) => {
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
      audience: values[r.audienceBlock]?.[r.audienceRadio],
      description,
    };
    // Stored before the form closes (one quick write), so a mentee whose form closed can trust the request exists even
    // if the app stops the next moment: whatever is left to send, the nudges job sends. A failure here keeps the form.
    const now = new Date();
    const urgent = isUrgentWellbeing(form);
    const storing = deps.services.storeRequest({ menteeId: user.id, viewId: view.id, ...form }, now);
    const waiting = new AbortController();
    const quick = await Promise.race([storing, sleep(deps.storeWaitMs ?? STORE_WAIT_MS, undefined, { signal: waiting.signal }).catch(() => undefined)]).finally(() =>
      waiting.abort(),
    );
    let stored: StoreRequestOutcome;
    if (quick !== undefined) {
      stored = quick;
      // The school's support resources replace the form at once; the request itself follows.
      await ack(urgent ? { response_action: 'update', view: buildSupportModal(deps.supportResourcesText) } : undefined);
    } else {
      // A slow database: Slack's 3 seconds would run out, so the form says it is saving (with the support resources at
      // once when urgent) and then whether it was saved; a failure is shown there too, never a window left hanging.
      await ack({ response_action: 'update', view: urgent ? buildSupportModal(deps.supportResourcesText, true) : buildSavingModal('saving') });
      showFailuresIn(body, view.id);
      stored = await storing;
      const done = urgent && stored.kind === 'stored' ? buildSupportModal(deps.supportResourcesText) : buildSavingModal(stored.kind === 'stored' ? 'saved' : 'not_saved');
      // The request exists now: a window Slack would not update is no reason to tell the mentee to send it again.
      await client.views.update({ view_id: view.id, view: done }).catch((error: unknown) => deps.logger.warn('could not say in the request form that it was saved', { error }));
    }
    try {
      await deps.services.sendRequest(stored, now);
    } catch (error) {
      // Stored: the nudges job finishes sending it, so the mentee is not asked to send it again (that would be a second request).
      if (stored.kind !== 'stored') throw error;
      deps.logger.warn('a request was stored but not all of it was sent; the nudges job finishes it', { request: stored.request.id, error });
    }
  });
}
