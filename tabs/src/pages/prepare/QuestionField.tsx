import type { PrepQuestion } from '@koers/domain';
import { localizedText, MAX_PREP_ANSWER_LENGTH } from '@koers/domain';
import { Field, makeStyles, Switch, Textarea, tokens } from '@fluentui/react-components';
import { useI18n } from '../../i18n/I18nContext';
import type { AnswerDraft } from './prepForm';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

interface QuestionFieldProps {
  question: PrepQuestion;
  answer: AnswerDraft;
  /** Employee answers can be shared with the manager; manager answers never. */
  /** The sharing switch's label: with the manager, or with the employee. */
  shareLabel: string;
  onChange: (answer: AnswerDraft) => void;
}

export function QuestionField({ question, answer, shareLabel, onChange }: QuestionFieldProps) {
  const { locale } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.root} data-testid="question" data-question-id={question.id}>
      <Field label={localizedText(question.text, locale)} hint={question.hint ? localizedText(question.hint, locale) : undefined}>
        <Textarea
          value={answer.text}
          onChange={(_event, data) => onChange({ ...answer, text: data.value })}
          maxLength={MAX_PREP_ANSWER_LENGTH}
          resize="vertical"
          data-testid="answer"
        />
      </Field>
      <Switch checked={answer.shared} onChange={(_event, data) => onChange({ ...answer, shared: data.checked })} label={shareLabel} data-testid="share" />
    </div>
  );
}
