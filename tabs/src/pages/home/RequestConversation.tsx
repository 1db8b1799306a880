import type { PersonSummary } from '@koers/domain';
import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, Textarea, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { describeError } from '../../api/describeError';
import { ErrorState } from '../../components/ErrorState';
import { useOpenRequest, useRequestConversation } from '../../data/cycle';
import { firstName } from '../../format/names';
import { useI18n } from '../../i18n/I18nContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '480px' },
  heading: { margin: 0 },
  days: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * "Gesprek aanvragen": the employee asks, with an optional note and the days they would like it
 * in; the manager gets the same card with proposals as when they plan one themselves. Once asked,
 * the page says so (and when) instead of offering to ask again.
 */
export function RequestConversation({ manager, timeZone }: { manager: PersonSummary; timeZone: string }) {
  const { t, language, formatDateTime } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const open = useOpenRequest();
  const sending = useRequestConversation();
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [error, setError] = useState<unknown>();
  const name = firstName(manager.displayName);
  const wishProblem = (from && !to) || (!from && to) ? t('request.wishBoth') : from && to && to < from ? t('request.wishOrder') : undefined;

  const send = async () => {
    if (sending.isPending || wishProblem) return;
    setError(undefined);
    try {
      await sending.mutateAsync({ ...(note.trim() ? { note: note.trim() } : {}), ...(from && to ? { wish: { from, to } } : {}) });
      setEditing(false);
    } catch (failure) {
      setError(failure);
    }
  };

  const waiting = open.data?.request;
  return (
    <section aria-labelledby={headingId} className={styles.root} data-testid="request-conversation">
      <Text as="h4" id={headingId} size={300} weight="semibold" block className={styles.heading}>
        {t('request.title')}
      </Text>
      <div role="status" aria-live="polite">
        {waiting && (
          <MessageBar intent="success" layout="multiline" data-testid="request-sent">
            <MessageBarBody>
              <MessageBarTitle>{t('request.sentTitle')}</MessageBarTitle>
              {t('request.sent', { date: formatDateTime(waiting.at, timeZone, { dateStyle: 'long' }), manager: name })}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {!waiting && open.status !== 'pending' && (
        <>
          <Text as="p" block>
            {t('request.intro', { manager: name })}
          </Text>
          {!editing ? (
            <div>
              <Button appearance="primary" onClick={() => setEditing(true)} data-testid="request-open">
                {t('request.open')}
              </Button>
            </div>
          ) : (
            <>
              <Field label={t('request.note')} hint={t('request.noteHint', { manager: name })}>
                <Textarea value={note} maxLength={500} resize="vertical" onChange={(_e, data) => setNote(data.value)} data-testid="request-note" />
              </Field>
              <div className={styles.days}>
                <Field label={t('request.from')}>
                  <Input type="date" value={from} onChange={(_e, data) => setFrom(data.value)} data-testid="request-from" />
                </Field>
                <Field label={t('request.to')} validationMessage={wishProblem} validationState={wishProblem ? 'error' : 'none'}>
                  <Input type="date" value={to} onChange={(_e, data) => setTo(data.value)} data-testid="request-to" />
                </Field>
              </div>
              {error !== undefined && <ErrorState message={describeError(error, language, t)} testId="request-error" />}
              <div className={styles.actions}>
                <Button
                  appearance="primary"
                  disabledFocusable={sending.isPending || wishProblem !== undefined}
                  icon={sending.isPending ? <Spinner size="tiny" /> : undefined}
                  onClick={() => void send()}
                  data-testid="request-send"
                >
                  {sending.isPending ? t('request.sending') : t('request.send')}
                </Button>
                <Button appearance="secondary" onClick={() => setEditing(false)}>
                  {t('request.cancel')}
                </Button>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
