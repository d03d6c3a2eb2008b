import type { Shared } from '../domain/matching.js';
import type { Rotation } from '../domain/rotation.js';

const withSitePreceptor = (r: { readonly site?: string | undefined; readonly preceptor?: string | undefined }) => `${r.site === undefined ? '' : ` at ${r.site}`}${r.preceptor === undefined ? '' : ` with ${r.preceptor}`}`;

/** What the clinical track says to people, in one place. */
export const clinicalCopy = {
  // In the shared features (check-ins, requests, switching), through the track's pairs.
  pairMentor: 'rotation mentor',
  pairWaiting:
    'You have no clinical mentor for a rotation yet: before each upcoming rotation I suggest mentors who have done it by DM, and you choose one (or one is assigned to you). Once you have a mentor, ask again here.',
  office: 'the Clinical Office',
  noAlternatives: 'No other mentor can take this mentee now (none who did this rotation has agreed and has room). You can decline with a message meanwhile.',
  pairLabel: (r: Rotation) => `${r.subject}${withSitePreceptor(r)}, ${r.start} to ${r.end}`,
  fit: (shared: Shared) => `did ${shared.subject}${withSitePreceptor(shared)}`,
  welcomeFallback: 'Welcome to clinical-rotation peer mentoring: please read and accept the honesty agreement.',
  welcome: (mentorId: string) =>
    `Welcome, <@${mentorId}>: you are a *clinical peer mentor*. You mentor students who are starting clinical rotations, ` +
    'sharing what you learned on the rotations you completed: study materials, the site, the preceptor. You are a ' +
    'fellow student, not their preceptor or professor.',
  agreementTitle: '*The honesty agreement*',
  agreementAsk: 'Please read it and press *I agree*. Your acceptance and its time are recorded for the Clinical Office.',
  agreeButton: 'I agree',
  agreed: (when: string) => `:white_check_mark: You accepted the honesty agreement on ${when}. Thank you.`,
  already: (when: string) => `Your acceptance of the honesty agreement is already recorded (${when}); there is nothing more to do.`,
  notClinicalMentor:
    'This agreement is for clinical peer mentors, and the roster does not list you as one. If that is wrong, please ask the Clinical Office to add you with track clinical.',
  rotationsHelp: ['/mentor-admin rotations', 'import the clinical track’s rotations from pasted CSV; nothing changes unless every line is right'] as const,
  rotationsTitle: 'Import rotations',
  rotationsSubmit: 'Import',
  rotationsClose: 'Cancel',
  rotationsIntro:
    'Paste the rotations as CSV: a header line, then one rotation per line. Columns, in any order: `slack_id` or `email`, `kind` (completed for a clinical peer mentor, upcoming for a clinical mentee), `subject` (internal medicine, surgery, pediatrics, obstetrics and gynecology, psychiatry, family medicine, neurology, emergency medicine, other), `site`, `preceptor`, `start` and `end` (YYYY-MM-DD).',
  rotationsHint: 'Nothing changes unless every line is right. Each person in the file gets exactly its rotations; importing the same file again changes nothing. Longer files: `npm run import-rotations -- rotations.csv`.',
  rotationsLabel: 'Rotations (CSV)',
  rotationsEmpty: 'Paste the rotations file here.',
  rotationsProblems: (n: number) => `Nothing was imported: ${n === 1 ? '1 line needs' : `${n} lines need`} fixing.`,
  rotationsMore: (n: number) => `…and ${n} more.`,
  rotationsWorking: 'Importing the rotations…',
  rotationsDone: (s: { rows: number; people: number; created: number; updated: number; unchanged: number; removed: number }) =>
    `Imported ${s.rows} lines. Rotations of ${s.people} people: ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged, ${s.removed} removed (no longer in the file). People missing from the file keep theirs.`,
  rotationsSlackUnavailable: 'Slack did not answer while e-mail addresses were looked up, so nothing was imported. Please try again in a few minutes.',
  rotationsRunning: 'Another rotations import is running, so this one changed nothing. Please try again when it has finished.',
} as const;
