import { Field, Textarea } from '@fluentui/react-components';
import { useI18n } from '../../i18n/I18nContext';

const MAX_NOTE = 1000;

/** The check-in's optional note: its code (Fluent's Field and Textarea) arrives once an answer is chosen. */
export function CheckInNote({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useI18n();
  return (
    <Field label={t('home.checkIns.note')}>
      <Textarea value={value} maxLength={MAX_NOTE} resize="vertical" onChange={(_e, d) => onChange(d.value)} data-testid="check-in-note" />
    </Field>
  );
}
