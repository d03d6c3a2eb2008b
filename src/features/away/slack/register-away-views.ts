import type { App } from '@slack/bolt';
import { z } from 'zod';
import { AWAY_NOTE_MAX, checkAwayWindow, type AwayProblem } from '../../../program/records/away.js';
import type { TimeAway } from '../time-away.js';
import { awayIds } from './ids.js';
import { awayCopy } from './copy.js';

export interface AwayViewDeps {
  readonly services: Pick<TimeAway, 'markAway'>;
}

const a = awayIds;
const date = z.object({ selected_date: z.string().nullish() }).transform((d) => d.selected_date ?? undefined);

const awayForm = z.object({
  [a.startBlock]: z.object({ [a.startPicker]: date }),
  [a.endBlock]: z.object({ [a.endPicker]: date }),
  [a.noteBlock]: z.object({ [a.noteInput]: z.object({ value: z.string().nullish() }) }).optional(),
  [a.tellBlock]: z.object({ [a.tellCheckbox]: z.object({ selected_options: z.array(z.object({ value: z.string() })).nullish() }) }).optional(),
});

const submission = z.object({
  user: z.object({ id: z.string().min(1) }),
  view: z.object({
    id: z.string().min(1),
    private_metadata: z.string().transform((m) => z.object({ today: z.string() }).parse(JSON.parse(m))),
    state: z.object({ values: awayForm }),
  }),
});

/** Which field a problem belongs to. */
const BLOCK_OF: Record<AwayProblem, string> = {
  format: a.startBlock,
  not_a_date: a.startBlock,
  start_in_past: a.startBlock,
  end_before_start: a.endBlock,
  too_long: a.endBlock,
  note_too_long: a.noteBlock,
};

/** The time-away form's submission: dates checked here (modal errors, against the mentor's today), then one call. */
export function registerAwayViews(app: App, deps: AwayViewDeps): void {
  app.view(awayIds.modal, async ({ ack, body }) => {
    const { user, view } = submission.parse(body);
    const values = view.state.values;
    const start = values[a.startBlock][a.startPicker];
    const end = values[a.endBlock][a.endPicker];
    const note = (values[a.noteBlock]?.[a.noteInput].value ?? '').trim();
    const problem: AwayProblem | undefined =
      start === undefined || end === undefined ? 'not_a_date' : note.length > AWAY_NOTE_MAX ? 'note_too_long' : checkAwayWindow(start, end, view.private_metadata.today);
    if (problem !== undefined || start === undefined || end === undefined) {
      const block = start !== undefined && end === undefined ? a.endBlock : BLOCK_OF[problem ?? 'not_a_date'];
      await ack({ response_action: 'errors', errors: { [block]: awayCopy.problems[problem ?? 'not_a_date'] } });
      return;
    }
    await ack();
    const tellMentees = (values[a.tellBlock]?.[a.tellCheckbox].selected_options ?? []).some((o) => o.value === a.tellValue);
    await deps.services.markAway(
      { mentorId: user.id, start, end, note: note === '' ? undefined : note, tellMentees, sourceKey: `view:${view.id}`, replyByDm: true },
      new Date(),
    );
  });
}
