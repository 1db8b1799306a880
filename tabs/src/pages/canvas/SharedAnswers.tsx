import { Body1, Button, Caption1, Caption1Strong, makeStyles, tokens } from '@fluentui/react-components';
import type { SharedAnswer } from '@koers/domain';
import { useI18n } from '../../i18n/I18nContext';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  origin: { color: tokens.colorNeutralForeground2 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '0' },
  // Long answers wrap at the 320 px side panel instead of widening the page.
  answer: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  copy: { minWidth: 0, paddingLeft: 0, paddingRight: 0 },
});

interface SharedAnswersProps {
  /** One party's shared answers. */
  answers: readonly SharedAnswer[];
  authorName: string;
  otherName: string;
  /** The author reads which of their own answers the other party sees. */
  viewerIsAuthor: boolean;
  /** Absent on a closed canvas: the answers are read only. */
  onCopy?: (answer: SharedAnswer) => void;
  /** Offered where the section has kernkwadrant cards and kernkwadrant answers were shared. */
  onCopyKernkwadrant?: (answers: SharedAnswer[]) => void;
}

/**
 * Read-only, at hand in the section they belong to: the preparation is edited on the preparation
 * page, not on the canvas. One box per section, its origin said once.
 */
export function SharedAnswers({ answers, authorName, otherName, viewerIsAuthor, onCopy, onCopyKernkwadrant }: SharedAnswersProps) {
  const styles = useStyles();
  const { t } = useI18n();
  if (answers.length === 0) return null;
  const origin = viewerIsAuthor ? t('canvas.prep.fromMine', { name: otherName }) : t('canvas.prep.from', { name: authorName });
  const kernkwadrant = answers.filter((a) => a.group === 'kernkwadrant');

  return (
    <div className={styles.root}>
      <Caption1 className={styles.origin} data-testid="prep-origin">
        {origin}
      </Caption1>
      <ul className={styles.list} aria-label={t('canvas.prep.listLabel')} data-testid="prep-answers">
        {answers.map((a) => (
          <li key={a.questionId} className={styles.item} data-testid="prep-answer" data-question={a.questionId}>
            <Caption1Strong>{a.question}</Caption1Strong>
            <Body1 className={styles.answer} data-testid="prep-answer-text">
              {a.answer}
            </Body1>
            {onCopy && (
              <Button size="small" appearance="transparent" className={styles.copy} data-testid="prep-copy" aria-label={t('canvas.prep.copyLabel', { question: a.question })} onClick={() => onCopy(a)}>
                {t('canvas.prep.copy')}
              </Button>
            )}
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
    </div>
  );
}
