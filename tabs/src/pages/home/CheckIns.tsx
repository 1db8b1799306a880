import type { HomeCheckIn, ProgressStatus } from '@koers/domain';
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { Suspense, useId, useState } from 'react';
import { describeError } from '../../api/describeError';
import { ErrorState } from '../../components/ErrorState';
import { useRecordPopProgress } from '../../data/popWrites';
import { useI18n } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/locale';
import { lazyComponent } from '../../lazyComponent';
import { isGoalChanged } from '../pop/goalChanged';
import { instantLabel } from '../pop/popFormat';
import { Tile } from './Tile';

/** The answers the chat's check-in card offers (bot/src/cards/actions.ts), in the same order. */
const CHECK_IN_STATUSES = ['op-koers', 'hulp-nodig', 'afgerond'] as const satisfies readonly ProgressStatus[];
type CheckInStatus = (typeof CHECK_IN_STATUSES)[number];

// Written only by who answers: the note's field comes once an answer is chosen (its code is
// fetched ahead when the answers are pointed at or reached with the keyboard).
const CheckInNote = lazyComponent(() => import('./CheckInNote').then((m) => m.CheckInNote));
// A failure is not shown here: the field's own load tries again and the page's boundary reports it.
const fetchNoteAhead = () => void CheckInNote.preload().catch(() => undefined);

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { margin: 0, overflowWrap: 'anywhere' },
  // Plain radio buttons: the home page is the tab's first route, and these need no library.
  choices: { border: 0, margin: 0, padding: 0, minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  choice: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minHeight: '32px' },
  radio: { margin: 0, width: '18px', height: '18px', accentColor: tokens.colorCompoundBrandBackground },
});

type Answered = { title: string; status: CheckInStatus };

function CheckInCard({ item, timeZone, onAnswered }: { item: HomeCheckIn; timeZone: string; onAnswered: (answered: Answered) => void }) {
  const { t, locale, language } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const choiceId = useId();
  const recording = useRecordPopProgress();
  const [status, setStatus] = useState<CheckInStatus>();
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<{ kind: 'changed' } | { kind: 'failed'; error: unknown }>();

  const send = async () => {
    if (!status || recording.isPending) return;
    setFailure(undefined);
    try {
      // The same use case as the chat's card: progress on the version the person saw.
      await recording.mutateAsync({ id: item.popId, request: { goalId: item.goalId, status, ...(note.trim() ? { note: note.trim() } : {}), seenVersion: item.seenVersion } });
      onAnswered({ title: item.title, status });
    } catch (error) {
      setFailure(isGoalChanged(error) ? { kind: 'changed' } : { kind: 'failed', error });
    }
  };

  return (
    <Tile className={styles.card} data-testid="check-in" data-goal-id={item.goalId}>
      <form
        aria-labelledby={headingId}
        className={styles.card}
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <Text as="h4" id={headingId} weight="semibold" size={400} className={styles.title}>
          {item.title}
        </Text>
        <Text size={200}>{t('home.checkIns.since', { date: instantLabel(item.dueSince, timeZone, locale) })}</Text>
        <fieldset className={styles.choices} data-testid="check-in-status" onPointerEnter={fetchNoteAhead} onFocus={fetchNoteAhead}>
          <legend className={styles.legend}>
            <Text>{t('home.checkIns.status')}</Text>
          </legend>
          {CHECK_IN_STATUSES.map((s) => (
            <label key={s} className={styles.choice} htmlFor={`${choiceId}-${s}`}>
              <input
                id={`${choiceId}-${s}`}
                type="radio"
                className={styles.radio}
                name={`check-in-${item.popId}-${item.goalId}`}
                value={s}
                checked={status === s}
                onChange={() => setStatus(s)}
                data-status={s}
              />
              <Text>{t(`pop.progress.${s}` as MessageKey)}</Text>
            </label>
          ))}
        </fieldset>
        {status && (
          <Suspense fallback={<Spinner size="tiny" label={t('homeForms.loading')} />}>
            <CheckInNote value={note} onChange={setNote} />
          </Suspense>
        )}
        <div>
          <Button
            appearance="primary"
            type="submit"
            disabledFocusable={!status || recording.isPending}
            icon={recording.isPending ? <Spinner size="tiny" /> : undefined}
            data-testid="check-in-send"
          >
            {recording.isPending ? t('home.checkIns.sending') : t('home.checkIns.send')}
          </Button>
        </div>
        {failure?.kind === 'changed' && (
          <MessageBar intent="warning" layout="multiline" data-testid="check-in-changed">
            <MessageBarBody>{t('pop.goalChanged')}</MessageBarBody>
          </MessageBar>
        )}
        {failure?.kind === 'failed' && <ErrorState message={describeError(failure.error, language, t)} onRetry={() => void send()} testId="check-in-error" />}
      </form>
    </Tile>
  );
}

/** The check-ins waiting for the employee, answerable here as in the chat. */
export function CheckIns({ items, timeZone }: { items: readonly HomeCheckIn[]; timeZone: string }) {
  const { t } = useI18n();
  const styles = useStyles();
  const [answered, setAnswered] = useState<Answered>();
  return (
    <>
      <div role="status" aria-live="polite">
        {answered && (
          <MessageBar intent="success" data-testid="check-in-sent">
            <MessageBarBody>{t('home.checkIns.sent', { status: t(`pop.progress.${answered.status}` as MessageKey) })}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {items.length === 0 ? (
        <Text as="p" data-testid="check-ins-empty">
          {t('home.checkIns.empty')}
        </Text>
      ) : (
        <>
          <Text as="p">{t('home.checkIns.intro')}</Text>
          <ul role="list" className={styles.list} data-testid="check-ins">
            {items.map((item) => (
              <li key={`${item.popId}|${item.goalId}`}>
                <CheckInCard item={item} timeZone={timeZone} onAnswered={setAnswered} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
