import type { ReactiveController, ReactiveControllerHost } from 'lit';

const QUERY = '(forced-colors: active)';

/**
 * Calls `onChange` when forced colours (Windows high contrast) are turned on or off while the host is
 * on the page: the canvas draws with colours read once, so it must take them again.
 */
export class ForcedColoursController implements ReactiveController {
  private _media: MediaQueryList | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof matchMedia !== 'function') return;
    this._media = matchMedia(QUERY);
    this._media.addEventListener('change', this._changed);
  }

  hostDisconnected(): void {
    this._media?.removeEventListener('change', this._changed);
    this._media = undefined;
  }

  private _changed = (): void => this.onChange();
}
