import type { App } from '@slack/bolt';
import { z } from 'zod';
import { createMessenger } from '../../../delivery/slack/messenger.js';
import { parseButtonClick } from '../../../slack/button-click.js';
import { CONTACT_KINDS, type ContactKind } from '../../../program/records/contact.js';
import { CHECKIN_LIMITS } from '../domain/checkin.js';
import { checkConcern } from '../domain/concern.js';
import type { ContactUseCases } from '../use-cases.js';
import { answerCopy } from './answer-copy.js';
import { decodeAnswerMetadata, encodeAnswerMetadata, readLineValue } from './answer-metadata.js';
import { buildAnswerRefusal, buildAttemptNotice, buildConcernDoneModal, buildConcernModal, buildConcernRefusal, buildTouchModal } from './answer-views.js';
import { buildCheckinRefusal } from './checkin-views.js';
import { checkinCopy } from './copy.js';
import { checkinIds } from './ids.js';

const c = checkinIds;
type Services = Pick<ContactUseCases, 'prepareAnswer' | 'recordAttempt' | 'logTouch' | 'raiseConcern'>;

const submissionSchema = z.object({
  user: z.object({ id: z.string().min(1) }),
  view: z.object({ id: z.string().min(1), private_metadata: z.string().optional(), state: z.object({ values: z.record(z.string(), z.record(z.string(), z.unknown())) }) }),
});
const selected = z.object({ selected_option: z.object({ value: z.string() }).nullish() });
const typed = z.object({ value: z.string().nullish() });

/** A prompt answer's form as submitted, with whom it is about (undefined when it cannot be read: a field error then). */
function readSubmission(body: unknown) {
  const parsed = submissionSchema.safeParse(body);
  const metadata = parsed.success ? decodeAnswerMetadata(parsed.data.view.private_metadata) : undefined;
  return parsed.success && metadata !== undefined ? { ...parsed.data, metadata } : undefined;
}

/** One input's state, read leniently: what is missing or odd is undefined (and becomes a field error). */
function valueOf<T extends z.ZodType>(values: Record<string, Record<string, unknown>>, block: string, action: string, schema: T): z.infer<T> | undefined {
  const parsed = schema.safeParse(values[block]?.[action]);
  return parsed.success ? parsed.data : undefined;
}

/**
 * A check-in prompt line's three answers: *In touch* (a form with the kind and the minutes, logged through the ledger),
 * *Couldn't reach* (an attempt, at once) and *Concern* (a form with a category and a private note; for well-being the
 * form then shows the school's support resources to pass on).
 */
export function registerAnswerActions(app: App, deps: { readonly services: Services; readonly supportResourcesText: string }): void {
  const { services } = deps;
  const openForm = (build: typeof buildTouchModal) =>
    async ({ ack, body, client, respond }: Parameters<Parameters<typeof app.action>[1]>[0]) => {
      await ack();
      const click = parseButtonClick(body);
      const line = click && readLineValue(click.value, click.message);
      if (click === undefined || line === undefined) return;
      const allowed = await services.prepareAnswer(click.userId, line.menteeId, new Date());
      if (!allowed.ok) {
        await respond({ response_type: 'ephemeral', replace_original: false, ...buildAnswerRefusal(allowed.problem) });
        return;
      }
      await client.views.open({ trigger_id: click.triggerId, view: build(allowed.mentee, encodeAnswerMetadata(line)) });
    };
  app.action(c.promptTouch, openForm(buildTouchModal));
  app.action(c.promptConcern, openForm(buildConcernModal));

  app.action(c.promptUnreached, async ({ ack, body, respond }) => {
    await ack();
    const click = parseButtonClick(body);
    const line = click && readLineValue(click.value, click.message);
    if (click === undefined || line === undefined) return;
    const result = await services.recordAttempt({ actorId: click.userId, menteeId: line.menteeId, prompt: line.prompt, now: new Date() });
    const answer = result.ok ? buildAttemptNotice(line.menteeId, result.escalated) : buildAnswerRefusal(result.problem);
    await respond({ response_type: 'ephemeral', replace_original: false, ...answer });
  });

  app.view(c.touchModal, async ({ ack, body, client }) => {
    const submission = readSubmission(body);
    if (submission === undefined) {
      await ack({ response_action: 'errors', errors: { [c.kindBlock]: checkinCopy.problems.missingKind } });
      return;
    }
    const { user, view, metadata } = submission;
    const kind = valueOf(view.state.values, c.kindBlock, c.kindInput, selected)?.selected_option?.value;
    const minutesText = valueOf(view.state.values, c.minutesBlock, c.minutesInput, typed)?.value?.trim() ?? '';
    const minutes = minutesText === '' ? 0 : Number(minutesText);
    if (kind === undefined || !(CONTACT_KINDS as readonly string[]).includes(kind)) {
      await ack({ response_action: 'errors', errors: { [c.kindBlock]: checkinCopy.problems.missingKind } });
      return;
    }
    if (!Number.isInteger(minutes) || minutes < 0 || minutes > CHECKIN_LIMITS.maxMinutes) {
      await ack({ response_action: 'errors', errors: { [c.minutesBlock]: checkinCopy.problems.badMinutes } });
      return;
    }
    await ack();
    // The view id is unique per opened form: submitting the same form again stores the contact once.
    const result = await services.logTouch({
      actorId: user.id,
      menteeIds: [metadata.menteeId],
      kind: kind as ContactKind,
      group: false,
      date: undefined,
      minutes,
      note: undefined,
      source: 'prompt',
      sourceKey: `view:${view.id}`,
      prompt: metadata.prompt,
      now: new Date(),
    });
    if (!result.ok) await createMessenger(client).dm(user.id, buildCheckinRefusal(result.problems));
  });

  app.view(c.concernModal, async ({ ack, body, client }) => {
    const submission = readSubmission(body);
    if (submission === undefined) {
      await ack({ response_action: 'errors', errors: { [c.concernCategoryBlock]: answerCopy.concern.missingCategory } });
      return;
    }
    const { user, view, metadata } = submission;
    const category = valueOf(view.state.values, c.concernCategoryBlock, c.concernCategoryInput, selected)?.selected_option?.value;
    const note = valueOf(view.state.values, c.concernNoteBlock, c.concernNoteInput, typed)?.value ?? undefined;
    const checked = checkConcern(category, note);
    if (!checked.ok) {
      const errors: Record<string, string> = {};
      if (checked.problems.includes('unknown_category')) errors[c.concernCategoryBlock] = answerCopy.concern.missingCategory;
      if (checked.problems.includes('note_too_long')) errors[c.concernNoteBlock] = answerCopy.concern.noteTooLong;
      await ack({ response_action: 'errors', errors });
      return;
    }
    await ack({ response_action: 'update', view: buildConcernDoneModal(metadata.menteeId, checked.category, deps.supportResourcesText) });
    // The view id is unique per opened form: submitting the same form again stores the concern once.
    const result = await services.raiseConcern({ actorId: user.id, menteeId: metadata.menteeId, category, note, sourceKey: `view:${view.id}`, now: new Date() });
    if (!result.ok) await createMessenger(client).dm(user.id, buildConcernRefusal(result.problems));
  });
}
