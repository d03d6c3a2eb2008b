import type { Chart } from '../domain/chart.js';
import { html, Html } from '../../../slack/html.js';
import { drawChart } from './svg-charts.js';

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff;margin:0;line-height:1.45}
main{max-width:820px;margin:0 auto;padding:1rem 1.25rem 3rem}
header{background:#1d3557;color:#fff;padding:.75rem 1.25rem}
header a,header button{color:#fff}
a{color:#0b4a8f}
a:focus,button:focus,summary:focus{outline:3px solid #f4a100;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;color:#0b4a8f;padding:.5rem}
section{border-top:1px solid #c8c8c8;margin-top:1.5rem;padding-top:.5rem}
.chart{max-width:100%;height:auto}
.chart text{font-size:13px}.chart .label,.chart .axis,.chart .value{fill:#1a1a1a}.chart .series{font-weight:600}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #8c8c8c;padding:.25rem .5rem;text-align:left}th{background:#eef1f5}
td.n{text-align:right}
.signout{display:inline;margin-left:1rem}
.signout button{background:none;border:1px solid #fff;border-radius:3px;padding:.1rem .5rem;cursor:pointer;font:inherit}
.note{color:#444}
`;

function page(title: string, body: Html, header?: Html): string {
  return `<!doctype html>${html`<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer"><title>${title}</title><style>${new Html(STYLE)}</style></head><body><a class="skip" href="#main">Skip to the charts</a><header>${header ?? html`<strong>Peer Mentor</strong>`}</header><main id="main">${body}</main></body></html>`.text}`;
}

/** A page with one message (a refusal, a sign-in form's outcome): kind words, and what to do next. */
export function renderMessagePage(title: string, paragraphs: readonly string[], extra?: Html): string {
  return page(title, html`<h1>${title}</h1>${paragraphs.map((p) => html`<p>${p}</p>`)}${extra}`);
}

/** The sign-in link's page: one button, so that a link checker or a preview opening the link does not use it up. */
export function renderSignInPage(token: string): string {
  return renderMessagePage('Sign in to the dashboard', ['This link signs you in once, within ten minutes of being sent.'], html`<form method="post" action="/dashboard/sign-in"><input type="hidden" name="token" value="${token}"><button type="submit">Sign in</button></form>`);
}

export interface DashboardView {
  readonly readerName: string;
  /** What the reader sees, e.g. "The whole program" or "Your cohort: Blue-Okafor". */
  readonly scopeLabel: string;
  /** The months shown, first and last. */
  readonly months: readonly string[];
  readonly charts: readonly Chart[];
}

const isNumber = (cell: unknown) => typeof cell === 'number';

function table(chart: Chart): Html {
  const { columns, rows } = chart.table;
  const body =
    rows.length === 0
      ? html`<tr><td colspan="${columns.length}">Nothing to show in these months.</td></tr>`
      : rows.map((row) => html`<tr>${row.map((cell, i) => (i === 0 ? html`<th scope="row">${cell ?? ''}</th>` : html`<td class="${isNumber(cell) ? 'n' : ''}">${cell ?? '–'}</td>`))}</tr>`);
  return html`<table><caption>${chart.title}</caption><thead><tr>${columns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead><tbody>${body}</tbody></table>`;
}

/** The dashboard: each chart drawn, its table (open without JavaScript) and its CSV. */
export function renderDashboardPage(view: DashboardView): string {
  const header = html`<strong>Peer Mentor dashboard</strong> · ${view.scopeLabel} · signed in as ${view.readerName}<form class="signout" method="post" action="/dashboard/sign-out"><button type="submit">Sign out</button></form>`;
  const span = view.months.length === 0 ? '' : `${view.months[0]} to ${view.months[view.months.length - 1]}`;
  const contents = html`<nav aria-label="Charts"><ul>${view.charts.map((c) => html`<li><a href="#${c.id}">${c.title}</a></li>`)}</ul></nav>`;
  const sections = view.charts.map(
    (c) =>
      html`<section id="${c.id}" aria-labelledby="${c.id}-title"><h2 id="${c.id}-title">${c.title}</h2><p class="note">${c.caption}</p><figure>${drawChart(c)}</figure><details><summary>Table: ${c.title}</summary>${table(c)}</details><p><a href="/dashboard/csv/${c.id}.csv" download>Download “${c.title}” as CSV</a></p></section>`,
  );
  return page(
    'Peer Mentor dashboard',
    html`<h1>${view.scopeLabel}</h1><p class="note">Program months ${span}. Counts, dates and statuses only: what anyone wrote stays in Slack.</p>${contents}${sections}`,
    header,
  );
}
