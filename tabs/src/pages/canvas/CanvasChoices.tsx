import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { MeResponse } from '@koers/contracts';
import { useState } from 'react';
import { describeError } from '../../api/describeError';
import { ErrorState } from '../../components/ErrorState';
import { useCreateCanvas } from '../../data/canvas';
import { useConversations } from '../../data/conversation';
import { shown } from '../../data/shown';
import { navigateToHash } from '../../hooks/useHashRoute';
import { useI18n } from '../../i18n/I18nContext';
import { canvasHref } from '../../routes';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
});

/**
 * My conversations to open, and a new canvas to start without a booked meeting. Inside a Teams
 * meeting (`meetingId`) the new one is linked to that meeting: the side panel finds it next time.
 */
export function CanvasChoices({ me, meetingId }: { me: MeResponse; meetingId?: string }) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const mine = shown(useConversations('mine'));
  const team = shown(useConversations('team', { enabled: me.reports.length > 0 }));
  const creation = useCreateCanvas();
  const [error, setError] = useState<unknown>();
  const start = async (employeeId?: string) => {
    try {
      const view = await creation.mutateAsync(meetingId ? { meetingId, employeeId: employeeId ?? me.me.id } : employeeId ? { employeeId } : {});
      navigateToHash(canvasHref(view.canvas.id));
    } catch (e) {
      setError(e);
    }
  };
  const names = new Map([...me.reports.map((r) => [r.id, r.displayName] as const), ...(me.manager ? [[me.manager.id, me.manager.displayName] as const] : [])]);
  const conversations = [...(mine.status === 'ready' ? mine.data.items : []), ...(team.status === 'ready' ? team.data.items : [])].filter((c) => c.status !== 'geannuleerd');

  return (
    <>
      {error !== undefined && <ErrorState message={describeError(error, language, t)} onRetry={() => setError(undefined)} />}
      <div className={styles.list} data-testid="canvas-choices">
        {conversations.length === 0 && <p>{t('canvas.pickEmpty')}</p>}
        {conversations.map((c) => (
          <a key={c.id} href={canvasHref(c.id)} data-testid="canvas-conversation">
            {t('canvas.conversationWith', { name: names.get(c.employeeId === me.me.id ? c.managerId : c.employeeId) ?? '?' })}
          </a>
        ))}
        {me.reports.map((r) => (
          <Button key={r.id} data-testid="start-canvas" data-employee={r.id} onClick={() => void start(r.id)}>
            {t('canvas.startWith', { name: r.displayName })}
          </Button>
        ))}
        {me.manager && (
          <Button data-testid="start-canvas" onClick={() => void start()}>
            {t('canvas.startWithManager')}
          </Button>
        )}
      </div>
    </>
  );
}
