import type { App } from '@slack/bolt';
import { z } from 'zod';
import { CONTACT_KINDS } from '../../../program/records/contact.js';
import type { ContactUseCases } from '../use-cases.js';
import { checkinIds } from './ids.js';
import { buildCheckinFormErrors, buildCheckinRefusal } from './checkin-views.js';
import { checkDraft } from '../domain/checkin.js';
import { createMessenger } from '../../../delivery/slack/messenger.js';
import { checkinCopy } from './copy.js';
import { decodeCheckinMetadata } from './checkin-metadata.js';
import type { AskedQuestion, CheckinQuestion } from '../../../slack/checkin-question.js';

const answerSchema = z.object({ selected_option: z.object({ value: z.string() }).nullish() });

/** Each question the form asked (known to the app still) with the answer it returns. */
function answersOf(questions: readonly CheckinQuestion[], asked: Readonly<Record<string, readonly string[]>>, values: Readonly<Record<string, unknown>>): (AskedQuestion & { answer: string | undefined })[] {
  return questions.flatMap((question) => {
    const about = asked[question.name];
    if (about === undefined) return [];
    const block = values[question.blockId] as Record<string, unknown> | undefined;
    const parsed = answerSchema.safeParse(block?.[question.actionId]);
    return [{ question, about, answer: question.readAnswer(parsed.success ? (parsed.data.selected_option?.value ?? undefined) : undefined) }];
  });
}

const c = checkinIds;
const selected = z.object({ value: z.string() });

/** The form's state, read leniently: what is missing becomes a field error rather than a failure. */
const submissionSchema = z.object({
  user: z.object({ id: z.string().min(1) }),
  view: z.object({
    id: z.string().min(1),
    private_metadata: z.string().optional(),
    state: z.object({
      values: z.object({
        [c.menteesBlock]: z.object({ [c.menteesInput]: z.object({ selected_options: z.array(selected).nullish() }) }),
        [c.kindBlock]: z.object({ [c.kindInput]: z.object({ selected_option: selected.nullish() }) }),
        [c.modeBlock]: z.object({ [c.modeInput]: z.object({ selected_option: selected.nullish() }) }),
        [c.dateBlock]: z.object({ [c.dateInput]: z.object({ selected_date: z.string().nullish() }) }),
        [c.minutesBlock]: z.object({ [c.minutesInput]: z.object({ value: z.string().nullish() }) }).optional(),
        [c.noteBlock]: z.object({ [c.noteInput]: z.object({ value: z.string().nullish() }) }).optional(),
      }).catchall(z.record(z.string(), z.unknown())),
    }),
  }),
});

/**
 * The check-in form's submission. What needs no I/O is checked before answering (field errors: mentees, kind, date
 * against the mentor's today when the form was opened, minutes, note); then the form closes and the contact is
 * recorded, checked against the roster again. The mentor gets what was logged by DM with Undo, or, if the roster says
 * no (e.g. no longer their mentee), what was wrong and that nothing was logged.
 */
export function registerCheckinViews(app: App, services: Pick<ContactUseCases, 'logContact'>, questions: () => readonly CheckinQuestion[] = () => []): void {
  app.view(c.modal, async ({ ack, body, client }) => {
    const parsed = submissionSchema.safeParse(body);
    if (!parsed.success) {
      await ack({ response_action: 'errors', errors: { [c.menteesBlock]: checkinCopy.problems.noMenteesChosen } });
      return;
    }
    const { user, view } = parsed.data;
    const values = view.state.values;
    const kind = values[c.kindBlock][c.kindInput].selected_option?.value;
    if (kind === undefined || !(CONTACT_KINDS as readonly string[]).includes(kind)) {
      await ack({ response_action: 'errors', errors: { [c.kindBlock]: checkinCopy.problems.missingKind } });
      return;
    }
    const minutesText = values[c.minutesBlock]?.[c.minutesInput].value?.trim() ?? '';
    const metadata = decodeCheckinMetadata(view.private_metadata);
    const menteeIds = [...new Set((values[c.menteesBlock][c.menteesInput].selected_options ?? []).map((o) => o.value))];
    const group = values[c.modeBlock][c.modeInput].selected_option?.value === 'group';
    const date = values[c.dateBlock][c.dateInput].selected_date ?? '';
    const minutes = minutesText === '' ? 0 : Number(minutesText);
    const note = values[c.noteBlock]?.[c.noteInput].value ?? undefined;
    // A form opened before forms carried the mentor's today: its date is checked against the roster below.
    const problems = checkDraft({ menteeIds, group, date, minutes, note: note?.trim() }, metadata.today ?? date);
    if (problems.length > 0) {
      await ack({ response_action: 'errors', errors: buildCheckinFormErrors(problems) });
      return;
    }
    // The tracks' questions this form asked: one about a mentee chosen must be answered.
    const answers = answersOf(questions(), metadata.asked ?? {}, values);
    const unanswered = answers.filter((a) => a.answer === undefined && a.about.some((id) => menteeIds.includes(id)));
    if (unanswered.length > 0) {
      await ack({ response_action: 'errors', errors: Object.fromEntries(unanswered.map((a) => [a.question.blockId, a.question.missing])) });
      return;
    }
    await ack();
    // The view id is unique per opened form: submitting the same form again stores the contact once.
    const result = await services.logContact({
      actorId: user.id,
      menteeIds,
      kind: kind as (typeof CONTACT_KINDS)[number],
      group,
      date,
      minutes,
      note,
      source: metadata.source,
      sourceKey: `view:${view.id}`,
      prompt: metadata.prompt,
      homeOnScreen: metadata.home === true,
      answers,
      now: new Date(),
    });
    if (!result.ok) await createMessenger(client).dm(user.id, buildCheckinRefusal(result.problems));
  });
}
