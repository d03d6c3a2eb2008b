/**
 * The check-in prompt's notes registry: a feature adds a short note under some mentees' lines on a mentor's monthly
 * check-in prompt (`Feature.promptNotes`; e.g. the goals feature: the mentee's goals). The prompt is the mentor's own
 * DM: a note may say what the mentor may read about their mentee, and nothing more.
 */
export interface PromptNotes {
  /** Unique among the notes. */
  readonly name: string;
  /** For this mentor's prompt: a short mrkdwn note (one line, escaped) per mentee that has one; read in bulk. */
  notes(mentorId: string, menteeIds: readonly string[], now: Date): Promise<ReadonlyMap<string, string>>;
}

/** Every contribution's notes for a prompt, by mentee, in the registry's order. A failing contribution adds none. */
export async function readPromptNotes(sources: readonly PromptNotes[], mentorId: string, menteeIds: readonly string[], now: Date): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (menteeIds.length === 0) return out;
  const all = await Promise.all(sources.map((s) => s.notes(mentorId, menteeIds, now).catch(() => new Map<string, string>())));
  for (const notes of all) {
    for (const [menteeId, note] of notes) out.set(menteeId, [...(out.get(menteeId) ?? []), note]);
  }
  return out;
}
