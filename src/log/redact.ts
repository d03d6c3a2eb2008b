/** Keys whose values are secrets: replaced wholesale. */
const SECRET_KEYS = /^(token|bot_?token|app_?token|signing_?secret|secret|password|authorization|client_?secret)$/i;
/**
 * Keys that carry what people wrote: never logged (SPEC §5, privacy). Slack's own shapes too (blocks, views and their
 * state, initial values, private metadata, payloads), should a library's value reach a log line.
 */
const PRIVATE_KEYS = /^(text|note|notes|description|reason|details|message_text|body|blocks|view|state|values|initial_value|private_metadata|payload)$/i;
/** Slack tokens, signatures and credentials inside connection strings, wherever they appear in text. */
const SECRET_PATTERNS: readonly RegExp[] = [
  /\bxox[abposre]-[A-Za-z0-9-]+/g,
  /\bxapp-[A-Za-z0-9-]+/g,
  /\bv0=[a-f0-9]{64}\b/g,
  /(mongodb(?:\+srv)?:\/\/)[^@/\s]+@/g,
];

export const REDACTED = '[redacted]';

/** Replaces secrets in a string: the known values given, and anything shaped like a token. */
export function redactText(text: string, knownSecrets: readonly string[] = []): string {
  let out = text;
  for (const secret of knownSecrets) {
    if (secret.length >= 6) out = out.split(secret).join(REDACTED);
  }
  for (const pattern of SECRET_PATTERNS) {
    out = out.replace(pattern, (match, prefix?: unknown) =>
      typeof prefix === 'string' && match.startsWith('mongodb') ? `${prefix}${REDACTED}@` : REDACTED,
    );
  }
  return out;
}

/** A deep copy of a log value with secrets and people's words removed. */
export function redactValue(value: unknown, knownSecrets: readonly string[] = [], depth = 0): unknown {
  if (typeof value === 'string') return redactText(value, knownSecrets);
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (value instanceof Error) {
    return { name: value.name, message: redactText(value.message, knownSecrets), code: (value as { code?: unknown }).code };
  }
  if (Array.isArray(value)) return value.map((v) => redactValue(v, knownSecrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (SECRET_KEYS.test(key)) out[key] = REDACTED;
    else if (PRIVATE_KEYS.test(key)) out[key] = typeof v === 'string' ? `[${v.length} chars withheld]` : REDACTED;
    else out[key] = redactValue(v, knownSecrets, depth + 1);
  }
  return out;
}
