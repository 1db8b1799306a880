import { Text } from '@fluentui/react-components';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../i18n/I18nContext';

interface DeleteDialogProps {
  title: string;
  onClose: () => void;
  /** Rejects with the API's error, which the dialog shows. */
  onConfirm: () => Promise<void>;
}

/** "Verwijderen?" — an own entry only; automatic ones have no delete. */
export function DeleteDialog({ title, onClose, onConfirm }: DeleteDialogProps) {
  const { t } = useI18n();
  return (
    <ConfirmDialog
      title={t('portfolio.deleteTitle')}
      keepLabel={t('portfolio.keep')}
      confirmLabel={t('portfolio.deleteConfirm')}
      pendingLabel={t('portfolio.deleting')}
      testId="delete"
      onClose={onClose}
      onConfirm={onConfirm}
    >
      <Text as="p" block>
        {t('portfolio.deleteBody', { title })}
      </Text>
    </ConfirmDialog>
  );
}
