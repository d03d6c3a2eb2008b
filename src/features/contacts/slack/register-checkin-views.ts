import type { App } from '@slack/bolt';
import { z } from 'zod';
import { CONTACT_KINDS } from '../../../program/records/contact.js';
import type { ContactUseCases } from '../use-cases.js';
import { checkinIds } from './ids.js';
import { buildCheckinFormErrors } from './checkin-views.js';
import { checkinCopy } from './copy.js';
import { decodeCheckinMetadata } from './checkin-metadata.js';

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
      }),
    }),
  }),
});

export function registerCheckinViews(app: App, services: Pick<ContactUseCases, 'logContact'>): void {
  app.view(c.modal, async ({ ack, body }) => {
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
    // The view id is unique per opened form: submitting the same form again stores the contact once.
    const result = await services.logContact({
      actorId: user.id,
      menteeIds: (values[c.menteesBlock][c.menteesInput].selected_options ?? []).map((o) => o.value),
      kind: kind as (typeof CONTACT_KINDS)[number],
      group: values[c.modeBlock][c.modeInput].selected_option?.value === 'group',
      date: values[c.dateBlock][c.dateInput].selected_date ?? '',
      minutes: minutesText === '' ? 0 : Number(minutesText),
      note: values[c.noteBlock]?.[c.noteInput].value ?? undefined,
      source: metadata.source,
      sourceKey: `view:${view.id}`,
      prompt: metadata.prompt,
      now: new Date(),
    });
    if (!result.ok) {
      await ack({ response_action: 'errors', errors: buildCheckinFormErrors(result.problems) });
      return;
    }
    await ack();
  });
}
