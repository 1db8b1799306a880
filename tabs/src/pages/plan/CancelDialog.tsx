import type { ConversationView } from '@koers/domain';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  Spinner,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { describeError } from '../../api/describeError';
import { ErrorState } from '../../components/ErrorState';
import { useI18n } from '../../i18n/I18nContext';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

interface CancelDialogProps {
  view: ConversationView;
  when: string;
  firstName: string;
  onClose(): void;
  /** Rejects with the API's error, which the dialog shows; the reason typed stays. */
  onConfirm(reason: string | undefined): Promise<void>;
}

/** "Gesprek annuleren?" with an optional reason for the employee. */
export function CancelDialog({ view, when, firstName, onClose, onConfirm }: CancelDialogProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [reason, setReason] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>();

  const confirm = async () => {
    setPending(true);
    setError(undefined);
    try {
      await onConfirm(reason.trim() || undefined);
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog open onOpenChange={(_event, data) => !data.open && !pending && onClose()} modalType="alert">
      <DialogSurface data-testid="cancel-dialog">
        <DialogBody>
          <DialogTitle>{t('plan.cancelTitle')}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text as="p" block>
              {t('plan.cancelBody', { name: view.employee.displayName, when, firstName })}
            </Text>
            <Field label={t('plan.cancelReason')} hint={t('plan.cancelReasonHint', { firstName })}>
              <Textarea value={reason} onChange={(_event, data) => setReason(data.value)} maxLength={500} resize="vertical" data-testid="cancel-reason" />
            </Field>
            {error !== undefined && <ErrorState message={describeError(error, language, t)} testId="cancel-error" />}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose} disabledFocusable={pending} data-testid="cancel-keep">
              {t('plan.cancelKeep')}
            </Button>
            <Button
              appearance="primary"
              onClick={() => void confirm()}
              disabledFocusable={pending}
              icon={pending ? <Spinner size="tiny" /> : undefined}
              data-testid="cancel-confirm"
            >
              {pending ? t('plan.cancelling') : t('plan.cancelConfirm')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
