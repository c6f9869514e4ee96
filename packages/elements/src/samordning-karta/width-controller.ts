import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextFrame } from './frames.js';

/** The host's width in CSS px (0 until measured), kept up to date; `onResize` runs after a change. */
export class WidthController implements ReactiveController {
  width = 0;
  private _observer: ResizeObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onResize: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this._observer = new ResizeObserver((entries) => {
      const w = Math.round(entries[0]?.contentRect.width ?? 0);
      // Next frame: changing the layout inside the observer's callback would loop.
      void nextFrame().then(() => {
        if (w !== this.width) {
          this.width = w;
          this.host.requestUpdate();
        }
        this.onResize();
      });
    });
    this._observer.observe(this.host);
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
  }

  /** Measures once up front: the observer reports only with frames, and a background tab gets none. */
  hostUpdate(): void {
    if (this.width === 0 && this.host.isConnected)
      this.width = Math.round(this.host.getBoundingClientRect().width);
  }
}
