import { z } from 'zod';

/** What the *In touch* and *Concern* forms carry in `private_metadata`: whom they are about, and the prompt they came from. */
const metadataSchema = z.object({
  menteeId: z.string().min(1),
  prompt: z.object({ channel: z.string(), ts: z.string(), month: z.string().regex(/^\d{4}-\d{2}$/) }).optional(),
});

export type AnswerMetadata = z.infer<typeof metadataSchema>;

export function encodeAnswerMetadata(metadata: AnswerMetadata): string {
  return JSON.stringify(metadata);
}

/** Undefined when the form did not come from a prompt's line (nothing is recorded then). */
export function decodeAnswerMetadata(text: string | undefined): AnswerMetadata | undefined {
  try {
    const parsed = metadataSchema.safeParse(JSON.parse(text ?? ''));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** A prompt line's button value `YYYY-MM|menteeId`, and the message it is on: whom, and the prompt to redraw. */
export function readLineValue(value: string, message: { readonly channel: string; readonly ts: string } | undefined): AnswerMetadata | undefined {
  const [month = '', menteeId = ''] = value.split('|');
  if (menteeId === '') return undefined;
  return { menteeId, ...(message !== undefined && /^\d{4}-\d{2}$/.test(month) ? { prompt: { ...message, month } } : {}) };
}
