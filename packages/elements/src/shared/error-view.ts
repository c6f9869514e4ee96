import { formatProblem, type Lang, type LoadResult } from '@samordningskartan/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { LoadError, LoadErrorReason } from './load-error.js';
import type { Messages } from './messages.js';

type Fix = Exclude<LoadErrorReason, 'network' | 'timeout' | 'server' | 'unknown'> | 'transient';

/** Keys of the error and loading views; every element merges these into its catalogue. */
export type StatusMessageKey =
  | 'errorTitle'
  | 'errorTransient'
  | 'errorPermanent'
  | 'errorDetails'
  | 'retry'
  | 'loading'
  | 'noData'
  | 'dataNotice'
  | 'dataNoticeList'
  | `fix_${Fix}`;

/** Texts of the shared error and loading views. An element may override `errorTitle` and `loading`. */
export const STATUS_MESSAGES: Messages<StatusMessageKey> = {
  sv: {
    errorTitle: 'Uppgifterna kunde inte visas',
    errorTransient:
      'Uppgifterna gick inte att hämta just nu. Det beror troligen på nätverket eller på servern. Försök igen om en stund.',
    errorPermanent:
      'Det beror på ett fel på webbplatsen, inte på dig. Webbplatsens ansvariga behöver rätta det.',
    errorDetails: 'Teknisk information för webbansvarig',
    retry: 'Försök igen',
    loading: 'Laddar uppgifterna …',
    noData: 'Ingen datakälla är angiven.',
    dataNotice:
      'Datafilen har fel: {errors}, och varningar: {warnings}. Det som ett fel gäller visas inte; värden med varning har rättats eller tagits bort. Resten visas.',
    dataNoticeList: 'Visa varje problem och var det finns',
    fix_transient:
      'Om felet består: kontrollera att servern är igång och att adressen i src kan hämtas från den här sidan (CORS).',
    'fix_not-found': 'Datafilen finns inte på adressen i src. Rätta adressen eller lägg upp filen där.',
    fix_http: 'Servern lämnar inte ut datafilen. Kontrollera adressen i src och serverns behörigheter.',
    'fix_not-json':
      'Adressen i src ger inte en JSON-fil. Rätta adressen, eller kontrollera filen med ”samordningskartan validate”.',
    fix_empty: 'Datafilen är tom. Lägg upp filen på nytt.',
    'fix_format-version':
      'Datafilen har en formatversion som den här versionen av elementen inte kan läsa. Uppdatera elementen eller spara filen i format 1.',
    fix_shape:
      'Datafilen har fel form: den ska vara ett JSON-objekt med formatVersion, organisations och services.',
    fix_invalid:
      'Ingen post i datafilen är giltig. Rätta felen nedan, till exempel med ”samordningskartan validate”.',
  },
  en: {
    errorTitle: 'The information could not be shown',
    errorTransient:
      'The information could not be fetched just now, probably because of the network or the server. Please try again in a moment.',
    errorPermanent:
      'This is a fault on the website, not yours. The people running the website need to fix it.',
    errorDetails: 'Technical details for the webmaster',
    retry: 'Try again',
    loading: 'Loading the information …',
    noData: 'No data source is given.',
    dataNotice:
      'The data file has errors: {errors}, and warnings: {warnings}. What an error concerns is not shown; values with a warning were corrected or removed. The rest is shown.',
    dataNoticeList: 'Show each problem and where it is',
    fix_transient:
      'If it persists: check that the server is up and that the address in src can be fetched from this page (CORS).',
    'fix_not-found':
      'There is no data file at the address in src. Correct the address or upload the file there.',
    fix_http:
      'The server does not hand out the data file. Check the address in src and the server’s permissions.',
    'fix_not-json':
      'The address in src does not give a JSON file. Correct the address, or check the file with “samordningskartan validate”.',
    fix_empty: 'The data file is empty. Upload the file again.',
    'fix_format-version':
      'The data file has a format version this version of the elements cannot read. Update the elements or save the file in format 1.',
    fix_shape:
      'The data file has the wrong shape: it must be a JSON object with formatVersion, organisations and services.',
    fix_invalid:
      'No record in the data file is valid. Fix the errors below, for example with “samordningskartan validate”.',
  },
};

/**
 * The one error view of every element: a heading, what went wrong in plain words, what the webmaster
 * must fix and the technical details folded away, and "Försök igen" only when trying again can help
 * (network errors, timeouts, 5xx). Rendered with `role="alert"` so it is announced when it appears.
 */
export function renderErrorView(
  error: LoadError,
  t: (key: StatusMessageKey) => string,
  lang: Lang,
  retry: () => void,
): TemplateResult {
  const fix: Fix = error.transient ? 'transient' : (error.reason as Fix);
  const details = error.problems.length
    ? error.problems.map((p) => formatProblem(p, lang))
    : [String(error.cause ?? error.message)];
  return html`<div class="sk-error" part="error" role="alert">
    <h2>${t('errorTitle')}</h2>
    <p>${error.transient ? t('errorTransient') : t('errorPermanent')}</p>
    ${
      error.transient
        ? html`<p><button type="button" class="primary" part="retry" @click=${retry}>${t('retry')}</button></p>`
        : nothing
    }
    <details>
      <summary>${t('errorDetails')}</summary>
      <p>${t(`fix_${fix}`)}</p>
      <ul>
        ${details.map((d) => html`<li>${d}</li>`)}
      </ul>
    </details>
  </div>`;
}

/**
 * The loading view: a status line and a progress bar, determinate when the size is known.
 * `aria-busy` tells assistive technology the region is not ready.
 */
export function renderLoadingView(label: string, loaded?: number, total?: number): TemplateResult {
  return html`<div class="sk-loading" part="loading" aria-busy="true">
    <p id="sk-loading-label" role="status">${label}</p>
    ${
      loaded !== undefined && total
        ? html`<progress aria-labelledby="sk-loading-label" max=${total} .value=${loaded}></progress>`
        : html`<progress aria-labelledby="sk-loading-label"></progress>`
    }
  </div>`;
}

/**
 * The notice for webmasters (shown with `debug`) when the data loaded with problems: how many errors
 * (what they concern is not shown) and warnings (values corrected or removed), and each with its
 * place. Visitors see the valid rest without it; the console gets the errors either way.
 */
export function renderDataNotice(
  debug: boolean,
  result: Pick<LoadResult, 'problems' | 'errors' | 'warnings'> | undefined,
  t: (key: StatusMessageKey, params?: Record<string, string | number>) => string,
  lang: Lang,
): TemplateResult | typeof nothing {
  if (!debug || !result?.problems.length) return nothing;
  return html`<div class="sk-notice" part="notice data-notice" role="status">
    <p>${t('dataNotice', { errors: result.errors, warnings: result.warnings })}</p>
    <details>
      <summary>${t('dataNoticeList')}</summary>
      <ul>
        ${result.problems.map((p) => html`<li>${formatProblem(p, lang)}</li>`)}
      </ul>
    </details>
  </div>`;
}
