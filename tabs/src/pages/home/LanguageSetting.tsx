import type { MeResponse } from '@koers/contracts';
import { LOCALES } from '@koers/domain';
import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { Suspense, useId, useState } from 'react';
import { describeError } from '../../api/describeError';
import { ErrorState } from '../../components/ErrorState';
import { useSetMyLanguage } from '../../data/people';
import { useI18n } from '../../i18n/I18nContext';
import { lazyComponent } from '../../lazyComponent';

// Changed seldom, and only on a click: the list's code is fetched then (or ahead, when the button
// is pointed at or reached with the keyboard).
const LanguageSelect = lazyComponent(() => import('./LanguageSelect').then((m) => m.LanguageSelect));
// A failure is not shown here: the list's own load tries again and the page's boundary reports it.
const fetchListAhead = () => void LanguageSelect.preload().catch(() => undefined);

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
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
  const [changing, setChanging] = useState(false);

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
      {changing ? (
        <Suspense fallback={<Spinner size="tiny" label={t('homeForms.loading')} />}>
          <LanguageSelect value={me.me.locale} disabled={saving.isPending} onChoose={choose} />
        </Suspense>
      ) : (
        <>
          <Text as="p" block data-testid="language-now">
            {t('homeForms.languageNow', { language: t(`language.${me.me.locale}`) })}
          </Text>
          <div>
            <Button onPointerEnter={fetchListAhead} onFocus={fetchListAhead} onClick={() => setChanging(true)} data-testid="language-change">
              {t('homeForms.languageChange')}
            </Button>
          </div>
        </>
      )}
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
