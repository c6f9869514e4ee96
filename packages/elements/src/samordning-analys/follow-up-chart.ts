import { html, svg, type TemplateResult } from 'lit';

/** One bar: its label, outcome and target (when the data states one). */
export interface ChartBar {
  label: string;
  value: number;
  target?: number;
  /** A comparison figure (national, regional): drawn as an outlined bar, and its label says so. */
  comparison?: boolean;
}

const WIDTH = 640;
const ROW = 44;
const BAR = 16;
/** Room right of the longest bar for its value. */
const VALUE_ROOM = 90;

/**
 * A horizontal bar chart drawn as SVG in the template (no chart library): a label above each bar,
 * the value at its end, the target as a dashed line. `role="img"`, named by the caption and summary
 * `labelledBy` points at; the table next to it holds the same figures.
 */
export function barChart(
  bars: readonly ChartBar[],
  options: { percent: boolean; format: (n: number) => string; labelledBy: string },
): TemplateResult {
  const top = Math.max(0, ...bars.flatMap((b) => [b.value, b.target ?? 0]));
  // Shares are drawn on 0–100 so two charts of shares can be compared by eye.
  const max = options.percent ? Math.max(100, top) : top || 1;
  const scale = (v: number) => Math.max(0, (v / max) * (WIDTH - VALUE_ROOM));
  const height = bars.length * ROW + 4;
  // The <svg> element in an html template; its children in svg templates (Lit's SVG namespace).
  return html`<svg role="img" aria-labelledby=${options.labelledBy} viewBox="0 0 ${WIDTH} ${height}" width="100%" preserveAspectRatio="xMinYMin meet" focusable="false">
    ${bars.map((b, i) => {
      const y = i * ROW;
      const w = scale(b.value);
      const value = options.percent ? `${options.format(b.value)} %` : options.format(b.value);
      return svg`<g>
        <text x="0" y=${y + 13} class="label">${b.label}</text>
        <rect x="0" y=${y + 18} width=${w} height=${BAR} class=${b.comparison ? 'bar comparison' : 'bar'}></rect>
        <text x=${w + 6} y=${y + 31} class="value">${value}</text>
        ${
          b.target === undefined
            ? ''
            : svg`<line x1=${scale(b.target)} x2=${scale(b.target)} y1=${y + 15} y2=${y + 37} class="target"></line>`
        }
      </g>`;
    })}
  </svg>`;
}
