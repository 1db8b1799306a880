import type { PopResponse, PopVersion } from '@koers/domain';
import { versionStatus } from '@koers/domain';
import { Badge, Button, Card, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { describeError } from '../../api/describeError';
import { ErrorState } from '../../components/ErrorState';
import { useKoersApi } from '../../data/KoersApiContext';
import { useI18n } from '../../i18n/I18nContext';
import { instantLabel } from './popFormat';
import { safeFileName, saveBlob } from './pdfDownload';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  title: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  approvals: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** The PDF button of an approved version: fetched with the tab's token, then saved under a readable name. */
export function PdfButton({ view, version }: { view: PopResponse; version: number }) {
  const { t, language } = useI18n();
  const api = useKoersApi().pop;
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>();
  const download = async () => {
    if (pending) return;
    setPending(true);
    setError(undefined);
    try {
      const blob = await api.pdf(view.pop.id, version);
      // The server's name when it could be read (Content-Disposition), else one in the UI language.
      const named = typeof File !== 'undefined' && blob instanceof File && blob.name ? blob.name : t('pop.pdfFile', { name: view.employee.displayName, version });
      saveBlob(blob, safeFileName(named));
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button
        appearance="secondary"
        disabledFocusable={pending}
        icon={pending ? <Spinner size="tiny" /> : undefined}
        onClick={() => void download()}
        data-testid="pdf"
        data-version={version}
      >
        {pending ? t('pop.pdfBusy') : t('pop.pdf', { version })}
      </Button>
      {error !== undefined && <ErrorState message={describeError(error, language, t)} onRetry={() => void download()} testId="pdf-error" />}
    </>
  );
}

interface HistoryPanelProps {
  view: PopResponse;
  timeZone: string;
  viewing?: number;
  onView: (version: number | undefined) => void;
}

/** Every version, newest first, with who approved it when; an older one opens read-only. */
export function HistoryPanel({ view, timeZone, viewing, onView }: HistoryPanelProps) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const names: Record<string, string> = { [view.employee.id]: view.employee.displayName, [view.manager.id]: view.manager.displayName };
  const versions: PopVersion[] = [...view.pop.versions].reverse();
  return (
    <section aria-labelledby={headingId} className={styles.section} data-testid="pop-history" data-print="hide">
      <Text as="h2" id={headingId} size={600} weight="semibold">
        {t('pop.historyTitle')}
      </Text>
      <ul role="list" className={styles.list}>
        {versions.map((version) => {
          const approved = versionStatus(version) === 'goedgekeurd';
          const isCurrent = version.number === view.current.number;
          return (
            <li key={version.number}>
              <Card appearance="outline" className={styles.card} data-testid="history-version" data-version={version.number}>
                <div className={styles.title}>
                  <Text as="h3" weight="semibold" size={400}>
                    {t('pop.versionItem', { version: version.number })}
                  </Text>
                  <Badge appearance="tint" color={approved ? 'success' : 'informative'}>
                    {approved ? t('pop.status.goedgekeurd') : t('pop.status.concept')}
                  </Badge>
                </div>
                <Text size={200}>
                  {t('pop.versionCreated', { date: instantLabel(version.createdAt, timeZone, locale), name: names[version.createdBy] ?? '' })}
                </Text>
                {version.editedAt && version.editedBy && (
                  <Text size={200}>{t('pop.versionEdited', { date: instantLabel(version.editedAt, timeZone, locale), name: names[version.editedBy] ?? '' })}</Text>
                )}
                <ul className={styles.approvals}>
                  {(['employee', 'manager'] as const).map((role) => {
                    const approval = version.approvals[role];
                    const name = role === 'employee' ? view.employee.displayName : view.manager.displayName;
                    return (
                      <li key={role}>
                        {approval ? t('pop.approvalOf', { name, date: instantLabel(approval.at, timeZone, locale) }) : t('pop.approvalPending', { name })}
                      </li>
                    );
                  })}
                </ul>
                <div className={styles.actions}>
                  {!isCurrent && viewing !== version.number && (
                    <Button appearance="secondary" onClick={() => onView(version.number)} data-testid="view-version">
                      {t('pop.view', { version: version.number })}
                    </Button>
                  )}
                  {approved && <PdfButton view={view} version={version.number} />}
                </div>
              </Card>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
