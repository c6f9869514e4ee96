import { type LocalizedText, type Service, safeUrl } from '@samordningskartan/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDate, formatNumber } from '../shared/format.js';
import { ageText, freshness, names, type RenderContext } from './render-context.js';
import {
  renderAccessLink,
  renderContactFallback,
  renderErrorReport,
  renderParticipation,
} from './render-take-part.js';

export interface DetailHandlers {
  back: () => void;
  print: () => void;
  keydown: (e: KeyboardEvent) => void;
  shareHref: string;
}

/** The detail view of one insats: everything a person or case worker needs, links only when safe. */
export function renderDetail(ctx: RenderContext, s: Service, h: DetailHandlers): TemplateResult {
  const { t, dataset } = ctx;
  const fresh = freshness(ctx, s);
  const kommuner = dataset.municipalitiesOf(s).map((c) => dataset.municipalityName(c) ?? c);
  const access = s.access;
  const orgs = new Map<string, Set<string>>();
  const role = (id: string, r: string) => orgs.set(id, (orgs.get(id) ?? new Set()).add(r));
  for (const p of s.providers) role(p, t('role_provider'));
  for (const f of s.funding ?? []) role(f.funder, t('role_funder'));
  for (const r of dataset.relationsOf(s.id, { kind: 'funds', direction: 'in' }))
    role(r.from, t('role_funder'));
  for (const r of dataset.relationsOf(s.id, { kind: 'steeringGroupOf', direction: 'in' }))
    role(r.from, t('role_steering'));
  const period =
    s.period && (s.period.start || s.period.end)
      ? `${s.period.start ?? ''}–${s.period.end ?? t('periodOngoing')}`
      : '';
  const links = (s.links ?? []).flatMap((l) => {
    const url = safeUrl(l.url);
    const label = ctx.text(l.label);
    return url ? [{ url, label: label.text ? label : { text: url, lang: undefined } }] : [];
  });
  const age = ageText(ctx, s);
  const financing = dataset.financingOf(s);
  // The period wins over a stale stated status; the stated one is still shown.
  const status = dataset.statusOf(s);
  return html`
    <section class="detail" part="detail" aria-labelledby="detail-title" @keydown=${h.keydown}>
      <div class="detail-actions no-print">
        <button type="button" part="back" class="back" @click=${h.back}>← ${t('back')}</button>
        <button type="button" part="print" @click=${h.print}>${t('print')}</button>
      </div>
      ${inLang(ctx, s.name, (v, lang) => html`<h2 id="detail-title" tabindex="-1" lang=${ifDefined(lang)}>${v}</h2>`)}
      <p class="meta">
        <span class="tag">${t(`serviceKind_${s.kind}`)}</span>
        <span class="tag">${t(`status_${status}`)}</span>
        ${status !== s.status ? html`<span class="tag">${t('statusStated', { status: t(`status_${s.status}`) })}</span>` : nothing}
        <span class="tag">${financing ? t(`financing_${financing}`) : t('financingNotGiven')}</span>
      </p>
      ${s.summary ? inLang(ctx, s.summary, (v, lang) => html`<p class="lead" lang=${ifDefined(lang)}>${v}</p>`) : nothing}
      ${s.description ? html`<h3>${t('description')}</h3>${inLang(ctx, s.description, (v, lang) => html`<p class="prose" lang=${ifDefined(lang)}>${v}</p>`)}` : nothing}
      ${s.easyRead ? html`<h3>${t('easyRead')}</h3>${inLang(ctx, s.easyRead, (v, lang) => html`<p class="prose" lang=${ifDefined(lang)}>${v}</p>`)}` : nothing}
      <dl class="facts">
        ${fact(t('audience'), (s.audience ?? []).map((a) => t(`audience_${a}`)).join(', '))}
        ${fact(t('targetGroups'), names(ctx, s.targetGroups).join(', '))}
        ${fact(t('age'), age || t('allAges'))}
        ${fact(t('municipalities'), kommuner.join(', '))}
        ${fact(t('period'), period)}
        ${fact(t('capacity'), s.capacity ? t('quantity', { value: formatNumber(ctx.lang, s.capacity.value), unit: t(`unit_${s.capacity.unit}`) }) + (s.capacity.note ? ` (${ctx.text(s.capacity.note).text})` : '') : '')}
        ${fact(t('methods'), names(ctx, s.methods).join(', '))}
      </dl>
      ${
        access
          ? html`<h3>${t('howToGetThere')}</h3>
              ${
                access.referral || access.selfReferral
                  ? html`<ul class="plain">
                      ${access.referral ? html`<li>✓ ${t('referral')}</li>` : nothing}
                      ${access.selfReferral ? html`<li>✓ ${t('selfReferral')}</li>` : nothing}
                    </ul>`
                  : nothing
              }
              ${access.referrers?.length ? html`<p><strong>${t('referrers')}:</strong> ${names(ctx, access.referrers).join(', ')}</p>` : nothing}
              ${access.description ? inLang(ctx, access.description, (v, lang) => html`<p class="prose" lang=${ifDefined(lang)}>${v}</p>`) : nothing}
              ${renderAccessLink(ctx, s)}`
          : html`<h3>${t('howToGetThere')}</h3><p>${t('accessNotGiven')}</p>`
      }
      ${renderParticipation(ctx, s)}
      ${
        s.contactPoints?.length
          ? html`<h3>${t('contacts')}</h3>
              <ul class="plain contacts">
                ${s.contactPoints.map((c) => {
                  const mail = c.email ? safeUrl(`mailto:${c.email}`) : undefined;
                  const tel = c.phone ? safeUrl(`tel:${c.phone.replace(/[\s-]/g, '')}`) : undefined;
                  const web = safeUrl(c.url);
                  return html`<li>
                    ${inLang(ctx, c.name, (v, lang) => html`<strong lang=${ifDefined(lang)}>${v}</strong>`)}
                    ${c.description ? html`<br />${inLang(ctx, c.description, (v, lang) => html`<span lang=${ifDefined(lang)}>${v}</span>`)}` : nothing}
                    ${mail ? html`<br /><a href=${mail}>${c.email}</a>` : nothing}
                    ${tel ? html`<br /><a href=${tel}>${c.phone}</a>` : nothing}
                    ${web ? html`<br /><a href=${web} rel="noopener noreferrer">${c.url}</a>` : nothing}
                  </li>`;
                })}
              </ul>`
          : renderContactFallback(ctx, s)
      }
      ${
        links.length
          ? html`<h3>${t('links')}</h3>
              <ul class="plain">
                ${links.map((l) => html`<li><a href=${l.url} rel="noopener noreferrer" lang=${ifDefined(l.label.lang)}>${l.label.text}</a></li>`)}
              </ul>`
          : nothing
      }
      ${
        orgs.size
          ? html`<h3>${t('organisations')}</h3>
              <ul class="plain">
                ${[...orgs].map(([id, roles]) => html`<li>${dataset.label(id, ctx.lang)} (${[...roles].join(', ')})</li>`)}
              </ul>`
          : nothing
      }
      <p class="fresh ${fresh.stale ? 'stale' : ''}">
        ${fresh.date ? (fresh.stale ? html`<span aria-hidden="true">⚠ </span>${t('stale', { date: formatDate(ctx.lang, fresh.date) })}` : t('verified', { date: formatDate(ctx.lang, fresh.date) })) : nothing}
      </p>
      <p class="no-print"><a part="share-link" href=${h.shareHref}>${t('shareLink')}</a></p>
      ${renderErrorReport(ctx, s)}
    </section>
  `;
}

/** Renders a text from the data through `wrap`, with the `lang` it needs when not the UI's. */
function inLang(
  ctx: RenderContext,
  value: LocalizedText | undefined,
  wrap: (text: string, lang: string | undefined) => TemplateResult,
): TemplateResult {
  const d = ctx.text(value);
  return wrap(d.text, d.lang);
}

function fact(label: string, value: string) {
  return value ? html`<div><dt>${label}</dt><dd>${value}</dd></div>` : nothing;
}
