import type { HomeGoal } from '@koers/domain';
import { Badge, Link, makeStyles, ProgressBar, Text, tokens, typographyStyles } from '@fluentui/react-components';
import { useId } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { useI18n } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/locale';
import { popHref } from '../../routes';
import { civilDateLabel, instantLabel } from '../pop/popFormat';
import { Tile } from './Tile';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalM, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 300px), 1fr))' },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, height: '100%' },
  meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { margin: 0, overflowWrap: 'anywhere' },
  note: { margin: 0, overflowWrap: 'anywhere' },
  // Laid out as Fluent's Field lays out a label, a control and a hint, without its code on the
  // first screen: Field is otherwise only in forms that open on a click.
  progress: { display: 'grid' },
  progressLabel: {
    maxWidth: 'max-content',
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    marginBottom: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground1,
    ...typographyStyles.body1,
  },
  progressHint: { marginTop: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground3, ...typographyStyles.caption1 },
});

/** How far a goal has come: a progress bar named by its label and described by its figure and status. */
function GoalProgress({ goal }: { goal: HomeGoal }) {
  const { t } = useI18n();
  const styles = useStyles();
  const labelId = useId();
  const hintId = useId();
  return (
    <div className={styles.progress}>
      <span id={labelId} className={styles.progressLabel}>
        {t('pop.card.progress')}
      </span>
      <ProgressBar
        value={goal.percent / 100}
        thickness="large"
        color={goal.status === 'hulp-nodig' ? 'warning' : goal.status === 'afgerond' ? 'success' : 'brand'}
        aria-labelledby={labelId}
        aria-describedby={hintId}
      />
      <div id={hintId} className={styles.progressHint}>
        {`${t('pop.card.progressValue', { value: goal.percent / 100 })} · ${t('pop.card.status', { status: t(`pop.progress.${goal.status}` as MessageKey) })}`}
      </div>
    </div>
  );
}

/** The employee's agreed goals, each with how far it has come and a way into the plan. */
export function MyGoals({ goals, timeZone }: { goals: readonly HomeGoal[]; timeZone: string }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  if (goals.length === 0) {
    return (
      <EmptyState level="h3" title={t('home.goals.emptyTitle')} testId="my-goals-empty">
        {t('home.goals.emptyBody')}
      </EmptyState>
    );
  }
  return (
    <ul role="list" className={styles.list} data-testid="my-goals">
      {goals.map((goal) => (
        <li key={`${goal.popId}|${goal.goalId}`}>
          <Tile className={styles.card} data-testid="my-goal" data-goal-id={goal.goalId} data-percent={goal.percent}>
            <Text as="h4" weight="semibold" size={400} className={styles.title}>
              {goal.title}
            </Text>
            <div className={styles.meta}>
              <Badge appearance="tint" color="brand">
                {t(`pop.route.${goal.route}` as MessageKey)}
              </Badge>
              <Text size={200}>{goal.deadline ? t('pop.card.deadline', { date: civilDateLabel(goal.deadline, locale) }) : t('pop.card.noDeadline')}</Text>
            </div>
            <GoalProgress goal={goal} />
            {goal.lastNote && (
              <Text size={200} className={styles.note}>
                {t('pop.card.lastNote', { name: goal.lastNote.byName, date: instantLabel(goal.lastNote.at, timeZone, locale) })}: {goal.lastNote.text}
              </Text>
            )}
            <Link href={popHref(goal.popId)} aria-label={t('home.goals.openLabel', { title: goal.title })}>
              {t('home.goals.open')}
            </Link>
          </Tile>
        </li>
      ))}
    </ul>
  );
}
