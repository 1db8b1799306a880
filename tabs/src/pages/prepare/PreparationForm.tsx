import type { PreparationResponse, PrepQuestion } from '@koers/domain';
import { prepQuestionsFor } from '@koers/domain';
import {
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { describeError } from '../../api/describeError';
import { ErrorState } from '../../components/ErrorState';
import { useReloadPreparation, useSavePreparation } from '../../data/preparation';
import { useReportUnsaved } from '../../hooks/unsavedChanges';
import { useI18n } from '../../i18n/I18nContext';
import { isStaleVersion } from '../plan/staleSlot';
import type { AnswerDraft, PrepDraft } from './prepForm';
import { answerOf, draftFrom, isDirty, rebase, saveRequest } from './prepForm';
import { QuestionField } from './QuestionField';
import { SelfAssessmentFields } from './SelfAssessmentFields';
import { useFieldsetStyles } from './fieldsetStyles';
import { isSelfDirty, rebaseSelf, selfAssessmentRequest, selfDraftFrom, type SelfDraft } from './selfAssessmentForm';
import { VariantChoice } from './VariantChoice';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** The questions in catalogue order, with the kernkwadrant's four as one block where the first one stands. */
type Block = { kind: 'single'; question: PrepQuestion } | { kind: 'kernkwadrant'; questions: PrepQuestion[] };

function blocks(questions: readonly PrepQuestion[]): Block[] {
  const result: Block[] = [];
  for (const question of questions) {
    if (question.group !== 'kernkwadrant') result.push({ kind: 'single', question });
    else {
      const group = result.find((b): b is Extract<Block, { kind: 'kernkwadrant' }> => b.kind === 'kernkwadrant');
      if (group) group.questions.push(question);
      else result.push({ kind: 'kernkwadrant', questions: [question] });
    }
  }
  return result;
}

type Outcome = { kind: 'saved'; completed: boolean } | { kind: 'conflict' } | { kind: 'reloaded' } | { kind: 'failed'; error: unknown };

interface PreparationFormProps {
  conversationId: string;
  initial: PreparationResponse;
  /** The other party, for the privacy sentence. */
  otherName: string;
  /** The competences the employee can rate themselves on (their function's and its paths'); none: no self-assessment. */
  competences?: readonly { id: string; name: string; description: string }[];
}

/** One person's preparation of one conversation: answers, sharing switches, save for now or done. */
export function PreparationForm({ conversationId, initial, otherName, competences = [] }: PreparationFormProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const fieldset = useFieldsetStyles();
  const role = initial.role;
  const questions = prepQuestionsFor(role, initial.questions);
  const [base, setBase] = useState<PrepDraft>(() => draftFrom(questions, initial.mine));
  const [draft, setDraft] = useState<PrepDraft>(base);
  const [selfBase, setSelfBase] = useState<SelfDraft>(() => selfDraftFrom(initial.mine));
  const [selfDraft, setSelfDraft] = useState<SelfDraft>(selfBase);
  const rates = role === 'employee' && competences.length > 0;
  const [etag, setEtag] = useState(initial.etag);
  const [completed, setCompleted] = useState(initial.mine?.completedAt !== undefined);
  // The employee's choice of Koerskaart: saved with the answers, dirty like them.
  const [savedVariant, setSavedVariant] = useState(initial.mine?.variant);
  const [variant, setVariant] = useState(initial.mine?.variant);
  const [pending, setPending] = useState<'draft' | 'done' | 'reload'>();
  const [outcome, setOutcome] = useState<Outcome>();
  const saving = useSavePreparation();
  const readAgain = useReloadPreparation();
  const dirty = isDirty(base, draft) || (rates && isSelfDirty(selfBase, selfDraft)) || variant !== savedVariant;
  useReportUnsaved(`preparation:${conversationId}`, dirty);

  const set = (id: PrepQuestion['id'], answer: AnswerDraft) => setDraft((d) => ({ ...d, [id]: answer }));

  const save = async (done: boolean) => {
    if (pending) return;
    setPending(done ? 'done' : 'draft');
    try {
      const body = { ...saveRequest(questions, draft, done), ...(rates ? { selfAssessment: selfAssessmentRequest(selfDraft) } : {}), ...(role === 'employee' && variant ? { variant } : {}) };
      const saved = await saving.mutateAsync({ conversationId, etag, body });
      const stored = draftFrom(questions, saved.mine);
      setSavedVariant(saved.mine?.variant);
      setVariant(saved.mine?.variant);
      setBase(stored);
      setDraft(stored);
      const storedSelf = selfDraftFrom(saved.mine);
      setSelfBase(storedSelf);
      setSelfDraft(storedSelf);
      setEtag(saved.etag);
      setCompleted(saved.mine?.completedAt !== undefined);
      setOutcome({ kind: 'saved', completed: done });
    } catch (error) {
      setOutcome(isStaleVersion(error) ? { kind: 'conflict' } : { kind: 'failed', error });
    } finally {
      setPending(undefined);
    }
  };

  const reload = async () => {
    setPending('reload');
    try {
      const latest = await readAgain(conversationId);
      const stored = draftFrom(questions, latest.mine);
      setDraft((current) => rebase(base, current, stored));
      setBase(stored);
      const storedSelf = selfDraftFrom(latest.mine);
      setSelfDraft((current) => rebaseSelf(selfBase, current, storedSelf));
      setSelfBase(storedSelf);
      // A choice made here and not saved yet stays; otherwise the stored one shows.
      if (variant === savedVariant) setVariant(latest.mine?.variant);
      setSavedVariant(latest.mine?.variant);
      setEtag(latest.etag);
      setCompleted(latest.mine?.completedAt !== undefined);
      setOutcome({ kind: 'reloaded' });
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    } finally {
      setPending(undefined);
    }
  };

  const field = (question: PrepQuestion) => (
    <QuestionField
      key={question.id}
      question={question}
      answer={answerOf(draft, question.id)}
      shareLabel={role === 'employee' ? t('prepare.share') : t('prepare.shareWithEmployee', { name: otherName })}
      onChange={(answer) => set(question.id, answer)}
    />
  );

  return (
    <form
      className={styles.form}
      data-testid="preparation-form"
      data-role={role}
      onSubmit={(event) => {
        event.preventDefault();
        void save(completed);
      }}
    >
      <MessageBar intent="info" layout="multiline" data-testid="privacy-note">
        <MessageBarBody>
          <MessageBarTitle>{role === 'employee' ? t('prepare.privateEmployeeTitle') : t('prepare.privateManagerTitle')}</MessageBarTitle>
          {role === 'employee' ? t('prepare.privateEmployee', { manager: otherName }) : t('prepare.privateManager', { employee: otherName })}
        </MessageBarBody>
      </MessageBar>
      {role === 'employee' && <VariantChoice value={variant} onChange={setVariant} />}
      {blocks(questions).map((block) =>
        block.kind === 'single' ? (
          field(block.question)
        ) : (
          <fieldset key="kernkwadrant" className={fieldset.group} data-testid="kernkwadrant">
            <legend className={fieldset.legend}>
              <Text weight="semibold">{t('prepare.kernkwadrantTitle')}</Text>
            </legend>
            <Text as="p" block>
              {t('prepare.kernkwadrantHint')}
            </Text>
            {block.questions.map(field)}
          </fieldset>
        ),
      )}
      {rates && <SelfAssessmentFields competences={competences} draft={selfDraft} onChange={setSelfDraft} />}
      <div role="status" aria-live="polite">
        {outcome?.kind === 'saved' && (
          <MessageBar intent="success" data-testid="saved">
            <MessageBarBody>{outcome.completed ? t('prepare.savedDone') : t('prepare.savedDraft')}</MessageBarBody>
          </MessageBar>
        )}
        {outcome?.kind === 'reloaded' && (
          <MessageBar intent="info" layout="multiline" data-testid="reloaded">
            <MessageBarBody>{t('prepare.reloaded')}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {outcome?.kind === 'conflict' && (
        <MessageBar intent="warning" layout="multiline" data-testid="conflict">
          <MessageBarBody>
            <MessageBarTitle>{t('prepare.conflictTitle')}</MessageBarTitle>
            {t('prepare.conflictBody')}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="secondary" onClick={() => void reload()} disabledFocusable={pending !== undefined} data-testid="reload">
              {t('prepare.reload')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {outcome?.kind === 'failed' && <ErrorState message={describeError(outcome.error, language, t)} testId="save-error" />}
      <div className={styles.actions}>
        {completed ? (
          <Button appearance="primary" type="submit" disabledFocusable={pending !== undefined} data-testid="save-changes"
            icon={pending ? <Spinner size="tiny" /> : undefined}>
            {pending ? t('prepare.saving') : t('prepare.saveChanges')}
          </Button>
        ) : (
          <>
            <Button appearance="secondary" onClick={() => void save(false)} disabledFocusable={pending !== undefined} data-testid="save-draft"
              icon={pending === 'draft' ? <Spinner size="tiny" /> : undefined}>
              {pending === 'draft' ? t('prepare.saving') : t('prepare.saveDraft')}
            </Button>
            <Button appearance="primary" onClick={() => void save(true)} disabledFocusable={pending !== undefined} data-testid="finish"
              icon={pending === 'done' ? <Spinner size="tiny" /> : undefined}>
              {pending === 'done' ? t('prepare.saving') : t('prepare.finish')}
            </Button>
          </>
        )}
        {completed && (
          <Badge appearance="tint" color="success" data-testid="done-status">
            {t('prepare.doneStatus')}
          </Badge>
        )}
        {dirty && (
          <Text data-testid="unsaved" size={200}>
            {t('prepare.unsaved')}
          </Text>
        )}
      </div>
    </form>
  );
}
