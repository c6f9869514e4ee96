import { html, type TemplateResult } from 'lit';
import type { KartaT } from './messages.js';
import type { KartaView } from './types.js';

/** The part of the element's public API the layer switches drive. */
export interface LayersHost {
  /** Whether the target-group layer is on. */
  targetGroups: boolean;
  readonly currentView: KartaView;
}

/**
 * The layers that can be shown on the map: for now target groups ("för vem"). The layer only applies
 * where insatser are drawn (the organisation view and its list), so it is off in the samverkan view.
 */
export function renderLayers(host: LayersHost, t: KartaT): TemplateResult {
  return html`<fieldset class="layers" part="layers">
    <legend class="visually-hidden">${t('layers')}</legend>
    <label class="inline"><input type="checkbox" data-layer="target-groups" ?checked=${host.targetGroups}
      ?disabled=${host.currentView === 'samverkan'}
      @change=${(e: Event) => {
        host.targetGroups = (e.target as HTMLInputElement).checked;
      }} />${t('layerTargetGroups')}</label>
  </fieldset>`;
}
