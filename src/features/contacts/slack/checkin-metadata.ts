import { z } from 'zod';
import type { AskedQuestion } from '../../../slack/checkin-question.js';

/** The questions a form asked, for its metadata: about whom, by name (nothing when none was asked). */
export const withAsked = (form: { readonly questions?: readonly AskedQuestion[] }): { asked?: Record<string, string[]> } =>
  form.questions === undefined || form.questions.length === 0 ? {} : { asked: Object.fromEntries(form.questions.map((q) => [q.question.name, [...q.about]])) };

/**
 * What the check-in modal carries in `private_metadata`: where it was opened from, and the mentor's today when it
 * was opened (so that dates are checked on submission without reading the roster).
 */
const metadataSchema = z.object({
  source: z.enum(['logged', 'prompt']),
  /** Opened from the mentor's Home tab, which is on screen again once the form closes. */
  home: z.literal(true).optional(),
  prompt: z.object({ channel: z.string(), ts: z.string(), month: z.string().regex(/^\d{4}-\d{2}$/) }).optional(),
  today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** The tracks' questions the form asked, by name, and about whom. */
  asked: z.record(z.string(), z.array(z.string())).optional(),
});

export type CheckinMetadata = z.infer<typeof metadataSchema>;

export function encodeCheckinMetadata(metadata: CheckinMetadata): string {
  return JSON.stringify(metadata);
}

export function decodeCheckinMetadata(text: string | undefined): CheckinMetadata {
  try {
    const parsed = metadataSchema.safeParse(JSON.parse(text ?? ''));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: a form from elsewhere counts as logged by hand.
  }
  return { source: 'logged' };
}
