import type { DirectorySyncResponse } from '@koers/contracts';
import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { describeError } from '../../api/describeError';
import { useSyncDirectory } from '../../data/organisation';
import { useI18n } from '../../i18n/I18nContext';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, alignItems: 'flex-start' },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** *Nu synchroniseren*: HR reads the directory's changes now instead of at the next hour. */
export function DirectorySyncCard() {
  const { t, language } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const sync = useSyncDirectory();
  const [result, setResult] = useState<{ kind: 'done'; summary: DirectorySyncResponse } | { kind: 'failed'; error: unknown }>();

  const run = async () => {
    if (sync.isPending) return;
    setResult(undefined);
    try {
      setResult({ kind: 'done', summary: await sync.mutateAsync() });
    } catch (error) {
      setResult({ kind: 'failed', error });
    }
  };

  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="directory-sync">
      <Text as="h2" size={500} weight="semibold" id={headingId}>
        {t('directory.title')}
      </Text>
      <Text>{t('directory.intro')}</Text>
      <Button appearance="secondary" onClick={() => void run()} disabled={sync.isPending} data-testid="directory-sync-now">
        {sync.isPending ? t('directory.syncing') : t('directory.sync')}
      </Button>
      <div aria-live="polite">
        {result?.kind === 'done' && (
          <MessageBar intent={result.summary.problems > 0 ? 'warning' : 'success'} data-testid="directory-sync-done">
            <MessageBarBody>
              {t('directory.done', { added: result.summary.added, updated: result.summary.updated, left: result.summary.left })}
              <ul className={styles.lines}>
                {result.summary.lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        {result?.kind === 'failed' && (
          <MessageBar intent="error" data-testid="directory-sync-failed">
            <MessageBarBody>
              {t('directory.failed')} {describeError(result.error, language, t)}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
