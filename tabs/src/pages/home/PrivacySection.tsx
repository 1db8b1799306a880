import type { MeResponse } from '@koers/contracts';
import { Button, Link, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { describeError } from '../../api/describeError';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { privacyApi } from '../../api/privacyApi';
import { useApi } from '../../data/apiContext';
import { useAccessLog } from '../../data/privacy';
import { useI18n } from '../../i18n/I18nContext';
import { routeHref } from '../../routes';
import { safeFileName, saveBlob } from '../pop/pdfDownload';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  part: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  when: { color: tokens.colorNeutralForeground3 },
});

type Download = 'json' | 'html';

/** "Mijn gegevens" (AVG art. 15/20) and "Wie heeft mijn gegevens bekeken" on the person's own page. */
export function PrivacySection({ me }: { me: MeResponse }) {
  const { t, language, formatDateTime } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const accessHeadingId = useId();
  const api = useApi(privacyApi);
  const [pending, setPending] = useState<Download>();
  const [error, setError] = useState<{ kind: Download; failure: unknown }>();
  const log = useAccessLog();
  const zone = me.organisation.timeZone;
  const today = formatDateTime(new Date(), zone, { year: 'numeric', month: '2-digit', day: '2-digit' });

  const download = async (kind: Download) => {
    if (pending) return;
    setPending(kind);
    setError(undefined);
    try {
      if (kind === 'json') {
        const data = await api.myData();
        saveBlob(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), safeFileName(t('privacy.jsonFile', { date: today })));
      } else {
        saveBlob(await api.summary(), safeFileName(t('privacy.htmlFile', { date: today })));
      }
    } catch (failure) {
      setError({ kind, failure });
    } finally {
      setPending(undefined);
    }
  };

  const items = log.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby={headingId} className={styles.section} data-testid="my-data">
      <Text as="h2" id={headingId} size={500} weight="semibold" block className={styles.heading}>
        {t('privacy.title')}
      </Text>
      <Text as="p" block>
        {t('privacy.intro')}
      </Text>
      <div className={styles.actions}>
        {(['json', 'html'] as const).map((kind) => (
          <Button
            key={kind}
            appearance={kind === 'json' ? 'primary' : 'secondary'}
            disabledFocusable={pending !== undefined}
            icon={pending === kind ? <Spinner size="tiny" /> : undefined}
            onClick={() => void download(kind)}
            data-testid={`my-data-${kind}`}
          >
            {pending === kind ? t('privacy.downloadBusy') : t(kind === 'json' ? 'privacy.downloadJson' : 'privacy.downloadHtml')}
          </Button>
        ))}
      </div>
      {error && <ErrorState message={describeError(error.failure, language, t)} onRetry={() => void download(error.kind)} testId="my-data-error" />}

      <div className={styles.part} aria-labelledby={accessHeadingId} role="region" data-testid="access-log">
        <Text as="h3" id={accessHeadingId} size={400} weight="semibold" block className={styles.heading}>
          {t('privacy.accessTitle')}
        </Text>
        <Text as="p" block>
          {t('privacy.accessIntro')}{' '}
          <Link href={routeHref('hr-view')} data-testid="what-hr-sees">
            {t('progress.whatHrSees')}
          </Link>
        </Text>
        {log.isPending ? (
          <LoadingState label={t('privacy.accessLoading')} testId="access-log-loading" />
        ) : log.isError ? (
          <ErrorState message={describeError(log.error, language, t)} onRetry={() => void log.refetch()} testId="access-log-error" />
        ) : items.length === 0 ? (
          <Text as="p" block data-testid="access-log-empty">
            {t('privacy.accessEmpty')}
          </Text>
        ) : (
          <ul role="list" className={styles.list}>
            {items.map((item) => (
              <li key={`${item.readerId}|${item.what}|${item.resourceId ?? ''}|${item.at}`} data-testid="access-log-line">
                <Text block>
                  {t('privacy.accessLine', {
                    name: item.readerName ?? t('privacy.formerColleague'),
                    capacity: t('privacy.capacity', { capacity: item.capacity }),
                    what: t('privacy.what', { what: item.what }),
                  })}
                </Text>
                <Text size={200} className={styles.when}>
                  {formatDateTime(item.at, zone, { dateStyle: 'long', timeStyle: 'short' })}
                </Text>
              </li>
            ))}
          </ul>
        )}
        {log.hasNextPage && (
          <div>
            <Button appearance="subtle" disabledFocusable={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()} data-testid="access-log-more">
              {t('privacy.accessMore')}
            </Button>
          </div>
        )}
      </div>
    </section>
  );
}
