import type { CanvasView } from '@koers/domain';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { CanvasApi } from '../../api/canvasApi';
import { CanvasSession, loadCanvasMessages, waitsForCanvasMessages, type SessionSnapshot } from '../../canvas/canvasSession';

/** One CanvasSession per opened canvas, closed when the page goes away. */
export function useCanvasSession(view: CanvasView, userId: string, api: CanvasApi): { session: CanvasSession; snapshot: SessionSnapshot } {
  const [session] = useState(() => new CanvasSession(view, userId, api.transport(view.canvas.id), window.localStorage));
  useEffect(() => {
    session.start();
    const leave = () => session.close();
    window.addEventListener('pagehide', leave);
    return () => {
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
  const [attempt, setAttempt] = useState(0);
  const [outcome, setOutcome] = useState<{ attempt: number; ok: boolean }>();
  useEffect(() => {
    if (!waits) return;
    let current = true;
    loadCanvasMessages().then(
      () => current && setOutcome({ attempt, ok: true }),
      () => current && setOutcome({ attempt, ok: false }),
    );
    return () => {
      current = false;
    };
  }, [waits, attempt]);
  const state = !waits || (outcome?.attempt === attempt && outcome.ok) ? 'ready' : outcome?.attempt === attempt ? 'failed' : 'waiting';
  return { state, retry: () => setAttempt(attempt + 1) };
}
