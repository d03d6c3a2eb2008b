import { formatLongDate } from '../../slack/format-time.js';
import { html, type Html } from '../../slack/html.js';
import type { DemoRecord } from '../demo-record.js';
import type { FakeMessage } from '../slack-simulator/fake-workspace.js';
import { mrkdwnHtml, type SlackNames } from './block-kit-html.js';
import { demoPage, timeHtml, timeOfDay } from './demo-layout.js';
import { countReceived, namesOf, receivedBy } from './received.js';
import { timelineOf, type Audience, type TimelineEntry } from './timeline.js';

/** Where a person's page is. */
export const personHref = (id: string): string => `/demo/people/${encodeURIComponent(id)}`;

/** A person's name, linked to their page when they are one of the sample people. */
export function personLink(record: DemoRecord, names: SlackNames, id: string): Html {
  const name = names.users.get(id) ?? id;
  return record.people.some((p) => p.id === id) ? html`<a href="${personHref(id)}">${name}</a>` : html`${name}`;
}

/** The first line of what a message says: its text, else its first block's text. */
export function firstLine(message: Pick<FakeMessage, 'text' | 'blocks'>): string {
  const fromBlocks = message.blocks
    .map((b) => (b as { text?: { text?: unknown } } | null)?.text?.text)
    .find((t): t is string => typeof t === 'string' && t.trim() !== '');
  const text = message.text.trim() !== '' ? message.text : (fromBlocks ?? '');
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}

function audienceHtml(record: DemoRecord, names: SlackNames, audience: Audience): Html {
  if (audience.kind === 'dm') return html`DM to ${personLink(record, names, audience.user)}`;
  if (audience.kind === 'ephemeral') return html`only ${personLink(record, names, audience.user)} sees (ephemeral)`;
  return html`#${names.channels.get(audience.channel) ?? audience.channel}`;
}

function entryHtml(record: DemoRecord, names: SlackNames, entry: TimelineEntry): Html {
  const at = timeHtml(entry.at, timeOfDay(entry.at, record.zone));
  switch (entry.kind) {
    case 'story':
      return html`<li>${at}<span class="who">${personLink(record, names, entry.actor)}</span> ${entry.text}</li>`;
    case 'message': {
      const thread = entry.message.threadTs === undefined ? '' : ' (in a thread)';
      return html`<li class="app">${at}<span class="who">App → ${audienceHtml(record, names, entry.audience)}</span>${thread}: ${mrkdwnHtml(firstLine(entry.message), names)}</li>`;
    }
    case 'modal':
      return html`<li class="app">${at}<span class="who">App → form for ${personLink(record, names, entry.user)}</span>: “${entry.title}”</li>`;
    case 'home': {
      const span = entry.until === entry.at ? '' : ` (${entry.publishes} publishes, until ${timeOfDay(entry.until, record.zone)})`;
      return html`<li class="app">${at}<span class="who">App → Home tabs</span>: Home tab redrawn for ${entry.people} ${entry.people === 1 ? 'person' : 'people'}${span}</li>`;
    }
  }
}

function peopleIndex(record: DemoRecord): Html {
  const rows = record.people.map((person) => {
    const received = receivedBy(record.slack, person.id);
    return html`<tr><th scope="row"><a href="${personHref(person.id)}">${person.name}</a></th><td>${person.roles}</td><td class="n">${countReceived(received)}</td><td class="n">${received.modals.length}</td><td>${received.home === undefined ? 'no' : 'yes'}</td></tr>`;
  });
  return html`<table><caption>The sample people, and how much each received in Slack</caption><thead><tr><th scope="col">Person</th><th scope="col">Roles</th><th scope="col">Messages</th><th scope="col">Forms opened</th><th scope="col">Home tab</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** `/demo`: what the demo is, the way to the dashboard, the people, and the semester day by day. */
export function renderDemoIndex(record: DemoRecord): string {
  const names = namesOf(record);
  const days = timelineOf(record);
  const timeline =
    days.length === 0
      ? html`<p>Nothing has happened yet.</p>`
      : days.map((day) => html`<section aria-labelledby="day-${day.date}"><h3 id="day-${day.date}">${formatLongDate(day.date)}</h3><ol class="timeline">${day.entries.map((e) => entryHtml(record, names, e))}</ol></section>`);
  return demoPage(
    'Peer Mentor demo: a sample semester',
    html`<h1>A sample semester of Peer Mentor</h1>
<p>Simulated days ${formatLongDate(record.from)} to ${formatLongDate(record.until)}, times in ${record.zone}.</p>
<p>Peer Mentor ran this semester against a built-in Slack simulator: no Slack workspace and no tokens. Each line of the timeline is something a sample person did (their name first) or something the app sent in Slack (“App →” first). Each person's page shows what they received, drawn from the app's Block Kit: buttons and menus appear as labels, nothing here can be clicked.</p>
<p><a class="cta" href="/demo/dashboard">Open the dashboard as the sample coordinator</a></p>
<section aria-labelledby="people"><h2 id="people">People</h2>${peopleIndex(record)}</section>
<section aria-labelledby="timeline"><h2 id="timeline">Timeline</h2>${timeline}</section>`,
  );
}

/** `/demo` before anything was played. */
export function renderNotYetPlayed(): string {
  return demoPage(
    'Peer Mentor demo: still playing',
    html`<h1>A sample semester of Peer Mentor</h1><p role="status">The semester is still being played. Reload in a moment.</p>`,
  );
}
