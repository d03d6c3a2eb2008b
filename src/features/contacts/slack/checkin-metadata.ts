import { z } from 'zod';

/**
 * What the check-in modal carries in `private_metadata`: where it was opened from, and the mentor's today when it
 * was opened (so that dates are checked on submission without reading the roster).
 */
const metadataSchema = z.object({
  source: z.enum(['logged', 'prompt']),
  prompt: z.object({ channel: z.string(), ts: z.string(), month: z.string().regex(/^\d{4}-\d{2}$/) }).optional(),
  today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
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
