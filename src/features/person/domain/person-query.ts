/** Whom an admin names: a Slack user id (a mention, or the bare id) or an e-mail address. */
export type PersonQuery = { readonly kind: 'id'; readonly id: string } | { readonly kind: 'email'; readonly email: string };

const MENTION = /^<@([UW][A-Z0-9]{2,})(?:\|[^>]*)?>$/;
const USER_ID = /^[UW][A-Z0-9]{2,}$/;
const MAILTO = /^<mailto:([^|>]+)(?:\|[^>]*)?>$/;
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/** The person named by `<@U…>`, `U…`, `<mailto:…>` or an e-mail address; undefined for anything else (or more than one). */
export function parsePersonQuery(text: string): PersonQuery | undefined {
  const words = text.trim().split(/\s+/).filter((w) => w !== '');
  if (words.length !== 1) return undefined;
  const word = words[0]!;
  const id = MENTION.exec(word)?.[1] ?? (USER_ID.test(word) ? word : undefined);
  if (id !== undefined) return { kind: 'id', id };
  const email = MAILTO.exec(word)?.[1] ?? word;
  return EMAIL.test(email) ? { kind: 'email', email: email.toLowerCase() } : undefined;
}
