import type { Lang } from '@samordningskartan/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { ProblemGroup, ProblemItem, ReadTable } from './problem-groups.js';
import { rowOf } from './problem-groups.js';
import type { SamordningGranskaMessageKey } from './samordning-granska.messages.js';

type T = (key: SamordningGranskaMessageKey, params?: Record<string, string | number>) => string;

export interface ProblemsView {
  t: T;
  lang: Lang;
  groups: ProblemGroup[];
  tables: readonly ReadTable[];
  selected: number | undefined;
  expanded: ReadonlySet<string>;
  select(index: number | undefined): void;
  expand(key: string): void;
}

/** How many problems a group shows before "Visa alla". */
const FIRST = 20;

/** "Blad insatser, rad 4, kolumn kommuner" */
export function where(t: T, item: ProblemItem): string {
  const parts: string[] = [];
  if (item.sheet !== undefined) parts.push(t('where_sheet', { sheet: item.sheet }));
  if (item.row !== undefined) parts.push(t('where_row', { row: item.row }));
  if (item.column !== undefined) parts.push(t('where_column', { column: item.column }));
  return parts.join(', ');
}

function groupTitle(t: T, g: ProblemGroup): string {
  const key = `group_${g.code}` as SamordningGranskaMessageKey;
  const name = t(key) === key ? t('group_other') : t(key);
  return g.column ? t('groupColumn', { group: name, column: g.column }) : name;
}

function renderItem(v: ProblemsView, item: ProblemItem): TemplateResult {
  const { t } = v;
  const place = where(t, item);
  const message = item.problem.message[v.lang];
  const canShowRow = rowOf(item.problem, v.tables) !== undefined;
  const body = html`<span class="severity severity-${item.problem.severity}"
      >${t(`severity_${item.problem.severity}`)}</span
    >
    ${place ? html`<span class="where">${place}</span>` : nothing}
    <span class="message">${message}</span>
    ${
      item.value !== undefined
        ? html`<span class="value">${t('value', { value: item.value === '' ? t('emptyValue') : item.value })}</span>`
        : nothing
    }
    ${item.suggestion ? html`<span class="suggestion">${t('suggestion', { suggestion: item.suggestion })}</span>` : nothing}`;
  return html`<li part="problem" data-index=${item.index}>
    ${
      canShowRow
        ? html`<button
          type="button"
          class="problem"
          aria-expanded=${v.selected === item.index ? 'true' : 'false'}
          aria-controls="row-view"
          @click=${() => v.select(v.selected === item.index ? undefined : item.index)}
        >
          ${body}
        </button>`
        : html`<div class="problem">${body}</div>`
    }
  </li>`;
}

/** The problems grouped by what to fix; choosing one shows its row. */
export function renderProblems(v: ProblemsView): TemplateResult {
  const { t } = v;
  return html`<section part="problems" aria-labelledby="problems-title">
    <h3 id="problems-title">${t('problemsTitle')}</h3>
    ${v.groups.map((g, i) => {
      const all = v.expanded.has(g.key);
      const shown = all ? g.items : g.items.slice(0, FIRST);
      return html`<section class="group" part="problem-group" aria-labelledby="group-${i}">
        <h4 id="group-${i}">
          ${groupTitle(t, g)} <span class="count">${t('groupCount', { count: g.items.length })}</span>
        </h4>
        <ul role="list">
          ${shown.map((item) => renderItem(v, item))}
        </ul>
        ${
          shown.length < g.items.length
            ? html`<button type="button" class="more" @click=${() => v.expand(g.key)}>
              ${t('moreProblems', { count: g.items.length })}
            </button>`
            : nothing
        }
      </section>`;
    })}
  </section>`;
}

/** The row of the chosen problem: every column and its value, the problem's column marked. */
export function renderRow(v: ProblemsView): TemplateResult | typeof nothing {
  const { t } = v;
  const item = v.groups.flatMap((g) => g.items).find((i) => i.index === v.selected);
  const row = item && rowOf(item.problem, v.tables);
  if (!item || !row) return html`<div id="row-view" hidden></div>`;
  return html`<section id="row-view" part="row" aria-labelledby="row-title" tabindex="-1">
    <h3 id="row-title">${where(t, item)}</h3>
    <p>${item.problem.message[v.lang]}</p>
    <table>
      <caption class="visually-hidden">${t('rowCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">${t('rowColumn')}</th>
          <th scope="col">${t('rowValue')}</th>
        </tr>
      </thead>
      <tbody>
        ${row.map(
          ([header, value]) =>
            html`<tr class=${header === item.column ? 'marked' : ''}>
              <th scope="row">${header === item.column ? html`<mark>${header}</mark>` : header}</th>
              <td>${value === '' ? html`<span class="not-given">${t('rowNotGiven')}</span>` : value}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <button type="button" @click=${() => v.select(undefined)}>${t('closeRow')}</button>
  </section>`;
}
