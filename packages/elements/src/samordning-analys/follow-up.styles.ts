import { css } from 'lit';

/** The follow-up charts: SVG drawn in the element's tokens, so themes, print and forced colours follow. */
export const followUpStyles = css`
  figure.chart {
    margin: 1.5rem 0 0.5rem;
  }
  figure.chart figcaption {
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .chart-box svg {
    display: block;
    max-width: 40rem;
    height: auto;
  }
  .chart-box text {
    fill: var(--_text);
    font-size: 13px;
    font-family: inherit;
  }
  .chart-box .bar {
    fill: var(--_accent);
  }
  .chart-box .bar.comparison {
    fill: var(--_bg);
    stroke: var(--_text);
    stroke-width: 2;
  }
  .chart-box .target {
    stroke: var(--_text);
    stroke-width: 2;
    stroke-dasharray: 4 3;
  }
  .sources {
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    .chart-box text {
      fill: CanvasText;
    }
    .chart-box .bar {
      fill: Highlight;
    }
    .chart-box .bar.comparison {
      fill: Canvas;
      stroke: CanvasText;
    }
    .chart-box .target {
      stroke: CanvasText;
    }
  }
`;
