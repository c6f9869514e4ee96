import type { Collection } from 'cytoscape';

/** No animation under prefers-reduced-motion, nor in a hidden tab (it would never advance). */
export function reducedMotion(): boolean {
  return (
    document.hidden ||
    (typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches)
  );
}

/** After the next frame, or after 50 ms in a background tab (which gets no animation frames). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        resolve();
      }
    };
    requestAnimationFrame(() => setTimeout(finish, 0));
    setTimeout(finish, 50);
  });
}

/**
 * What an expanded förbund newly shows fades in, so the eye sees what came; at once under reduced
 * motion. Only opacity changes: positions are final from the start, so the layout snapshot and the
 * readability figures never see a half-moved map.
 */
export function fadeIn(eles: Collection, duration = 250): void {
  if (eles.empty() || reducedMotion()) return;
  eles.style('opacity', 0);
  eles.animate({ style: { opacity: 1 } }, { duration, complete: () => void eles.removeStyle('opacity') });
}
