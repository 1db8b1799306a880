import type { GoalProgress, PopGoal } from '@koers/domain';
import { goalProgressSummary } from '@koers/domain';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Card, Field, makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/locale';
import { GoalView } from './GoalView';
import { LastNote } from './LastNote';
import { civilDateLabel } from './popFormat';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalL },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  items: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  quote: { margin: 0, overflowWrap: 'anywhere' },
});

interface GoalCardProps {
  goal: PopGoal;
  n: number;
  progress?: GoalProgress;
  names: Record<string, string>;
  timeZone: string;
}

/**
 * One agreed goal as a card of the document: what, which kind and route, by when, how far it has
 * come (milestones and check-ins, as the home page counts it) and the last note; everything else
 * agreed about it folded away underneath.
 */
export function GoalCard({ goal, n, progress, names, timeZone }: GoalCardProps) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const summary = goalProgressSummary(goal, progress);
  const route = t(`pop.route.${goal.route}` as MessageKey);
  return (
    <Card appearance="outline" className={styles.card} data-testid="goal-card" data-goal-id={goal.id} data-percent={summary.percent}>
      <article aria-labelledby={headingId} className={styles.body}>
        <Text as="h3" id={headingId} size={500} weight="semibold" className={styles.heading}>
          {t('pop.goalHeadingTitled', { n, title: goal.title })}
        </Text>
        <div className={styles.meta}>
          <Badge appearance="tint" color="brand" data-testid="goal-card-kind">
            {t(`pop.kind.${goal.kind}` as MessageKey)}
          </Badge>
          <Badge appearance="tint" color="informative" data-testid="goal-card-route">
            {goal.routeDetail ? `${route}: ${goal.routeDetail}` : route}
          </Badge>
          <Text data-testid="goal-card-deadline">{goal.deadline ? t('pop.card.deadline', { date: civilDateLabel(goal.deadline, locale) }) : t('pop.card.noDeadline')}</Text>
        </div>
        {goal.waarom && <Text as="p" className={styles.quote}>{goal.waarom}</Text>}
        {goal.actions.length > 0 && (
          <ul className={styles.items} aria-label={t('pop.smart.S')}>
            {goal.actions.map((action, i) => (
              <li key={i}>{action}</li>
            ))}
          </ul>
        )}
        {goal.begeleiding.name && <Text>{t('pop.card.begeleiding', { name: goal.begeleiding.name })}</Text>}
        <Field label={t('pop.card.progress')} hint={`${t('pop.card.progressValue', { value: summary.percent / 100 })} · ${t('pop.card.milestones', { done: summary.milestonesDone, total: summary.milestonesTotal })} · ${t('pop.card.status', { status: t(`pop.progress.${summary.status}` as MessageKey) })}`}>
          <ProgressBar value={summary.percent / 100} thickness="large" color={summary.status === 'hulp-nodig' ? 'warning' : summary.status === 'afgerond' ? 'success' : 'brand'} data-testid="goal-card-progress" />
        </Field>
        <LastNote note={summary.lastNote} names={names} timeZone={timeZone} testId="goal-card-note" />
        <Accordion collapsible>
          <AccordionItem value="details">
            <AccordionHeader expandIconPosition="start" data-testid="goal-card-details">
              {t('pop.card.details')}
            </AccordionHeader>
            <AccordionPanel>
              <GoalView goal={goal} n={n} names={names} heading={false} />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      </article>
    </Card>
  );
}
