import { findPrepQuestion, localizedText, type Preparation, type PrepQuestion } from '@koers/domain';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useI18n } from '../../i18n/I18nContext';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  term: { fontWeight: tokens.fontWeightSemibold },
  answer: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/** For the manager: read-only, what the employee chose to share. */
export function SharedAnswers({ shared, employeeName, questions }: { shared: Preparation | undefined; employeeName: string; questions: readonly PrepQuestion[] }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const answers = (shared?.answers ?? []).filter((answer) => answer.shared);
  return (
    <section aria-labelledby={headingId} className={styles.section} data-testid="shared-answers">
      <Text as="h4" id={headingId} size={400} weight="semibold" block className={styles.heading}>
        {t('prepare.sharedTitle', { name: employeeName })}
      </Text>
      {shared?.completedAt && (
        <Text as="p" block data-testid="employee-done">
          {t('prepare.employeeDone', { name: employeeName })}
        </Text>
      )}
      {answers.length === 0 ? (
        <Text as="p" block data-testid="shared-empty">
          {t('prepare.sharedEmpty', { name: employeeName })}
        </Text>
      ) : (
        <dl className={styles.list}>
          {answers.map((answer) => (
            <div key={answer.questionId} data-testid="shared-answer" data-question-id={answer.questionId}>
              <dt className={styles.term}>{questionText(answer.questionId, questions, locale)}</dt>
              <dd className={styles.answer}>{answer.text}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

/** The question as the conversation's template asks it; its id if the template no longer has it. */
function questionText(id: string, questions: readonly PrepQuestion[], locale: Parameters<typeof localizedText>[1]): string {
  const question = findPrepQuestion(id, questions);
  return question ? localizedText(question.text, locale) : id;
}
