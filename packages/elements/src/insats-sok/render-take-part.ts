import { errorReportLink, type Service, safeUrl } from '@samordningskartan/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { RenderContext } from './render-context.js';

/**
 * How employers and associations take part in an insats: the ways the data names and its own words.
 * Nothing when the insats says neither.
 */
export function renderParticipation(ctx: RenderContext, s: Service): TemplateResult | typeof nothing {
  const p = s.participation;
  if (!p?.ways?.length && !p?.description) return nothing;
  const d = ctx.text(p.description);
  return html`<h3>${ctx.t('takePart')}</h3>
    ${p.ways?.length ? html`<ul class="plain" part="participation">${p.ways.map((w) => html`<li>✓ ${ctx.t(`participation_${w}`)}</li>`)}</ul>` : nothing}
    ${d.text ? html`<p class="prose" lang=${ifDefined(d.lang)}>${d.text}</p>` : nothing}`;
}

/** The page that says how to apply, register or be referred; only when it is a safe address. */
export function renderAccessLink(ctx: RenderContext, s: Service): TemplateResult | typeof nothing {
  const url = safeUrl(s.access?.url);
  return url
    ? html`<p><a part="access-link" href=${url} rel="noopener noreferrer">${ctx.t('accessLink')}</a></p>`
    : nothing;
}

/**
 * Whom to contact when the insats names no contact point: the web pages of its providers, as the
 * data gives them; else "not given" (never an invented address).
 */
export function renderContactFallback(ctx: RenderContext, s: Service): TemplateResult {
  const sites = s.providers.flatMap((id) => {
    const url = safeUrl(ctx.dataset.organisation(id)?.website);
    return url ? [{ url, name: ctx.dataset.label(id, ctx.lang) }] : [];
  });
  return html`<h3>${ctx.t('contacts')}</h3>
    ${
      sites.length
        ? html`<ul class="plain contacts">
            ${sites.map((w) => html`<li><strong>${w.name}</strong><br /><a href=${w.url} rel="noopener noreferrer">${w.url}</a></li>`)}
          </ul>`
        : html`<p part="no-contact">${ctx.t('noContact')}</p>`
    }`;
}

/**
 * "Rapportera fel i uppgiften": a mailto with the insats's name and id, or the dataset's form.
 * Hidden when the data gives no address.
 */
export function renderErrorReport(ctx: RenderContext, s: Service): TemplateResult | typeof nothing {
  const href = errorReportLink(s, ctx.dataset.meta, ctx.lang);
  return href
    ? html`<p class="no-print"><a part="error-report" href=${href} rel="noopener noreferrer">${ctx.t('reportError')}</a></p>`
    : nothing;
}
