import { html, type TemplateResult } from 'lit';
import type { SamordningGranskaMessageKey } from './samordning-granska.messages.js';

type T = (key: SamordningGranskaMessageKey, params?: Record<string, string | number>) => string;

export interface DropView {
  t: T;
  dragging: boolean;
  setDragging(on: boolean): void;
  read(files: FileList): void;
}

/**
 * Where staff choose or drop their files: a labelled native file input (the keyboard path) inside a
 * drop zone (an enhancement for the mouse).
 */
export function renderDrop(v: DropView): TemplateResult {
  const { t } = v;
  return html`<div
    part="drop"
    class="drop ${v.dragging ? 'dragging' : ''}"
    @dragover=${(e: DragEvent) => {
      e.preventDefault();
      v.setDragging(true);
    }}
    @dragleave=${() => v.setDragging(false)}
    @drop=${(e: DragEvent) => {
      e.preventDefault();
      v.setDragging(false);
      if (e.dataTransfer?.files.length) v.read(e.dataTransfer.files);
    }}
  >
    <label for="file">${t('fileLabel')}</label>
    <p id="file-hint" class="hint">${v.dragging ? t('dropActive') : t('fileHint')}</p>
    <input
      id="file"
      type="file"
      multiple
      accept=".xlsx,.csv,.json,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      aria-describedby="file-hint"
      @change=${(e: Event) => {
        const input = e.target as HTMLInputElement;
        if (input.files?.length) v.read(input.files);
      }}
    />
  </div>`;
}
