import { Body1, Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { isHeld, type CanvasView } from '@koers/domain';
import { useId, useRef, useState } from 'react';
import { describeError } from '../../api/describeError';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useCompleteConversation } from '../../data/conversation';
import { useCreatePop } from '../../data/popWrites';
import { periodLabel } from '../../format/when';
import { navigateToHash } from '../../hooks/useHashRoute';
import { useI18n } from '../../i18n/I18nContext';
import { popHref } from '../../routes';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * The end of the Koerskaart: either party marks the conversation held ("Gesprek afronden"), and
 * then makes the POP from its Afspraken cards right here — or opens the plan that already exists
 * (one plan per conversation: the create is idempotent and answers with that plan). Held before
 * its planned time, the meeting is cancelled in both calendars: that is asked first.
 */
export function CompleteConversation({ view, timeZone }: { view: CanvasView; timeZone: string }) {
  const styles = useStyles();
  const { t, language, locale } = useI18n();
  const [confirmingEarly, setConfirmingEarly] = useState(false);
  const headingId = useId();
  const [held, setHeld] = useState(() => isHeld(view.conversation, new Date()));
  const [busy, setBusy] = useState<'complete' | 'pop'>();
  const [error, setError] = useState<unknown>();
  // One key for the "make a plan" intent, kept across retries.
  const requestId = useRef(crypto.randomUUID());
  const completion = useCompleteConversation();
  const popCreation = useCreatePop();
  const conversationId = view.conversation.id;
  if (view.conversation.status === 'geannuleerd') return null;

  const run = async (what: 'complete' | 'pop', action: () => Promise<void>) => {
    if (busy) return;
    setBusy(what);
    setError(undefined);
    try {
      await action();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(undefined);
    }
  };
  const markHeld = async () => {
    await completion.mutateAsync(conversationId);
    setHeld(true);
  };
  const { start, end, status } = view.conversation;
  // Before its planned start, finishing asks first.
  const complete = () => (status === 'gepland' && start !== undefined && Date.parse(start) > Date.now() ? setConfirmingEarly(true) : void run('complete', markHeld));
  const makePop = () =>
    run('pop', async () => {
      const answer = await popCreation.mutateAsync({ employeeId: view.employee.id, conversationId, requestId: requestId.current });
      navigateToHash(popHref(answer.pop.id));
    });

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="canvas-complete" data-held={held}>
      <Text as="h2" size={500} weight="semibold" id={headingId}>
        {t('canvas.complete.title')}
      </Text>
      <Body1 role="status" data-testid={held ? 'canvas-held' : undefined}>
        {held ? t('canvas.complete.held') : t('canvas.complete.intro')}
      </Body1>
      <div className={styles.actions}>
        {held ? (
          <Button appearance="primary" data-testid="canvas-make-pop" disabledFocusable={busy !== undefined} onClick={() => void makePop()}>
            {busy === 'pop' ? t('pop.creating') : t('pop.fromConversation')}
          </Button>
        ) : (
          <Button appearance="primary" data-testid="canvas-complete-button" disabledFocusable={busy !== undefined} onClick={complete}>
            {busy === 'complete' ? t('canvas.complete.busy') : t('canvas.complete.button')}
          </Button>
        )}
      </div>
      {confirmingEarly && start !== undefined && (
        <ConfirmDialog
          title={t('canvas.complete.earlyTitle')}
          keepLabel={t('canvas.complete.earlyKeep')}
          confirmLabel={t('canvas.complete.earlyConfirm')}
          pendingLabel={t('canvas.complete.busy')}
          testId="complete-early"
          onClose={() => setConfirmingEarly(false)}
          onConfirm={async () => {
            await markHeld();
            setConfirmingEarly(false);
          }}
        >
          <Text as="p" block>
            {t('canvas.complete.earlyBody', { when: periodLabel(start, end, timeZone, locale) })}
          </Text>
        </ConfirmDialog>
      )}
      {error !== undefined && (
        <MessageBar intent="error" data-testid="canvas-complete-error">
          <MessageBarBody>{describeError(error, language, t)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
