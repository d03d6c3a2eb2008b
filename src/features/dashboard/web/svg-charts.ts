import type { BarsDrawing, Chart, HeatmapDrawing } from '../domain/chart.js';
import { html, type Html } from '../../../slack/html.js';

const WIDTH = 760;
const LABEL_WIDTH = 190;
/** Dark enough on white for graphics (3:1) and under white text (4.5:1). */
const SERIES_COLORS = ['#1d4f91', '#8a4b00', '#2a6b2f', '#6b2c8f'];
/** From few to all: light cells carry dark text, dark ones white text. */
const HEAT_STEPS = [
  { upTo: 0.2, fill: '#fde0dd', text: '#1a1a1a' },
  { upTo: 0.4, fill: '#fcc5c0', text: '#1a1a1a' },
  { upTo: 0.6, fill: '#c6dbef', text: '#1a1a1a' },
  { upTo: 0.8, fill: '#4a7fb8', text: '#ffffff' },
  { upTo: 1, fill: '#08306b', text: '#ffffff' },
];

const label = (text: string, max = 26) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The chart drawn as SVG, named for screen readers (its title and caption); its table carries every value too. */
export function drawChart(chart: Chart): Html {
  const titleId = `${chart.id}-svg-title`;
  const descId = `${chart.id}-svg-desc`;
  const body = chart.drawing.kind === 'heatmap' ? drawHeatmap(chart.drawing) : drawBars(chart.drawing);
  return html`<svg class="chart" role="img" aria-labelledby="${titleId} ${descId}" width="${WIDTH}" height="${body.height}" viewBox="0 0 ${WIDTH} ${body.height}" xmlns="http://www.w3.org/2000/svg"><title id="${titleId}">${chart.title}</title><desc id="${descId}">${chart.caption}</desc>${body.markup}</svg>`;
}

function drawHeatmap(d: HeatmapDrawing): { height: number; markup: Html } {
  if (d.rowLabels.length === 0) return empty('No group to show in these months.');
  const cellWidth = Math.min(90, Math.floor((WIDTH - LABEL_WIDTH) / Math.max(1, d.columnLabels.length)));
  const rowHeight = 30;
  const top = 24;
  const heads = d.columnLabels.map((c, i) => html`<text x="${LABEL_WIDTH + i * cellWidth + cellWidth / 2}" y="16" text-anchor="middle" class="axis">${c}</text>`);
  const rows = d.rowLabels.map((row, r) => {
    const y = top + r * rowHeight;
    const cells = d.columnLabels.map((column, c) => {
      const share = d.shares[r]?.[c];
      const x = LABEL_WIDTH + c * cellWidth;
      if (share === undefined) return html`<g><title>${row}, ${column}: no mentees</title><rect x="${x}" y="${y}" width="${cellWidth - 2}" height="${rowHeight - 2}" fill="#f2f2f2" stroke="#767676" stroke-dasharray="3 2"/><text x="${x + cellWidth / 2}" y="${y + 19}" text-anchor="middle" fill="#1a1a1a">–</text></g>`;
      const step = HEAT_STEPS.find((s) => share <= s.upTo) ?? HEAT_STEPS[HEAT_STEPS.length - 1]!;
      const pct = `${Math.round(share * 100)}%`;
      return html`<g><title>${row}, ${column}: ${pct}</title><rect x="${x}" y="${y}" width="${cellWidth - 2}" height="${rowHeight - 2}" fill="${step.fill}"/><text x="${x + cellWidth / 2}" y="${y + 19}" text-anchor="middle" fill="${step.text}">${pct}</text></g>`;
    });
    return html`<text x="${LABEL_WIDTH - 8}" y="${y + 19}" text-anchor="end" class="label">${label(row)}</text>${cells}`;
  });
  return { height: top + d.rowLabels.length * rowHeight + 8, markup: html`${heads}${rows}` };
}

/** One panel per series, each on its own scale (hours and percentages side by side stay readable). */
function drawBars(d: BarsDrawing): { height: number; markup: Html } {
  if (d.bars.length === 0) return empty('Nothing to show in these months.');
  const barHeight = 22;
  const panels: Html[] = [];
  let y = 0;
  d.series.forEach((series, s) => {
    const max = Math.max(1, ...d.bars.map((b) => b.values[s] ?? 0));
    const color = SERIES_COLORS[s % SERIES_COLORS.length]!;
    const scale = (WIDTH - LABEL_WIDTH - 70) / max;
    panels.push(html`<text x="0" y="${y + 16}" class="series" fill="${color}">${series}</text>`);
    y += 24;
    for (const bar of d.bars) {
      const measured = bar.values[s];
      const value = measured ?? 0;
      const shown = measured === undefined ? 'none to measure' : `${value}${d.unit ?? ''}`;
      panels.push(
        html`<g><title>${bar.label}, ${series}: ${shown}</title><text x="${LABEL_WIDTH - 8}" y="${y + 15}" text-anchor="end" class="label">${label(bar.label)}</text><rect x="${LABEL_WIDTH}" y="${y}" width="${Math.max(value > 0 ? 2 : 0, value * scale)}" height="${barHeight - 4}" fill="${color}"/><text x="${LABEL_WIDTH + value * scale + 6}" y="${y + 15}" class="value">${shown}</text></g>`,
      );
      y += barHeight;
    }
    y += 8;
  });
  return { height: y, markup: html`${panels}` };
}

function empty(text: string): { height: number; markup: Html } {
  return { height: 40, markup: html`<text x="0" y="24" class="label">${text}</text>` };
}
