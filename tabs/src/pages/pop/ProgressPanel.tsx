import type { GoalProgress, PopGoal, PopResponse, ProgressStatus, RecordProgressRequest } from '@koers/domain';
import { MAX_LONG_TEXT, PROGRESS_STATUSES } from '@koers/domain';
import { Button, Card, Checkbox, Field, makeStyles, MessageBar, MessageBarBody, Select, Spinner, Text, Textarea, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { describeError } from '../../api/describeError';
import { ErrorState } from '../../components/ErrorState';
import { useI18n } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/locale';
import { isGoalChanged } from './goalChanged';
import { civilDateLabel, instantLabel } from './popFormat';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  notes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  select: { maxWidth: '16rem' },
  plain: { border: 0, margin: 0, padding: 0, minWidth: 0 },
});

/** The answer to one progress update: the new view, or why it was refused. */
export type RecordProgress = (request: Omit<RecordProgressRequest, 'seenVersion'>) => Promise<void>;


function GoalProgressCard({ goal, progress, view, timeZone, record }: { goal: PopGoal; progress?: GoalProgress; view: PopResponse; timeZone: string; record: RecordProgress }) {
  const { t, locale, language } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const [note, setNote] = useState('');
  const [pending, setPending] = useState<string>();
  const [outcome, setOutcome] = useState<{ kind: 'saved' } | { kind: 'changed' } | { kind: 'failed'; error: unknown; retry: () => void }>();
  const names: Record<string, string> = { [view.employee.id]: view.employee.displayName, [view.manager.id]: view.manager.displayName };
  const status: ProgressStatus = progress?.status ?? 'niet-gestart';
  const done = new Set(progress?.milestonesDone.map((m) => m.milestoneId));

  const send = async (what: string, request: Omit<RecordProgressRequest, 'seenVersion'>, after?: () => void) => {
    if (pending) return;
    setPending(what);
    setOutcome(undefined);
    try {
      await record(request);
      after?.();
      setOutcome({ kind: 'saved' });
    } catch (error) {
      setOutcome(isGoalChanged(error) ? { kind: 'changed' } : { kind: 'failed', error, retry: () => void send(what, request, after) });
    } finally {
      setPending(undefined);
    }
  };

  return (
    <Card appearance="outline" className={styles.card} data-testid="goal-progress" data-goal-id={goal.id}>
      <section aria-labelledby={headingId} className={styles.card}>
        <Text as="h3" id={headingId} size={400} weight="semibold">
          {goal.title}
        </Text>
        <Field label={t('pop.progressStatus')}>
          <Select
            className={styles.select}
            value={status}
            disabled={pending !== undefined}
            onChange={(_e, d) => void send('status', { goalId: goal.id, status: d.value as ProgressStatus })}
            data-testid="progress-status"
          >
            {PROGRESS_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`pop.progress.${s}` as MessageKey)}
              </option>
            ))}
          </Select>
        </Field>
        {goal.milestones.length > 0 && (
          <fieldset className={styles.plain}>
            <legend>
              <Text weight="semibold">{t('pop.milestonesTitle')}</Text>
            </legend>
            {goal.milestones.map((m) => (
              <Checkbox
                key={m.id}
                checked={done.has(m.id)}
                disabled={pending !== undefined}
                label={m.due ? `${m.title} (${civilDateLabel(m.due, locale)})` : m.title}
                onChange={(_e, d) => void send(`milestone:${m.id}`, { goalId: goal.id, milestone: { id: m.id, done: d.checked === true } })}
                data-testid="progress-milestone"
                data-milestone-id={m.id}
              />
            ))}
          </fieldset>
        )}
        <Text weight="semibold">{t('pop.notesTitle')}</Text>
        {(progress?.notes.length ?? 0) === 0 ? (
          <Text as="p" size={200}>
            {t('pop.noNotes')}
          </Text>
        ) : (
          <ul className={styles.notes} data-testid="progress-notes">
            {[...(progress?.notes ?? [])].reverse().map((n) => (
              <li key={`${n.at}|${n.by}`} data-testid="progress-note">
                <Text size={200}>{t('pop.noteBy', { name: names[n.by] ?? '', date: instantLabel(n.at, timeZone, locale) })}</Text>
                <Text as="p">{n.text}</Text>
              </li>
            ))}
          </ul>
        )}
        <div data-print="hide">
          <Field label={t('pop.progressNote')}>
            <Textarea value={note} maxLength={MAX_LONG_TEXT} resize="vertical" onChange={(_e, d) => setNote(d.value)} data-testid="progress-note-input" />
          </Field>
        </div>
        <div data-print="hide">
          <Button
            appearance="secondary"
            disabledFocusable={note.trim() === '' || pending !== undefined}
            icon={pending === 'note' ? <Spinner size="tiny" /> : undefined}
            onClick={() => {
              if (note.trim() !== '') void send('note', { goalId: goal.id, note: note.trim() }, () => setNote(''));
            }}
            data-testid="progress-add-note"
          >
            {t('pop.addNote')}
          </Button>
        </div>
        <div role="status" aria-live="polite">
          {outcome?.kind === 'saved' && (
            <MessageBar intent="success" data-testid="progress-saved">
              <MessageBarBody>{t('pop.progressSaved')}</MessageBarBody>
            </MessageBar>
          )}
          {outcome?.kind === 'changed' && (
            <MessageBar intent="warning" layout="multiline" data-testid="progress-changed">
              <MessageBarBody>{t('pop.goalChanged')}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        {outcome?.kind === 'failed' && <ErrorState message={describeError(outcome.error, language, t)} onRetry={outcome.retry} testId="progress-error" />}
      </section>
    </Card>
  );
}

/** Doing the plan: status, notes and milestones per goal of the saved current version. */
export function ProgressPanel({ view, timeZone, record }: { view: PopResponse; timeZone: string; record: RecordProgress }) {
  const { t } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const goals = view.current.goals;
  return (
    <section aria-labelledby={headingId} className={styles.section} data-testid="pop-progress">
      <Text as="h2" id={headingId} size={600} weight="semibold">
        {t('pop.progressTitle')}
      </Text>
      <Text as="p">{goals.length === 0 ? t('pop.progressEmpty') : t('pop.progressIntro')}</Text>
      {goals.length > 0 && (
        <ul role="list" className={styles.list}>
          {goals.map((goal) => (
            <li key={goal.id}>
              <GoalProgressCard goal={goal} progress={view.progress.find((p) => p.goalId === goal.id)} view={view} timeZone={timeZone} record={record} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
