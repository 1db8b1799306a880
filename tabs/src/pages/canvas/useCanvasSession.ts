import type { CanvasView } from '@koers/domain';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { CanvasApi } from '../../api/canvasApi';
import { afterNextPaint } from '../../hooks/afterNextPaint';
import { CanvasSession, loadCanvasMessages, waitsForCanvasMessages, type SessionSnapshot } from '../../canvas/canvasSession';

/** One CanvasSession per opened canvas, closed when the page goes away. */
export function useCanvasSession(view: CanvasView, userId: string, api: CanvasApi): { session: CanvasSession; snapshot: SessionSnapshot } {
  const [session] = useState(() => new CanvasSession(view, userId, api.transport(view.canvas.id), window.localStorage));
  useEffect(() => {
    // Connects once the board has painted: the person sees it first, and its live channel (a
    // negotiation and a chunk of code) does not hold up that paint.
    const cancelStart = afterNextPaint(() => session.start());
    const leave = () => session.close();
    window.addEventListener('pagehide', leave);
    return () => {
      cancelStart();
      window.removeEventListener('pagehide', leave);
      session.close();
    };
  }, [session]);
  const snapshot = useSyncExternalStore(
    (onChange) => session.subscribe(onChange),
    () => session.current(),
  );
  return { session, snapshot };
}

/**
 * Whether this person's session of the canvas can be made now: only an outbox a previous page left
 * in storage waits for its validation to arrive ('waiting'; 'failed' offers to try again).
 */
export function useCanvasSessionReady(canvasId: string | undefined, userId: string): { state: 'ready' | 'waiting' | 'failed'; retry: () => void } {
  const waits = canvasId !== undefined && waitsForCanvasMessages(window.localStorage, canvasId, userId);
  const [outcome, setOutcome] = useState<{ canvasId: string | undefined; ok: boolean }>();
  useEffect(() => {
    if (!waits) return;
    let current = true;
    loadCanvasMessages().then(
      () => current && setOutcome({ canvasId, ok: true }),
      () => current && setOutcome({ canvasId, ok: false }),
    );
    return () => {
      current = false;
    };
  }, [waits, canvasId]);
  const known = outcome?.canvasId === canvasId ? outcome : undefined;
  const state = !waits || known?.ok === true ? 'ready' : known?.ok === false ? 'failed' : 'waiting';
  // A browser keeps a failed import() of a file for the page's lifetime: trying again means loading
  // the page again. The unsent edits stay in storage for it.
  return { state, retry: () => window.location.reload() };
}
