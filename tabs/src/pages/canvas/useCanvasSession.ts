import type { CanvasView } from '@koers/domain';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { CanvasApi } from '../../api/canvasApi';
import { CanvasSession, type SessionSnapshot } from '../../canvas/canvasSession';

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
