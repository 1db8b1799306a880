import type { MeResponse } from '@koers/contracts';
import { LOCALES, type Locale } from '@koers/domain';
import { Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { describeError } from '../../api/describeError';
import { ErrorState } from '../../components/ErrorState';
import { useSetMyLanguage } from '../../data/people';
import { useI18n } from '../../i18n/I18nContext';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  // Never wider than a 320 px side panel.
  select: { width: '100%', maxWidth: '20rem', '& select': { width: '100%' } },
});


/**
 * "Taal": the language Koers speaks to this person, in the chat and here at once. Saved as their
 * own choice on change; the page's texts switch as soon as it is stored.
 */
export function LanguageSetting({ me }: { me: MeResponse }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const saving = useSetMyLanguage();
  const [saved, setSaved] = useState(false);

  const choose = (value: string) => {
    const locale = LOCALES.find((known) => known === value);
    if (!locale || saving.isPending) return;
    setSaved(false);
    saving.mutate(locale, { onSuccess: () => setSaved(true) });
  };

  return (
    <section aria-labelledby={headingId} className={styles.section} data-testid="language-setting">
      <Text as="h2" id={headingId} size={500} weight="semibold" block className={styles.heading}>
        {t('language.title')}
      </Text>
      <Field label={t('language.label')} hint={t('language.hint')}>
        <Select className={styles.select} value={me.me.locale} disabled={saving.isPending} onChange={(_e, d) => choose(d.value)} data-testid="language-select">
          {LOCALES.map((locale: Locale) => (
            <option key={locale} value={locale} lang={locale}>
              {t(`language.${locale}`)}
            </option>
          ))}
        </Select>
      </Field>
      <div role="status" aria-live="polite">
        {saving.isPending && <Text size={200}>{t('language.saving')}</Text>}
        {saved && !saving.isPending && (
          <Text size={200} data-testid="language-saved">
            {t('language.saved')}
          </Text>
        )}
      </div>
      {saving.isError && (
        <ErrorState message={describeError(saving.error, language, t)} onRetry={() => choose(saving.variables ?? me.me.locale)} testId="language-error" />
      )}
    </section>
  );
}
