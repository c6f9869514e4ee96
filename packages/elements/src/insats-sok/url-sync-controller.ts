import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type InsatsSokState, readState, writeState } from './url-state.js';

/** What the URL-sync controller needs from its element. */
export interface UrlSyncHost extends ReactiveControllerHost, HTMLElement {
  /** Write the state into the page URL (the `sync-url` attribute). */
  readonly syncUrl: boolean;
  /** The current state, what a shareable link holds. */
  readonly state: InsatsSokState;
  /** Takes a state from the URL (a deep link, or the back button). */
  applyState(state: InsatsSokState | undefined): void;
}

/**
 * Keeps `<insats-sok>`'s state and the page URL together: reads a deep link once when the element
 * first connects; with `sync-url`, writes every change into the URL (a new history entry for a
 * filter or an opened insats, the same entry while typing) and follows the back and forward buttons.
 */
export class UrlSyncController implements ReactiveController {
  private readonly host: UrlSyncHost;
  private pending: 'push' | 'replace' | 'none' = 'none';
  private read = false;

  constructor(host: UrlSyncHost) {
    this.host = host;
    host.addController(this);
  }

  /** Records that the state changed; the URL follows after the update. */
  changed(mode: 'push' | 'replace'): void {
    // A push (a new entry) wins over a replace within one update.
    if (this.pending !== 'push') this.pending = mode;
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
    if (!this.read) {
      this.read = true;
      this.host.applyState(readState(new URLSearchParams(location.search)));
    }
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  hostUpdated(): void {
    const mode = this.pending;
    this.pending = 'none';
    if (mode === 'none' || !this.host.syncUrl) return;
    const url = new URL(location.href);
    writeState(url.searchParams, this.host.state);
    if (url.href === location.href) return;
    if (mode === 'push') history.pushState({ insatsSok: true }, '', url);
    else history.replaceState(history.state, '', url);
  }

  private onPopState = (): void => {
    if (!this.host.syncUrl) return;
    this.host.applyState(readState(new URLSearchParams(location.search)));
    this.pending = 'none';
  };
}
