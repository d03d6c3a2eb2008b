/** A clinical rotation, as the rotations file lists it: mentors list those they completed, mentees their upcoming ones. */

export const ROTATION_KINDS = ['completed', 'upcoming'] as const;
export type RotationKind = (typeof ROTATION_KINDS)[number];

/** The core clerkships, and `other`; the file's `subject` is matched to one of them without regard to case. */
export const ROTATION_SUBJECTS = [
  'internal medicine',
  'surgery',
  'pediatrics',
  'obstetrics and gynecology',
  'psychiatry',
  'family medicine',
  'neurology',
  'emergency medicine',
  'other',
] as const;
export type RotationSubject = (typeof ROTATION_SUBJECTS)[number];

export interface NewRotation {
  readonly personId: string;
  readonly kind: RotationKind;
  readonly subject: RotationSubject;
  /** Where it takes place; undefined when the file leaves it blank. */
  readonly site: string | undefined;
  readonly preceptor: string | undefined;
  /** First and last day, YYYY-MM-DD (calendar dates, inclusive). */
  readonly start: string;
  readonly end: string;
}

export interface Rotation extends NewRotation {
  readonly id: string;
}

/** What makes a rotation the same one across imports: one person's rotation of one kind and subject starting on one day. */
export function rotationKey(r: Pick<NewRotation, 'personId' | 'kind' | 'subject' | 'start'>): string {
  return `${r.personId}|${r.kind}|${r.subject}|${r.start}`;
}

/** The subject a cell names (case, surrounding and repeated spaces aside, `&` for `and`); undefined when none. */
export function subjectNamed(text: string): RotationSubject | undefined {
  const wanted = text.trim().toLowerCase().replace(/\s*&\s*/g, ' and ').replace(/\s+/g, ' ');
  return ROTATION_SUBJECTS.find((s) => s === wanted);
}
