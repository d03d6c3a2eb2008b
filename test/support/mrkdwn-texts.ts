/**
 * Every text Slack reads as mrkdwn in a message, view or API call's arguments: the fallback `text` at its top, and
 * every mrkdwn text object within it.
 */
export function mrkdwnTexts(value: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o['type'] === 'mrkdwn' && typeof o['text'] === 'string') out.push(o['text']);
      Object.values(o).forEach(walk);
    }
  };
  walk(value);
  const fallback = (value as { text?: unknown } | null)?.text;
  if (typeof fallback === 'string') out.push(fallback);
  return out;
}
