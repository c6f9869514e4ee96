import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Selection } from './context.js';

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

/**
 * The chosen matrix cell and the notice after a cell was shown in a connected search. Opening moves
 * focus to the list's heading; closing returns it to the cell's button (found again after a re-render),
 * else to the button that opened it.
 */
export class CellSelection implements ReactiveController {
  private readonly host: Host;
  private returnFocus?: HTMLElement;
  selection: Selection | undefined;
  notice = '';

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    // A removed element keeps no reference to a button of its old render.
    this.returnFocus = undefined;
  }

  /** Forgets the selection (the data or the förbund changed). */
  clear(): void {
    this.selection = undefined;
  }

  async open(selection: Selection, button: HTMLElement): Promise<void> {
    this.notice = '';
    this.returnFocus = button;
    this.selection = selection;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('.details h4')?.focus();
  }

  close(): void {
    const selection = this.selection;
    this.selection = undefined;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      if (!selection) return;
      const back = this.host.renderRoot.querySelector<HTMLElement>(
        `button[data-table="${selection.table}"][data-row="${CSS.escape(selection.row)}"][data-column="${CSS.escape(selection.column)}"]`,
      );
      (back ?? this.returnFocus)?.focus();
    });
  }

  /** Closes any list and says what a connected search now shows. */
  announce(notice: string): void {
    this.selection = undefined;
    this.notice = notice;
    this.host.requestUpdate();
  }
}
