import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

/**
 * Keyboard navigation in the matrices (`<table data-grid>`): the arrow keys move to the nearest cell
 * button in that direction (skipping cells without one, such as gaps), Home and End to the first and
 * last button of the row. Every button stays in the Tab order too, so the arrows only add speed.
 */
export class GridNavigation implements ReactiveController {
  private readonly host: Host;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.host.renderRoot.addEventListener('keydown', this.onKeydown as EventListener);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('keydown', this.onKeydown as EventListener);
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    const button = (event.target as HTMLElement).closest?.('button');
    const cell = button?.closest('td');
    const table = cell?.closest('table[data-grid]') as HTMLTableElement | null | undefined;
    if (!button || !cell || !table) return;
    const target = this.target(event.key, table, cell);
    if (target) {
      event.preventDefault();
      target.focus();
    }
  };

  private target(key: string, table: HTMLTableElement, cell: HTMLTableCellElement): HTMLElement | null {
    const rowEl = cell.parentElement as HTMLTableRowElement;
    const rows = [...table.tBodies[0]!.rows];
    const r = rows.indexOf(rowEl);
    const c = cell.cellIndex;
    const scan = (dr: number, dc: number): HTMLElement | null => {
      for (let ri = r + dr, ci = c + dc; rows[ri] && ci >= 0 && ci < rowEl.cells.length; ri += dr, ci += dc) {
        const b = rows[ri]!.cells[ci]?.querySelector('button');
        if (b) return b;
      }
      return null;
    };
    const inRow = () => [...rowEl.querySelectorAll<HTMLElement>('td button')];
    switch (key) {
      case 'ArrowRight':
        return scan(0, 1);
      case 'ArrowLeft':
        return scan(0, -1);
      case 'ArrowDown':
        return scan(1, 0);
      case 'ArrowUp':
        return scan(-1, 0);
      case 'Home':
        return inRow()[0] ?? null;
      case 'End':
        return inRow().at(-1) ?? null;
      default:
        return null;
    }
  }
}
