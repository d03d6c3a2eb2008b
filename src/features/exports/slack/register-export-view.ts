import { buildNotAllowedMessage } from '../../../slack/refusals.js';
import type { App } from '@slack/bolt';
import { z } from 'zod';
import { parseExportArgs } from '../domain/parse-export-args.js';
import type { ExportUseCases } from '../use-cases.js';
import { exportIds } from './ids.js';
import { createMessenger } from '../../../delivery/slack/messenger.js';

import { buildExportModalErrors, buildExportProblem } from './export-views.js';

const e = exportIds;
const text = z.object({ value: z.string().nullish() }).optional();
const submission = z.object({
  user: z.object({ id: z.string().min(1) }),
  view: z.object({
    state: z.object({
      values: z.object({
        [e.kindBlock]: z.object({ [e.kindSelect]: z.object({ selected_option: z.object({ value: z.string() }).nullish() }) }),
        [e.fromBlock]: z.object({ [e.fromInput]: text }).optional(),
        [e.toBlock]: z.object({ [e.toInput]: text }).optional(),
      }),
    }),
  }),
});

/** Home's export form: checked here (modal errors), then the file is sent to the admin's DM. */
export function registerExportView(app: App, services: Pick<ExportUseCases, 'sendExport' | 'exportKinds'>): void {
  app.view(e.modal, async ({ ack, body, client }) => {
    const { user, view } = submission.parse(body);
    const values = view.state.values;
    const month = (value: string | null | undefined) => (value ?? '').trim();
    const from = month(values[e.fromBlock]?.[e.fromInput]?.value);
    const to = month(values[e.toBlock]?.[e.toInput]?.value);
    const args = [values[e.kindBlock][e.kindSelect].selected_option?.value ?? '', ...(from === '' ? [] : ['--from', from]), ...(to === '' ? [] : ['--to', to])];
    const kinds = services.exportKinds();
    const parsed = parseExportArgs(args, kinds);
    if (!parsed.ok) {
      await ack({ response_action: 'errors', errors: buildExportModalErrors(parsed.problem, kinds) });
      return;
    }
    await ack();
    const outcome = await services.sendExport(user.id, parsed.request, new Date());
    if (!outcome.allowed) await createMessenger(client).dm(user.id, buildNotAllowedMessage());
    else if (!outcome.result.ok) await createMessenger(client).dm(user.id, buildExportProblem(outcome.result.problem, kinds));
  });
}
