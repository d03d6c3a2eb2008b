import { formatInZone } from '../../slack/format-time.js';
import { html, type Html } from '../../slack/html.js';
import type { DemoPerson, DemoRecord } from '../demo-record.js';
import type { FakeMessage } from '../slack-simulator/fake-workspace.js';
import { blocksHtml, messageHtml, type SlackNames } from './block-kit-html.js';
import { asList } from './block-elements-html.js';
import { plainWords } from './mrkdwn-html.js';
import { demoPage, timeHtml } from './demo-layout.js';
import { countReceived, namesOf, receivedBy, type ShownView } from './received.js';
import { modalTitle } from './timeline.js';

const when = (at: number | undefined, zone: string): Html => (at === undefined ? html`` : timeHtml(at, formatInZone(new Date(at), zone)));

/** The names of the files shared with a message. */
function attachments(record: DemoRecord, message: FakeMessage): Html {
  const files = (message.files ?? []).map((id) => record.slack.uploads.find((u) => u.fileId === id)?.filename ?? record.slack.files.get(id)?.name ?? id);
  return files.length === 0 ? html`` : html`<p class="note">Attached: ${files.join(', ')}</p>`;
}

function messageCard(record: DemoRecord, names: SlackNames, message: FakeMessage, extra: string): Html {
  const thread = message.threadTs === undefined ? '' : ' · a reply in a thread';
  return html`<article class="msg"><p class="meta">${when(message.at, record.zone)}${extra}${thread}</p>${messageHtml(message, names)}${attachments(record, message)}</article>`;
}

/** A modal's close and submit buttons, as labels. */
function modalButtons(view: Record<string, unknown>): Html {
  const close = plainWords(view['close']);
  const submit = plainWords(view['submit']);
  if (close === '' && submit === '') return html``;
  return html`<div class="bk-actions">${close === '' ? '' : html`<span class="bk-control bk-button">${close}</span>`}${submit === '' ? '' : html`<span class="bk-control bk-button bk-primary">${submit}</span>`}</div>`;
}

function viewCard(record: DemoRecord, names: SlackNames, shown: ShownView, label: string): Html {
  return html`<article class="msg"><p class="meta">${when(shown.at, record.zone)}${label}</p>${blocksHtml(asList(shown.view['blocks']), names)}${modalButtons(shown.view)}</article>`;
}

const none = (what: string) => html`<p class="note">${what}</p>`;

/** `/demo/people/<id>`: what one person received in Slack, and nothing anyone else received. */
export function renderPersonPage(record: DemoRecord, person: DemoPerson): string {
  const names = namesOf(record);
  const received = receivedBy(record.slack, person.id);
  const home = received.home === undefined ? none('The app has not published a Home tab for them.') : viewCard(record, names, received.home, ' · the latest version');
  const dms = received.dms.length === 0 ? none('No direct messages.') : received.dms.map((m) => messageCard(record, names, m, ''));
  const ephemeral = received.ephemeral.length === 0 ? none('None.') : received.ephemeral.map((m) => messageCard(record, names, m, ` · in #${names.channels.get(m.channel) ?? m.channel}`));
  const channels =
    received.channels.length === 0
      ? none('No posts in their channels.')
      : received.channels.map(
          (c) => html`<h3>#${c.channel.name} <span class="note">(${c.messages.length} ${c.messages.length === 1 ? 'post' : 'posts'})</span></h3>${c.messages.map((m) => messageCard(record, names, m, ''))}`,
        );
  const modals = received.modals.length === 0 ? none('No forms opened.') : received.modals.map((m) => html`<h3>${modalTitle(m.view)}</h3>${viewCard(record, names, m, '')}`);
  const contents: readonly [string, string, Html | readonly Html[]][] = [
    ['home', 'Home tab', home],
    ['dms', `Direct messages (${received.dms.length})`, dms],
    ['ephemeral', `Only they saw (${received.ephemeral.length})`, ephemeral],
    ['channels', 'In their channels', channels],
    ['forms', `Forms opened for them (${received.modals.length})`, modals],
  ];
  return demoPage(
    `${person.name}: what they received · Peer Mentor demo`,
    html`<p><a href="/demo">← The semester</a></p><h1>${person.name}</h1><p>${person.roles}. ${countReceived(received)} messages received in Slack; times in ${record.zone}.</p>
<nav aria-label="On this page"><ul>${contents.map(([id, title]) => html`<li><a href="#${id}">${title}</a></li>`)}</ul></nav>
${contents.map(([id, title, body]) => html`<section id="${id}" aria-labelledby="${id}-title"><h2 id="${id}-title">${title}</h2>${body}</section>`)}`,
  );
}

/** The page for an id that is none of the sample people. */
export function renderUnknownPerson(): string {
  return demoPage('Not one of the sample people · Peer Mentor demo', html`<h1>Not one of the sample people</h1><p>No sample person has this id. <a href="/demo">Back to the semester</a>.</p>`);
}
