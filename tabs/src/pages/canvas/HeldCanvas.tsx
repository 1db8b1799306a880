import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, useId, useState } from 'react';
import { LoadingState } from '../../components/LoadingState';
import { useI18n } from '../../i18n/I18nContext';
import { lazyComponent } from '../../lazyComponent';

// The record's reads and rendering (the canvas client and its contracts) arrive when it is first
// opened: the home page shows this fold for every held conversation and must stay light.
const HeldCanvasBody = lazyComponent(() => import('./HeldCanvasBody').then((m) => m.HeldCanvasBody));

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
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const bodyId = useId();

  return (
    <div className={styles.root} data-testid="held-canvas-record">
      <Button size="small" appearance="secondary" aria-expanded={open} aria-controls={open ? bodyId : undefined} onClick={() => setOpen(!open)} data-testid="held-canvas-toggle">
        {open ? t('canvas.record.hide') : t('canvas.record.show')}
      </Button>
      {open && (
        <div id={bodyId} className={styles.body}>
          <Suspense fallback={<LoadingState label={t('canvas.loading')} />}>
            <HeldCanvasBody conversationId={conversationId} level={level} />
          </Suspense>
        </div>
      )}
    </div>
  );
}
