import { escapeHtml, html, Html } from '../../slack/html.js';
import { plainWords, textObjectHtml, type SlackNames } from './mrkdwn-html.js';

/** What a block or an element holds: read defensively, as the app's JSON is not typed here. */
export type Json = Record<string, unknown>;

export const asObject = (value: unknown): Json => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {});
export const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const asText = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A small note where a block or an element has no readable form here, e.g. "(video block)". */
export const note = (what: string): Html => html`<span class="bk-note">(${what})</span>`;

const optionWords = (option: unknown): string => plainWords(asObject(option)['text']);

/** A select's shown value: its chosen option(s), else its placeholder, behind "▾". */
function selectLabel(element: Json): Html {
  const chosen = [element['initial_option'], ...asList(element['initial_options'])].map(optionWords).filter((w) => w !== '');
  const people = [element['initial_user'], ...asList(element['initial_users'])].filter((u) => typeof u === 'string');
  const shown = chosen.length > 0 ? chosen.join(', ') : people.length > 0 ? `${people.length} chosen` : plainWords(element['placeholder']) || 'Choose…';
  return html`<span class="bk-control bk-select">▾ ${shown}</span>`;
}

/** Options listed with a box or a dot each (checkboxes, radio buttons), the chosen ones marked. */
function choiceList(element: Json, names: SlackNames, multiple: boolean): Html {
  const chosen = new Set([element['initial_option'], ...asList(element['initial_options'])].map((o) => asText(asObject(o)['value'])));
  const items = asList(element['options']).map((option) => {
    const o = asObject(option);
    const mark = chosen.has(asText(o['value'])) ? (multiple ? '☑' : '◉') : multiple ? '☐' : '○';
    return html`<li><span aria-hidden="true">${mark}</span> ${textObjectHtml(o['text'], names)}${chosen.has(asText(o['value'])) ? html`<span class="visually-hidden"> (chosen)</span>` : ''}</li>`;
  });
  return html`<ul class="bk-choices">${items}</ul>`;
}

/** An interactive element as a label: nothing on the page can be clicked, it only shows what the person saw (no emoji: a browser without an emoji font draws boxes). */
export function elementHtml(value: unknown, names: SlackNames): Html {
  const element = asObject(value);
  const type = asText(element['type']);
  switch (type) {
    case 'button': {
      const style = element['style'] === 'primary' || element['style'] === 'danger' ? ` bk-${element['style']}` : '';
      return new Html(`<span class="bk-control bk-button${style}">${escapeHtml(plainWords(element['text']))}</span>`);
    }
    case 'overflow':
      return html`<span class="bk-control" title="More options">⋯ ${asList(element['options']).map(optionWords).join(' · ')}</span>`;
    case 'datepicker':
      return html`<span class="bk-control">${asText(element['initial_date']) || plainWords(element['placeholder']) || 'Pick a date'}</span>`;
    case 'timepicker':
      return html`<span class="bk-control">${asText(element['initial_time']) || plainWords(element['placeholder']) || 'Pick a time'}</span>`;
    case 'datetimepicker':
      return html`<span class="bk-control">Pick a date and time</span>`;
    case 'checkboxes':
      return choiceList(element, names, true);
    case 'radio_buttons':
      return choiceList(element, names, false);
    case 'plain_text_input':
    case 'email_text_input':
    case 'url_text_input':
    case 'number_input':
    case 'rich_text_input': {
      const initial = asText(element['initial_value']);
      const multiline = element['multiline'] === true ? ' bk-multiline' : '';
      return html`<span class="bk-box${multiline}">${initial || plainWords(element['placeholder'])}</span>`;
    }
    case 'file_input':
      return html`<span class="bk-box">Choose a file</span>`;
    case 'image':
      return html`<span class="bk-image">[image: ${asText(element['alt_text']) || 'no description'}]</span>`;
    case 'workflow_button':
      return html`<span class="bk-control bk-button">${plainWords(element['text'])}</span>`;
    default:
      return type.endsWith('_select') ? selectLabel(element) : note(type === '' ? 'element' : `${type} element`);
  }
}
