import { Body1, Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { SharedAnswer } from '@koers/domain';
import { useI18n } from '../../i18n/I18nContext';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalXS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Long answers wrap at the 320 px side panel instead of widening the page.
  answer: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

interface SharedAnswersProps {
  answers: readonly SharedAnswer[];
  employeeName: string;
  managerName: string;
  /** The employee reads which of their own answers the manager sees. */
  viewerIsEmployee: boolean;
  onCopy: (answer: SharedAnswer) => void;
  /** Offered where the section has kernkwadrant cards and kernkwadrant answers were shared. */
  onCopyKernkwadrant?: (answers: SharedAnswer[]) => void;
}

/** Read-only: the preparation is edited on the preparation page, not on the canvas. */
export function SharedAnswers({ answers, employeeName, managerName, viewerIsEmployee, onCopy, onCopyKernkwadrant }: SharedAnswersProps) {
  const styles = useStyles();
  const { t } = useI18n();
  if (answers.length === 0) return null;
  const origin = viewerIsEmployee ? t('canvas.prep.fromMine', { name: managerName }) : t('canvas.prep.from', { name: employeeName });
  const kernkwadrant = answers.filter((a) => a.group === 'kernkwadrant');

  return (
    <>
      <ul className={styles.list} aria-label={t('canvas.prep.listLabel')} data-testid="prep-answers">
        {answers.map((a) => (
          <li key={a.questionId} className={styles.item} data-testid="prep-answer" data-question={a.questionId}>
            <Caption1 data-testid="prep-origin">{origin}</Caption1>
            <Text weight="semibold">{a.question}</Text>
            <Body1 className={styles.answer} data-testid="prep-answer-text">
              {a.answer}
            </Body1>
            <Button size="small" appearance="subtle" data-testid="prep-copy" aria-label={t('canvas.prep.copyLabel', { question: a.question })} onClick={() => onCopy(a)}>
              {t('canvas.prep.copy')}
            </Button>
          </li>
        ))}
      </ul>
      {onCopyKernkwadrant && kernkwadrant.length > 0 && (
        <div>
          <Button size="small" data-testid="prep-copy-kernkwadrant" onClick={() => onCopyKernkwadrant(kernkwadrant)}>
            {t('canvas.prep.copyKernkwadrant')}
          </Button>
        </div>
      )}
    </>
  );
}
