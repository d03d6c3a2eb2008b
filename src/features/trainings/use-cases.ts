import type { ProgramCalendar } from '../../program/calendar.js';
import type { CsvCell } from '../../program/csv.js';
import { peopleById } from '../../program/export-table.js';
import { monthSpan } from '../../program/month-span.js';
import { answerInvitation, markAttendance, readAttendance, readMissing } from './attendance.js';
import { createTraining, openTrainingForm, postTrainingMessage } from './create-training.js';
import type { TrainingDeps } from './deps.js';
import type { Answer } from './domain/training.js';
import type { TrainingFormInput } from './domain/training-form.js';
import { trainingRows } from './domain/training-rows.js';
import { sendTrainingMessages } from './send-training-messages.js';

export type TrainingUseCases = ReturnType<typeof createTrainingUseCases>;

/** The trainings' use cases: set one up, invite and remind, answers, attendance, who missed one, the export. */
export function createTrainingUseCases(deps: TrainingDeps & { readonly calendar: ProgramCalendar }) {
  return {
    openTrainingForm: (userId: string) => openTrainingForm(deps, userId),
    createTraining: (userId: string, input: TrainingFormInput, sourceKey: string, now: Date) => createTraining(deps, userId, input, sourceKey, now),
    postTrainingMessage: (trainingId: string) => postTrainingMessage(deps, trainingId),
    sendTrainingMessages: (now: Date) => sendTrainingMessages(deps, now),
    answerInvitation: (userId: string, trainingId: string, answer: Answer, now: Date) => answerInvitation(deps, userId, trainingId, answer, now),
    readAttendance: (userId: string, trainingId: string) => readAttendance(deps, userId, trainingId),
    markAttendance: (userId: string, trainingId: string, attendedIds: readonly string[], now: Date) => markAttendance(deps, userId, trainingId, attendedIds, now),
    readMissing: (now: Date) => readMissing(deps, now),

    /** `trainings`: each training starting in the months (program zone), one row per person asked to attend it. */
    async exportRows(months: { readonly from: string; readonly to: string }): Promise<CsvCell[][]> {
      const span = monthSpan(months.from, months.to, deps.calendar);
      const trainings = await deps.trainings.findTrainings({ from: span.start, to: span.end });
      if (trainings.length === 0) return [];
      const invitees = await deps.trainings.findInvitees(trainings.map((t) => t.id));
      return trainingRows(trainings, invitees, await peopleById(deps.roster, invitees.map((i) => i.personId)), deps.programTimezone);
    },
  };
}
