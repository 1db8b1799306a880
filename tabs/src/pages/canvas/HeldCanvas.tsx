import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { describeError } from '../../api/describeError';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useCanvasRecord } from '../../data/canvas';
import { useMe } from '../../data/people';
import { shown } from '../../data/shown';
import { useI18n } from '../../i18n/I18nContext';
import { CanvasRecord } from './CanvasRecord';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS, minWidth: 0 },
  body: { alignSelf: 'stretch', minWidth: 0 },
});

/**
 * The Koerskaart in the record of a held conversation (portfolio, history), folded until asked
 * for, so a long history stays short and reads no canvas nobody looks at. Render it for the two
 * parties only; the server refuses anyone else anyway.
 */
export function HeldCanvas({ conversationId, level }: { conversationId: string; level: 3 | 4 }) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const me = useMe().data?.me.id ?? '';
  const record = shown(useCanvasRecord(conversationId, open));

  return (
    <div className={styles.root} data-testid="held-canvas-record">
      <Button size="small" appearance="secondary" aria-expanded={open} aria-controls={open ? bodyId : undefined} onClick={() => setOpen(!open)} data-testid="held-canvas-toggle">
        {open ? t('canvas.record.hide') : t('canvas.record.show')}
      </Button>
      {open && (
        <div id={bodyId} className={styles.body}>
          {record.status === 'loading' && <LoadingState label={t('canvas.loading')} />}
          {record.status === 'error' && <ErrorState message={describeError(record.error, language, t)} onRetry={record.retry} />}
          {record.status === 'ready' && (record.data ? <CanvasRecord view={record.data} myUserId={me} level={level} /> : <p data-testid="canvas-record-none">{t('canvas.record.none')}</p>)}
        </div>
      )}
    </div>
  );
}
