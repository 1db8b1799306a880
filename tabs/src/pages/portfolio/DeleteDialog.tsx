import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Spinner, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { describeError } from '../../api/describeError';
import { ErrorState } from '../../components/ErrorState';
import { useI18n } from '../../i18n/I18nContext';

interface DeleteDialogProps {
  title: string;
  onClose(): void;
  /** Rejects with the API's error, which the dialog shows. */
  onConfirm(): Promise<void>;
}

/** "Verwijderen?" — an own entry only; automatic ones have no delete. */
export function DeleteDialog({ title, onClose, onConfirm }: DeleteDialogProps) {
  const { t, language } = useI18n();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>();

  const confirm = async () => {
    setPending(true);
    setError(undefined);
    try {
      await onConfirm();
    } catch (failure) {
      setError(failure);
      setPending(false);
    }
  };

  return (
    <Dialog open onOpenChange={(_event, data) => !data.open && !pending && onClose()} modalType="alert">
      <DialogSurface data-testid="delete-dialog">
        <DialogBody>
          <DialogTitle>{t('portfolio.deleteTitle')}</DialogTitle>
          <DialogContent>
            <Text as="p" block>
              {t('portfolio.deleteBody', { title })}
            </Text>
            {error !== undefined && <ErrorState message={describeError(error, language, t)} testId="delete-error" />}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose} disabledFocusable={pending} data-testid="delete-keep">
              {t('portfolio.keep')}
            </Button>
            <Button
              appearance="primary"
              onClick={() => void confirm()}
              disabledFocusable={pending}
              icon={pending ? <Spinner size="tiny" /> : undefined}
              data-testid="delete-confirm"
            >
              {pending ? t('portfolio.deleting') : t('portfolio.deleteConfirm')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
