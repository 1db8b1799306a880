import { Button, Field, Input, makeStyles, Spinner, Textarea, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { describeError } from '../../api/describeError';
import { ErrorState } from '../../components/ErrorState';
import { useRequestConversation } from '../../data/cycle';
import { useI18n } from '../../i18n/I18nContext';

const useStyles = makeStyles({
  days: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * The request itself: an optional note and the days it would best be in. Its code (Fluent's
 * Field, Input and Textarea) arrives when "Gesprek aanvragen" is chosen; the keyboard lands in
 * the note. `onClose`: sent or cancelled.
 */
export function RequestConversationForm({ managerName, onClose }: { managerName: string; onClose: () => void }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const sending = useRequestConversation();
  const [note, setNote] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [error, setError] = useState<unknown>();
  const first = useRef<HTMLTextAreaElement>(null);
  const wishProblem = (from && !to) || (!from && to) ? t('request.wishBoth') : from && to && to < from ? t('request.wishOrder') : undefined;

  useEffect(() => first.current?.focus(), []);

  const send = async () => {
    if (sending.isPending || wishProblem) return;
    setError(undefined);
    try {
      await sending.mutateAsync({ ...(note.trim() ? { note: note.trim() } : {}), ...(from && to ? { wish: { from, to } } : {}) });
      onClose();
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <>
      <Field label={t('request.note')} hint={t('request.noteHint', { manager: managerName })}>
        <Textarea ref={first} value={note} maxLength={500} resize="vertical" onChange={(_e, data) => setNote(data.value)} data-testid="request-note" />
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
        <Button appearance="secondary" onClick={onClose}>
          {t('request.cancel')}
        </Button>
      </div>
    </>
  );
}
