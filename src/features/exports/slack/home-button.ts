import type { App } from '@slack/bolt';
import type { ExportTable } from '../../../program/export-table.js';
import type { AdminPolicy } from '../../../program/policy.js';
import { parseButtonClick } from '../../../slack/button-click.js';
import { buildNotAllowedModal, homeButtonIds } from '../../../slack/home-buttons.js';
import { buildExportModal } from './export-views.js';

/** Home's *Export*: the export form (the contributed tables), for admins; anyone else gets a small modal saying why not. */
export function registerExportHomeButton(app: App, admins: AdminPolicy, tables: () => readonly ExportTable[]): void {
  app.action(homeButtonIds.exportCsv, async ({ ack, body, client }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click === undefined) return;
    const view = (await admins.isAdmin(click.userId)) ? buildExportModal(tables()) : buildNotAllowedModal();
    await client.views.open({ trigger_id: click.triggerId, view });
  });
}
