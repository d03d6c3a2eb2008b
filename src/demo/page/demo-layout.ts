import { html, Html } from '../../slack/html.js';

/** The demo's pages: the dashboard's look (one inline style sheet, no script), and Block Kit drawn as Slack draws it, roughly. */
const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff;margin:0;line-height:1.45}
main{max-width:900px;margin:0 auto;padding:1rem 1.25rem 3rem}
header{background:#1d3557;color:#fff;padding:.75rem 1.25rem}
header a{color:#fff}
a{color:#0b4a8f}
a:focus{outline:3px solid #f4a100;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;color:#0b4a8f;padding:.5rem}
section{border-top:1px solid #c8c8c8;margin-top:1.5rem;padding-top:.5rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #8c8c8c;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#eef1f5}
td.n{text-align:right}
.note,.bk-quiet,.bk-context{color:#444}
.cta{display:inline-block;background:#1d3557;color:#fff;padding:.4rem .8rem;border-radius:4px;text-decoration:none}
ol.timeline{list-style:none;padding:0}ol.timeline li{padding:.2rem 0;border-bottom:1px dotted #c8c8c8}
time{font-variant-numeric:tabular-nums;color:#444;margin-right:.5rem}
.who{font-weight:600}.app{color:#1d3557}
.msg{border:1px solid #c8c8c8;border-radius:6px;padding:.5rem .75rem;margin:.75rem 0}
.msg .meta{margin:0 0 .35rem;font-size:.9em;color:#444}
.bk p{margin:.3rem 0}.bk blockquote{border-left:4px solid #8c8c8c;margin:.3rem 0;padding-left:.6rem}
.bk-header{font-size:1.15em;font-weight:700}
.bk-section{display:flex;gap:1rem;align-items:flex-start;margin:.4rem 0}.bk-section-body{flex:1}
.bk-fields{display:grid;grid-template-columns:1fr 1fr;gap:.25rem 1rem;list-style:none;padding:0;margin:.3rem 0}
.bk-context{font-size:.9em;margin:.3rem 0}.bk-context span{margin-right:.5rem}
.bk-divider{border:0;border-top:1px solid #c8c8c8}
.bk-actions{display:flex;flex-wrap:wrap;gap:.4rem;margin:.4rem 0}
.bk-control{display:inline-block;border:1px solid #6b6b6b;border-radius:4px;padding:.15rem .6rem;background:#fff;font-weight:600}
.bk-primary{background:#007a5a;border-color:#007a5a;color:#fff}.bk-danger{background:#b3261e;border-color:#b3261e;color:#fff}
.bk-select{font-weight:400}
.bk-input{margin:.5rem 0}.bk-label{font-weight:600}
.bk-box{display:block;border:1px solid #6b6b6b;border-radius:4px;padding:.3rem .5rem;min-height:1.4em;color:#555}.bk-multiline{min-height:3.5em}
.bk-choices{list-style:none;padding-left:.25rem}
.bk-image,.bk-note{color:#444;font-style:italic}
.mention{background:#e8f0fb;border-radius:3px;padding:0 .15rem}
code{background:#f2f2f2;padding:0 .2rem}pre{background:#f2f2f2;padding:.5rem;overflow-x:auto}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
`;

/** A whole demo page (the style sheet is ours and goes in as it is: a <style> element's text is not unescaped): `title` in the tab, the header bar, and the body under it. */
export function demoPage(title: string, body: Html): string {
  return `<!doctype html>${html`<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer"><title>${title}</title><style>${new Html(STYLE)}</style></head><body><a class="skip" href="#main">Skip to the content</a><header><strong><a href="/demo">Peer Mentor demo</a></strong> · a sample semester, played against a Slack simulator</header><main id="main">${body}</main></body></html>`.text}`;
}

/** One formatter per zone (building one costs far more than using it). */
const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** `9:05 AM`: the time of day of `at` (ms) as a clock in `zone` shows it. */
export function timeOfDay(at: number, zone: string): string {
  let format = clockFormats.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', minute: '2-digit' });
    clockFormats.set(zone, format);
  }
  return format.format(new Date(at)).replace(/[\u202f\u00a0]/g, ' ');
}

/** A `<time>` element: the machine-readable instant, and the words given. */
export function timeHtml(at: number, words: string): Html {
  return html`<time datetime="${new Date(at).toISOString()}">${words}</time>`;
}
