/**
 * Runs `work` once the browser has painted what was just rendered: for what a screen starts after
 * it shows (its live connection, the code of its menus), so that none of it delays or competes
 * with that first paint. A hidden page paints no frames; the timer then runs it anyway.
 * Returns a function that cancels it.
 */
export function afterNextPaint(work: () => void, latestMs = 200): () => void {
  let done = false;
  let timer: number | undefined;
  const run = () => {
    if (done) return;
    done = true;
    if (frame) window.cancelAnimationFrame(frame);
    window.clearTimeout(timer);
    window.clearTimeout(fallback);
    work();
  };
  // The animation frame comes just before the paint; the task queued from it runs after.
  const frame = typeof window.requestAnimationFrame === 'function' ? window.requestAnimationFrame(() => (timer = window.setTimeout(run, 0))) : 0;
  const fallback = window.setTimeout(run, latestMs);
  return () => {
    done = true;
    if (frame) window.cancelAnimationFrame(frame);
    window.clearTimeout(timer);
    window.clearTimeout(fallback);
  };
}
