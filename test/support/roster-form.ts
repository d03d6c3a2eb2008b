import type { As, StateValues, UserRef } from './actor.js';
import type { ServedApp } from './app-harness.js';

/** The `/mentor-admin import` form's values with a roster pasted as CSV (no file). */
export function pastedRosterValues(csv: string): StateValues {
  return {
    admin_import_file: { admin_import_file_input: { type: 'file_input', files: [] } },
    admin_import_csv: { admin_import_csv_input: { type: 'plain_text_input', value: csv } },
  };
}

/** An admin imports a pasted roster through `/mentor-admin import`, and the form says it is imported. */
export async function importPastedRoster(app: ServedApp, as: As, admin: UserRef, csv: string): Promise<void> {
  await as(admin).command('/mentor-admin', 'import');
  await app.slack.waitForCall('views.open', () => true, 3_000);
  const viewId = [...app.slack.views].filter(([, v]) => v.view['callback_id'] === 'admin_import').at(-1)![0];
  await as(admin).submit('admin_import', pastedRosterValues(csv), { viewId });
  await app.slack.waitForCall('views.update', (args) => JSON.stringify(args['view']).includes('Roster imported'), 10_000);
}
