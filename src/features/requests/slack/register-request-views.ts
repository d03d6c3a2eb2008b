import type { App } from '@slack/bolt';
import type { Logger } from '../../../log/logger.js';
import { z } from 'zod';
import { AUDIENCE_PATTERN, DESCRIPTION_MAX, REACH_CHANNELS, URGENCIES } from '../../../program/records/request.js';
import { PROGRAM_TOPICS, type RequestTopics } from '../../../program/request-topics.js';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RequestHelp, StoreRequestOutcome } from '../request-help.js';
import { showFailuresIn } from '../../../slack/error-boundary.js';
import { isTopicBlock, requestIds } from './ids.js';
import { requestCopy } from './copy.js';
import { buildSavingModal, buildSupportModal } from './request-views.js';
import { registerAudienceChoice } from './register-audience-choice.js';

export interface RequestViewDeps {
  readonly services: Pick<RequestHelp, 'startRequest' | 'storeRequest' | 'sendRequest'>;
  readonly logger: Logger;
  /** Shown in the form at once when the request is urgent and about well-being. */
  readonly supportResourcesText: string;
  /** How long the form waits for its request to be stored before it says "Sending…" (default `STORE_WAIT_MS`). */
  readonly storeWaitMs?: number;
  /** The tracks' request topics: which are about well-being (the program's alone when unset). */
  readonly topics?: RequestTopics;
}

/** Slack waits 3 seconds for the form's answer; storing usually takes milliseconds, but a loaded database can take longer. */
export const STORE_WAIT_MS = 2_000;

const r = requestIds;
const selected = <T extends readonly [string, ...string[]]>(values: T) =>
  z.object({ selected_option: z.object({ value: z.enum(values) }).nullish() }).transform((s) => s.selected_option?.value);

// The topic's block id names its list (ids.ts `topicBlockOf`); its value is checked against the audience's topics by the use case.
const topicChoice = z.object({ [r.topicSelect]: z.object({ selected_option: z.object({ value: z.string().max(75) }).nullish() }).optional() });

const requestForm = z.object({
  [r.urgencyBlock]: z.object({ [r.urgencyRadio]: selected(URGENCIES) }),
  [r.reachBlock]: z.object({ [r.reachRadio]: selected(REACH_CHANNELS) }),
  // A group audience or a pair track's name; the use case checks it against the mentee's own.
  [r.audienceBlock]: z.object({ [r.audienceRadio]: z.object({ selected_option: z.object({ value: z.string().regex(AUDIENCE_PATTERN) }).nullish() }).transform((s) => s.selected_option?.value) }).optional(),
  [r.descriptionBlock]: z.object({ [r.descriptionInput]: z.object({ value: z.string().nullish() }) }),
});

const submission = z.object({ user: z.object({ id: z.string().min(1) }), view: z.object({ id: z.string().min(1), state: z.object({ values: requestForm }) }) });
const allValues = z.object({ view: z.object({ state: z.object({ values: z.record(z.string(), z.unknown()) }) }) });

/** The topic chosen, and the block it was chosen in (the form's errors name it). */
function topicOf(body: unknown): { readonly blockId: string; readonly topic: string | undefined } {
  const values = allValues.parse(body).view.state.values;
  const blockId = Object.keys(values).find(isTopicBlock) ?? r.topicBlock;
  return { blockId, topic: topicChoice.parse(values[blockId] ?? {})[r.topicSelect]?.selected_option?.value ?? undefined };
}

/** The request form's submission: checked here (modal errors), stored before the form closes, then sent. */
export function registerRequestViews(app: App, deps: RequestViewDeps): void {
  const topics = deps.topics ?? PROGRAM_TOPICS;
  registerAudienceChoice(app, deps.services);
  app.view(requestIds.modal, async ({ ack, body, client }) => {
    const { user, view } = submission.parse(body);
    const values = view.state.values;
    const { blockId: topicBlock, topic } = topicOf(body);
    const description = (values[r.descriptionBlock][r.descriptionInput].value ?? '').trim();
    const errors: Record<string, string> = {};
    if (topic === undefined) errors[topicBlock] = requestCopy.topicRequired;
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
    const urgentFor = (stored?: StoreRequestOutcome) => topics.isUrgentWellbeing({ ...form, audience: (stored?.kind === 'stored' ? stored.request.audience : undefined) ?? form.audience });
    const storing = deps.services.storeRequest({ menteeId: user.id, viewId: view.id, ...form }, now);
    const waiting = new AbortController();
    const quick = await Promise.race([storing, sleep(deps.storeWaitMs ?? STORE_WAIT_MS, undefined, { signal: waiting.signal }).catch(() => undefined)]).finally(() =>
      waiting.abort(),
    );
    let stored: StoreRequestOutcome;
    if (quick?.kind === 'refused' && quick.reason === 'topic_not_offered') {
      // Nothing stored: the form stays open, saying which topics the chosen mentors take.
      await ack({ response_action: 'errors', errors: { [topicBlock]: requestCopy.topicNotOffered(quick.topic?.asked ?? topic, quick.topic?.offered ?? []) } });
      return;
    }
    if (quick !== undefined) {
      stored = quick;
      // The school's support resources replace the form at once; the request itself follows.
      await ack(urgentFor(stored) ? { response_action: 'update', view: buildSupportModal(deps.supportResourcesText) } : undefined);
    } else {
      const urgent = urgentFor();
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
