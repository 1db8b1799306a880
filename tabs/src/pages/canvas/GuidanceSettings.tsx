import { Field, Input, makeStyles, Select } from '@fluentui/react-components';
import { koerskaart, type CanvasGuidance } from '@koers/domain';
import { useI18n } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/locale';

const useStyles = makeStyles({
  timebox: { width: '9.5rem' },
});

interface GuidanceSettingsProps {
  guidance: CanvasGuidance;
  onGuidance: (change: Partial<Pick<CanvasGuidance, 'timeboxMinutes' | 'variant'>>) => void;
}

/** The current phase's time box and the Koerskaart's variant, as the board's header offers them. */
export function GuidanceSettings({ guidance, onGuidance }: GuidanceSettingsProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const minutes = guidance.timeboxMinutes[guidance.phase];
  return (
    <>
      <Field label={t('canvas.timebox')} size="small" className={styles.timebox}>
        <Input
          type="number"
          size="small"
          min={1}
          max={240}
          value={minutes === undefined ? '' : String(minutes)}
          onChange={(_e, data) => {
            const n = Number(data.value);
            const timeboxMinutes = { ...guidance.timeboxMinutes };
            if (data.value === '' || !Number.isInteger(n) || n < 1 || n > 240) delete timeboxMinutes[guidance.phase];
            else timeboxMinutes[guidance.phase] = n;
            onGuidance({ timeboxMinutes });
          }}
        />
      </Field>
      <Field label={t('canvas.variant')} size="small">
        <Select size="small" value={guidance.variant} onChange={(_e, data) => onGuidance({ variant: data.value as koerskaart.KoerskaartVariant })}>
          {koerskaart.KOERSKAART_VARIANTS.map((v) => (
            <option key={v} value={v}>
              {t(`canvas.variant.${v}` as MessageKey)}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}
