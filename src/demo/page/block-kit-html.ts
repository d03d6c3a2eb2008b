import { escapeHtml, html, Html } from '../../slack/html.js';
import { asList, asObject, asText, elementHtml, note, type Json } from './block-elements-html.js';
import { linkHtml, mrkdwnHtml, plainWords, textObjectHtml, type SlackNames } from './mrkdwn-html.js';

export type { SlackNames } from './mrkdwn-html.js';
export { mrkdwnHtml } from './mrkdwn-html.js';

/**
 * Block Kit as the demo's page shows it: readable, escaped HTML of what a person saw in Slack. Buttons, selects and
 * inputs appear as labels (nothing can be clicked); a block type without a readable form here shows a small note.
 */

const RICH_STYLES: readonly [string, string][] = [
  ['code', 'code'],
  ['strike', 'del'],
  ['italic', 'em'],
  ['bold', 'strong'],
];

/** One element of a rich_text section: text with its styles, a link, a mention, an emoji. */
function richElementHtml(value: unknown, names: SlackNames): string {
  const element = asObject(value);
  const styled = (inner: string) => {
    const style = asObject(element['style']);
    return RICH_STYLES.reduce((out, [name, tag]) => (style[name] === true ? `<${tag}>${out}</${tag}>` : out), inner);
  };
  switch (element['type']) {
    case 'text':
      return styled(escapeHtml(asText(element['text'])).replace(/\n/g, '<br>'));
    case 'link':
      return styled(linkHtml(asText(element['url']), asText(element['text']) || undefined));
    case 'user':
      return `<span class="mention">@${escapeHtml(names.users.get(asText(element['user_id'])) ?? asText(element['user_id']))}</span>`;
    case 'channel':
      return `<span class="mention">#${escapeHtml(names.channels.get(asText(element['channel_id'])) ?? asText(element['channel_id']))}</span>`;
    case 'broadcast':
      return `<span class="mention">@${escapeHtml(asText(element['range']))}</span>`;
    case 'emoji':
      return escapeHtml(emojiOf(asText(element['unicode']), asText(element['name'])));
    case 'date':
      return escapeHtml(asText(element['fallback']) || String(element['timestamp'] ?? ''));
    default:
      return note(`${asText(element['type']) || 'rich text'} element`).text;
  }
}

/** An emoji from its code points ("1f44d"), else its name as Slack writes it (":thumbsup:"). */
function emojiOf(unicode: string, name: string): string {
  const points = unicode.split('-').map((hex) => parseInt(hex, 16));
  return unicode !== '' && points.every((p) => p >= 0 && p <= 0x10ffff) ? String.fromCodePoint(...points) : `:${name}:`;
}

function richPartHtml(value: unknown, names: SlackNames): string {
  const part = asObject(value);
  const inner = (elements: unknown) => asList(elements).map((e) => richElementHtml(e, names)).join('');
  switch (part['type']) {
    case 'rich_text_section':
      return `<p>${inner(part['elements'])}</p>`;
    case 'rich_text_quote':
      return `<blockquote>${inner(part['elements'])}</blockquote>`;
    case 'rich_text_preformatted':
      return `<pre><code>${inner(part['elements'])}</code></pre>`;
    case 'rich_text_list': {
      const tag = part['style'] === 'ordered' ? 'ol' : 'ul';
      const items = asList(part['elements']).map((item) => `<li>${inner(asObject(item)['elements'])}</li>`);
      return `<${tag}>${items.join('')}</${tag}>`;
    }
    default:
      return note(`${asText(part['type']) || 'rich text'} part`).text;
  }
}

function sectionHtml(block: Json, names: SlackNames): Html {
  const fields = asList(block['fields']);
  const accessory = block['accessory'] === undefined ? undefined : elementHtml(block['accessory'], names);
  return html`<div class="bk-section"><div class="bk-section-body">${block['text'] === undefined ? '' : html`<div>${textObjectHtml(block['text'], names)}</div>`}${
    fields.length === 0 ? '' : html`<ul class="bk-fields">${fields.map((f) => html`<li>${textObjectHtml(f, names)}</li>`)}</ul>`
  }</div>${accessory === undefined ? '' : html`<div class="bk-accessory">${accessory}</div>`}</div>`;
}

function inputHtml(block: Json, names: SlackNames): Html {
  const optional = block['optional'] === true ? html` <span class="bk-quiet">(optional)</span>` : '';
  const hint = block['hint'] === undefined ? '' : html`<div class="bk-quiet">${textObjectHtml(block['hint'], names)}</div>`;
  return html`<div class="bk-input"><div class="bk-label">${plainWords(block['label'])}${optional}</div>${elementHtml(block['element'], names)}${hint}</div>`;
}

function blockHtml(value: unknown, names: SlackNames): Html {
  const block = asObject(value);
  const type = asText(block['type']);
  switch (type) {
    case 'header':
      return html`<p class="bk-header">${plainWords(block['text'])}</p>`;
    case 'section':
      return sectionHtml(block, names);
    case 'context':
      return html`<div class="bk-context">${asList(block['elements']).map((e) => (asObject(e)['type'] === 'image' ? elementHtml(e, names) : html`<span>${textObjectHtml(e, names)}</span>`))}</div>`;
    case 'divider':
      return html`<hr class="bk-divider">`;
    case 'actions':
      return html`<div class="bk-actions">${asList(block['elements']).map((e) => elementHtml(e, names))}</div>`;
    case 'input':
      return inputHtml(block, names);
    case 'image': {
      const title = plainWords(block['title']);
      return html`<p class="bk-image">[image: ${asText(block['alt_text']) || 'no description'}]${title === '' ? '' : html` ${title}`}</p>`;
    }
    case 'rich_text':
      return new Html(`<div class="bk-rich">${asList(block['elements']).map((p) => richPartHtml(p, names)).join('')}</div>`);
    default:
      return html`<p>${note(type === '' ? 'a block without a type' : `${type} block`)}</p>`;
  }
}

/** Blocks, in order, as HTML. */
export function blocksHtml(blocks: readonly unknown[], names: SlackNames): Html {
  return html`<div class="bk">${blocks.map((b) => blockHtml(b, names))}</div>`;
}

/** A message as the person saw it: its blocks, or its text (mrkdwn) when it has none. */
export function messageHtml(message: { readonly text: string; readonly blocks: readonly unknown[] }, names: SlackNames): Html {
  return message.blocks.length > 0 ? blocksHtml(message.blocks, names) : html`<div class="bk"><div class="bk-text">${mrkdwnHtml(message.text, names)}</div></div>`;
}
