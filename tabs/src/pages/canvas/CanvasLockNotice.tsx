import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import type { CanvasSession, SessionSnapshot } from '../../canvas/canvasSession';
import { useI18n } from '../../i18n/I18nContext';

/**
 * While the conversation is closed ("Gesprek afronden"): says so, and lets either party reopen
 * the canvas ("Heropenen"). The fields are read-only meanwhile (CardTextField).
 */
export function CanvasLockNotice({ session, lock, names, myUserId }: { session: CanvasSession; lock: SessionSnapshot['lock']; names: Record<string, string>; myUserId: string }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  if (!lock) return null;
  const reopen = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await session.reopen();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <MessageBar intent={failed ? 'error' : 'info'} data-testid="canvas-locked">
      <MessageBarBody>
        {t('canvas.locked', { who: lock.by === myUserId ? 'me' : 'other', name: names[lock.by] ?? '?' })}
        {failed ? ` ${t('canvas.reopenFailed')}` : ''}
      </MessageBarBody>
      <MessageBarActions>
        <Button data-testid="canvas-reopen" disabled={busy} onClick={() => void reopen()}>
          {t('canvas.reopen')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
