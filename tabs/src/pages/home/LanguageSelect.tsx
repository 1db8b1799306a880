import { LOCALES, type Locale } from '@koers/domain';
import { Field, makeStyles, Select } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/I18nContext';

const useStyles = makeStyles({
  // Never wider than a 320 px side panel.
  select: { width: '100%', maxWidth: '20rem', '& select': { width: '100%' } },
});

/**
 * The languages to choose from. Its code (Fluent's Field and Select) arrives when "Taal wijzigen"
 * is chosen; the keyboard lands on the list.
 */
export function LanguageSelect({ value, disabled, onChoose }: { value: Locale; disabled: boolean; onChoose: (value: string) => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const list = useRef<HTMLSelectElement>(null);
  useEffect(() => list.current?.focus(), []);
  return (
    <Field label={t('language.label')} hint={t('language.hint')}>
      <Select ref={list} className={styles.select} value={value} disabled={disabled} onChange={(_e, d) => onChoose(d.value)} data-testid="language-select">
        {LOCALES.map((locale: Locale) => (
          <option key={locale} value={locale} lang={locale}>
            {t(`language.${locale}`)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
