import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { describeError } from '../api/describeError';
import { useI18n } from '../i18n/I18nContext';
import { ErrorState } from './ErrorState';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

interface ConfirmDialogProps {
  title: string;
  /** What happens, and any input the confirmation takes. */
  children: ReactNode;
  keepLabel: string;
  confirmLabel: string;
  /** Shown on the confirm button while it runs. */
  pendingLabel: string;
  /** Test ids: `{testId}-dialog`, `-keep`, `-confirm`, `-error`. */
  testId: string;
  onClose: () => void;
  /** Rejects with the API's error, which the dialog shows (and stays open). */
  onConfirm: () => Promise<void>;
}

/** "Are you sure?" for a step that cannot be undone: keep or confirm, the failure shown in place. */
export function ConfirmDialog({ title, children, keepLabel, confirmLabel, pendingLabel, testId, onClose, onConfirm }: ConfirmDialogProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>();

  const confirm = async () => {
    setPending(true);
    setError(undefined);
    try {
      await onConfirm();
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog open onOpenChange={(_event, data) => !data.open && !pending && onClose()} modalType="alert">
      <DialogSurface data-testid={`${testId}-dialog`}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.content}>
            {children}
            {error !== undefined && <ErrorState message={describeError(error, language, t)} testId={`${testId}-error`} />}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose} disabledFocusable={pending} data-testid={`${testId}-keep`}>
              {keepLabel}
            </Button>
            <Button
              appearance="primary"
              onClick={() => void confirm()}
              disabledFocusable={pending}
              icon={pending ? <Spinner size="tiny" /> : undefined}
              data-testid={`${testId}-confirm`}
            >
              {pending ? pendingLabel : confirmLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
