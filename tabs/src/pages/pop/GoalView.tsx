import type { PopGoal } from '@koers/domain';
import { goalTrainingDays, learningLoad } from '@koers/domain';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/locale';
import { civilDateLabel } from './popFormat';
import { euros, learningDetails } from './learningText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, breakInside: 'avoid' },
  list: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 2fr)', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`, margin: 0 },
  row: { display: 'contents' },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: 'anywhere' },
  items: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** A goal as agreed, read-only: an older version, the printed plan, and a goal card's details. */
export function GoalView({ goal, n, names, heading = true }: { goal: PopGoal; n: number; names: Record<string, string>; heading?: boolean }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const none = t('pop.empty');
  const items = (list: readonly string[]) =>
    list.length === 0 ? none : (
      <ul className={styles.items}>
        {list.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    );
  const hours = (h: number | undefined) => (h === undefined ? none : t('pop.hoursValue', { hours: h }));
  // Only goals linked to the function house or the learning offer say so: older plans read as before.
  function linkRows(): [string, ReactNode][] {
    const rows: [string, ReactNode][] = [];
    if (goal.targetFunctionId) rows.push([t('goalLinks.function'), goal.targetFunctionName ?? goal.targetFunctionId]);
    const learning = goal.learning ?? [];
    if (learning.length === 0) return rows;
    rows.push([
      t('goalLinks.learning'),
      <ul className={styles.items} data-testid="goal-view-learning">
        {learning.map((item) => (
          <li key={item.id}>
            <strong>{item.title}</strong> — {learningDetails(t, locale, item)}
            {item.requiredForJob && <div>{t('goalLinks.requiredForJob')}</div>}
          </li>
        ))}
      </ul>,
    ]);
    const days = goalTrainingDays(learning);
    if (days !== undefined) rows.push([t('trainingRight.goalDaysLabel'), t('trainingRight.goalDays', { days })]);
    rows.push([
      t('goalLinks.employeeCost'),
      t('goalLinks.employeeCostValue', { amount: euros(locale, learningLoad(goal).employeeCostEuro), budget: goal.middelen.budgetEuro === undefined ? 'none' : 'set' }),
    ]);
    return rows;
  }
  const rows: [string, ReactNode][] = [
    [t('pop.waarom'), goal.waarom || none],
    [t('pop.field.kind'), t(`pop.kind.${goal.kind}` as MessageKey)],
    [t('pop.field.route'), goal.routeDetail ? `${t(`pop.route.${goal.route}` as MessageKey)}: ${goal.routeDetail}` : t(`pop.route.${goal.route}` as MessageKey)],
    ...linkRows(),
    [t('pop.field.owner'), goal.ownerId ? (names[goal.ownerId] ?? none) : none],
    [t('pop.smart.S'), items(goal.actions)],
    [t('pop.smart.M'), items(goal.successCriteria)],
    [
      t('pop.smart.A'),
      items(
        (['employee', 'manager'] as const)
          .filter((role) => goal.acceptance[role])
          .map((role) => t('pop.accepts', { name: names[role] ?? role })),
      ),
    ],
    [t('pop.smart.R'), goal.realism.checked ? [t('pop.realismChecked'), goal.realism.note].filter(Boolean).join(' — ') : goal.realism.note || none],
    [t('pop.deadline'), goal.deadline ? civilDateLabel(goal.deadline, locale) : none],
    [t('pop.milestonesTitle'), items(goal.milestones.map((m) => (m.due ? `${m.title} (${civilDateLabel(m.due, locale)})` : m.title)))],
    [t('pop.wat'), goal.wat || none],
    [t('pop.hoe'), goal.hoe || none],
    [t('pop.wanneer'), goal.wanneer || none],
    [t('pop.waar'), goal.waar || none],
    [t('pop.budget'), goal.middelen.budgetEuro === undefined ? none : new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(goal.middelen.budgetEuro)],
    [t('pop.timeHours'), hours(goal.middelen.timeHours)],
    [t('pop.middelenNote'), goal.middelen.note || none],
    [t('pop.begeleiding'), goal.begeleiding.name || none],
    [t('pop.inzet'), hours(goal.inzetHours)],
    // Dates agreed per goal before the plan's rhythm: only where a goal has them.
    ...(goal.voortgangsgesprekken.length > 0 ? [[t('pop.checkInsTitle'), items(goal.voortgangsgesprekken.map((d) => civilDateLabel(d, locale)))] as [string, ReactNode]] : []),
  ];
  return (
    <article className={styles.root} data-testid="goal-view" data-goal-id={goal.id}>
      {heading && (
        <Text as="h3" size={500} weight="semibold">
          {t('pop.goalHeadingTitled', { n, title: goal.title })}
        </Text>
      )}
      <dl className={styles.list}>
        {rows.map(([term, value]) => (
          <div key={term} className={styles.row}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
