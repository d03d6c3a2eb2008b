import { buildPlainMessage } from '../../../slack/refusals.js';
import type { App } from '@slack/bolt';
import type { ContactUseCases } from '../use-cases.js';
import type { CheckinPrefill } from '../prepare-checkin.js';
import { checkinIds } from './ids.js';
import { buildCheckinModal, buildContactUndone, describeCheckinUnavailable } from './checkin-views.js';
import { checkinCopy } from './copy.js';
import { encodeCheckinMetadata, withAsked } from './checkin-metadata.js';
import { parseButtonClick } from '../../../slack/button-click.js';

/** Undo on a confirmation, and the check-in prompt's form buttons (each opens the full form, prefilled). */
export function registerCheckinActions(app: App, services: Pick<ContactUseCases, 'undoContact' | 'prepareCheckin'>): void {
  app.action(checkinIds.undo, async ({ ack, body, respond }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click === undefined) return;
    const result = await services.undoContact(click.userId, click.value, new Date());
    if (result.ok) await respond({ replace_original: true, ...buildContactUndone(result.contact) });
    else await respond({ response_type: 'ephemeral', replace_original: false, ...buildPlainMessage(checkinCopy.undoRefused[result.refusal]) });
  });

  const openPrefilled = (prefillOf: (value: string) => { month: string; prefill: CheckinPrefill }) =>
    async ({ ack, body, client, respond }: Parameters<Parameters<typeof app.action>[1]>[0]) => {
      await ack();
      const click = parseButtonClick(body);
      if (click === undefined) return;
      const { month, prefill } = prefillOf(click.value);
      const form = await services.prepareCheckin(click.userId, new Date(), prefill);
      if (!form.ok) {
        await respond({ response_type: 'ephemeral', replace_original: false, ...buildPlainMessage(describeCheckinUnavailable(form)) });
        return;
      }
      const prompt = click.message === undefined || !/^\d{4}-\d{2}$/.test(month) ? undefined : { ...click.message, month };
      await client.views.open({
        trigger_id: click.triggerId,
        view: buildCheckinModal(form, encodeCheckinMetadata({ source: 'prompt', today: form.today, ...withAsked(form), ...(prompt ? { prompt } : {}) })),
      });
    };

  // *Log a contact* on prompts posted before their lines had three answers (still in people's DMs). Value
  // `YYYY-MM|menteeId`: the month the prompt is about, and the mentee of that line.
  app.action(
    checkinIds.promptLog,
    openPrefilled((value) => {
      const [month = '', menteeId = ''] = value.split('|');
      return { month, prefill: { menteeIds: [menteeId], group: false, kind: undefined } };
    }),
  );
  // Value `YYYY-MM`: a group meeting with every current mentee.
  app.action(
    checkinIds.promptGroup,
    openPrefilled((value) => ({ month: value, prefill: { menteeIds: 'all', group: true, kind: 'in_person' } })),
  );
}
