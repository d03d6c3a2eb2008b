import { escapeHtml, Html } from '../../slack/html.js';

/** Who and which channel an id names, for `<@U…>` and `<#C…>` (the people's and channels' names as the workspace knows them). */
export interface SlackNames {
  readonly users: ReadonlyMap<string, string>;
  readonly channels: ReadonlyMap<string, string>;
}

/** Slack's three escapes (`&amp; &lt; &gt;`), decoded once: `&amp;lt;` stays the literal text `&lt;`. */
export function decodeSlackEscapes(text: string): string {
  return text.replace(/&(amp|lt|gt);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>' })[name]!);
}

const LINK_SCHEMES = /^(https?:\/\/|mailto:)/i;

/** A link to a web page or an address, or just its words for any other scheme (javascript:, data:, …). */
export function linkHtml(url: string, label: string | undefined): string {
  const words = label ?? url.replace(/^mailto:/i, '');
  if (!LINK_SCHEMES.test(url)) return escapeHtml(words);
  return `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(words)}</a>`;
}

/** One `<…>` of mrkdwn (its inside, still escaped Slack's way) as HTML: a mention, a channel, a special, a date or a link. */
function angleHtml(inside: string, names: SlackNames): string {
  const bar = inside.indexOf('|');
  const target = bar < 0 ? inside : inside.slice(0, bar);
  const label = bar < 0 ? undefined : decodeSlackEscapes(inside.slice(bar + 1));
  if (target.startsWith('@')) {
    const id = target.slice(1);
    return `<span class="mention">@${escapeHtml(names.users.get(id) ?? label ?? id)}</span>`;
  }
  if (target.startsWith('#')) {
    const id = target.slice(1);
    return `<span class="mention">#${escapeHtml(label ?? names.channels.get(id) ?? id)}</span>`;
  }
  if (target.startsWith('!')) {
    const special = target.slice(1);
    if (label !== undefined) return `<span class="mention">${escapeHtml(label)}</span>`;
    const word = special.split('^')[0] ?? special;
    return `<span class="mention">@${escapeHtml(word)}</span>`;
  }
  return linkHtml(decodeSlackEscapes(target), label);
}

/** *bold*, _italic_, ~strike~: each only at word edges, as Slack reads them (so snake_case and 2*3*4 stay as they are). */
const INLINE_STYLES: readonly [RegExp, string][] = [
  ['*', 'strong'],
  ['_', 'em'],
  ['~', 'del'],
].map(([mark, tag]) => [new RegExp(`(^|[^\\w${mark}])\\${mark}(?=\\S)([^${mark}\\n]*?\\S)\\${mark}(?![\\w${mark}])`, 'g'), `$1<${tag}>$2</${tag}>`] as [RegExp, string]);

/** The inline styles of one line, already HTML-escaped. */
function inlineStyles(text: string): string {
  return INLINE_STYLES.reduce((line, [pattern, markup]) => line.replace(pattern, markup), text);
}

/**
 * Slack's mrkdwn as readable, escaped HTML. Everything but the `<…>` tokens is decoded from Slack's escapes once and
 * HTML-escaped before any markup is added, so no text (a name, a note) can become markup.
 */
export function mrkdwnHtml(text: string, names: SlackNames): Html {
  const held: string[] = [];
  // Held pieces of finished HTML stand in the text as \u0001<n>\u0002 (characters that escaping and styling leave alone).
  const hold = (piece: string) => `\u0001${held.push(piece) - 1}\u0002`;
  let work = text.replace(/[\u0001\u0002]/g, '');
  work = work.replace(/<([^<>\n]*)>/g, (_, inside: string) => hold(angleHtml(inside, names)));
  work = work.replace(/```([\s\S]*?)```/g, (_, code: string) => hold(`<pre><code>${escapeHtml(decodeSlackEscapes(code.replace(/^\n/, '')))}</code></pre>`));
  work = work.replace(/`([^`\n]+)`/g, (_, code: string) => hold(`<code>${escapeHtml(decodeSlackEscapes(code))}</code>`));
  const lines = work.split('\n').map((raw) => {
    const line = decodeSlackEscapes(raw);
    const quoted = /^>\s?/.exec(line);
    return { quoted: quoted !== null, html: inlineStyles(escapeHtml(quoted === null ? line : line.slice(quoted[0].length))) };
  });
  let out = '';
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (line.quoted && previous?.quoted !== true) out += '<blockquote>';
    else if (i > 0 && !(previous?.quoted === true && !line.quoted)) out += '<br>';
    out += line.html;
    if (line.quoted && lines[i + 1]?.quoted !== true) out += '</blockquote>';
  });
  return new Html(out.replace(/\u0001(\d+)\u0002/g, (_, n: string) => held[Number(n)] ?? ''));
}

/** A text object (`plain_text` or `mrkdwn`) as HTML; anything else renders as nothing. */
export function textObjectHtml(value: unknown, names: SlackNames): Html {
  if (typeof value !== 'object' || value === null) return new Html('');
  const { type, text } = value as { type?: unknown; text?: unknown };
  if (typeof text !== 'string') return new Html('');
  return type === 'mrkdwn' ? mrkdwnHtml(text, names) : new Html(escapeHtml(text).replace(/\n/g, '<br>'));
}

/** The words of a text object, without markup (a label, a placeholder, an option). */
export function plainWords(value: unknown): string {
  if (typeof value !== 'object' || value === null) return '';
  const text = (value as { text?: unknown }).text;
  return typeof text === 'string' ? ((value as { type?: unknown }).type === 'mrkdwn' ? decodeSlackEscapes(text) : text) : '';
}
