import type { MeResponse } from '@koers/contracts';
import type { Conversation } from '@koers/domain';
import { Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { describeError } from '../../api/describeError';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { usePreparation } from '../../data/preparation';
import { shown } from '../../data/shown';
import { periodLabel } from '../../format/when';
import { useI18n } from '../../i18n/I18nContext';
import { FollowUpPlanProgress } from './FollowUpPlanProgress';
import { PreparationForm } from './PreparationForm';
import { SharedAnswers } from './SharedAnswers';
import { CareerPaths } from './CareerPaths';
import { useCareerOptions } from '../../data/careerOptions';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { margin: 0 },
});

interface PreparationPanelProps {
  me: MeResponse;
  conversation: Conversation;
  /** The other party's name (the manager for the employee, the employee for the manager). */
  otherName: string;
}

/** One upcoming conversation on "Voorbereiden": my own preparation, and for a manager what was shared. */
export function PreparationPanel({ me, conversation, otherName }: PreparationPanelProps) {
  const { t, locale, language } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const preparation = shown(usePreparation(conversation.id));
  const career = shown(useCareerOptions(conversation.employeeId, conversation.id));
  const competences = career.status === 'ready' ? career.data.competences : [];
  const when = conversation.start ? periodLabel(conversation.start, conversation.end, me.organisation.timeZone, locale) : '';

  return (
    <Card appearance="outline" className={styles.card} data-testid="preparation" data-conversation-id={conversation.id}>
      <section aria-labelledby={headingId} className={styles.card}>
        <Text as="h3" id={headingId} size={500} weight="semibold" block className={styles.heading}>
          {t('prepare.conversationTitle', { name: otherName, when })}
        </Text>
        {conversation.kind === 'vervolggesprek' && <FollowUpPlanProgress conversation={conversation} timeZone={me.organisation.timeZone} />}
        {preparation.status === 'loading' && <LoadingState label={t('prepare.formLoading')} testId="preparation-loading" />}
        {preparation.status === 'error' && (
          <ErrorState message={describeError(preparation.error, language, t)} onRetry={preparation.retry} />
        )}
        {preparation.status === 'ready' && (
          <>
            <PreparationForm conversationId={conversation.id} initial={preparation.data} otherName={otherName} competences={competences} />
            {preparation.data.role === 'manager' && <SharedAnswers shared={preparation.data.sharedByEmployee} employeeName={otherName} questions={preparation.data.questions} />}
            {preparation.data.role === 'employee' && (preparation.data.sharedByManager?.answers.length ?? 0) > 0 && (
              <SharedAnswers shared={preparation.data.sharedByManager} employeeName={otherName} questions={preparation.data.questions} />
            )}
          </>
        )}
        {career.status === 'loading' && <LoadingState label={t('career.loading')} testId="career-loading" />}
        {career.status === 'error' && <ErrorState message={describeError(career.error, language, t)} onRetry={career.retry} />}
        {career.status === 'ready' && preparation.status === 'ready' && (
          <CareerPaths options={career.data} {...(preparation.data.role === 'manager' ? { employeeName: otherName } : {})} />
        )}
      </section>
    </Card>
  );
}
