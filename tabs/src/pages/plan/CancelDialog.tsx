import type { ConversationView } from '@koers/domain';
import { Field, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../i18n/I18nContext';

interface CancelDialogProps {
  view: ConversationView;
  when: string;
  firstName: string;
  onClose: () => void;
  /** Rejects with the API's error, which the dialog shows; the reason typed stays. */
  onConfirm: (reason: string | undefined) => Promise<void>;
}

/** "Gesprek annuleren?" with an optional reason for the employee. */
export function CancelDialog({ view, when, firstName, onClose, onConfirm }: CancelDialogProps) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  return (
    <ConfirmDialog
      title={t('plan.cancelTitle')}
      keepLabel={t('plan.cancelKeep')}
      confirmLabel={t('plan.cancelConfirm')}
      pendingLabel={t('plan.cancelling')}
      testId="cancel"
      onClose={onClose}
      onConfirm={() => onConfirm(reason.trim() || undefined)}
    >
      <Text as="p" block>
        {t('plan.cancelBody', { name: view.employee.displayName, when, firstName })}
      </Text>
      <Field label={t('plan.cancelReason')} hint={t('plan.cancelReasonHint', { firstName })}>
        <Textarea value={reason} onChange={(_event, data) => setReason(data.value)} maxLength={500} resize="vertical" data-testid="cancel-reason" />
      </Field>
    </ConfirmDialog>
  );
}
