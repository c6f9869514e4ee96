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
