import { koerskaart } from '@koers/domain';
import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import { useI18n } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/locale';

/** The employee's own choice of Koerskaart for the conversation; nothing is inferred from their age. */
export function VariantChoice({ value, onChange }: { value: koerskaart.KoerskaartVariant | undefined; onChange: (variant: koerskaart.KoerskaartVariant) => void }) {
  const { t } = useI18n();
  return (
    <Field label={t('prepare.variant')} hint={t('prepare.variantHint')}>
      <RadioGroup value={value ?? 'standaard'} onChange={(_e, data) => onChange(koerskaart.KoerskaartVariant.parse(data.value))} data-testid="prepare-variant">
        {koerskaart.KoerskaartVariant.options.map((v) => (
          <Radio key={v} value={v} label={t(`canvas.variant.${v}` as MessageKey)} data-variant={v} />
        ))}
      </RadioGroup>
    </Field>
  );
}
