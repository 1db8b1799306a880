import type { MeResponse } from '@koers/contracts';
import type { ApprovePopRequest, PopResponse, RecordProgressRequest } from '@koers/domain';
import { MAX_GOALS } from '@koers/domain';
import { Badge, Button, Card, Link, makeStyles, mergeClasses, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { flushSync } from 'react-dom';
import { describeError } from '../../api/describeError';
import type { RevisePopInput } from '../../api/popApi';
import { ErrorState } from '../../components/ErrorState';
import { useApprovePop, useRecordPopProgress, useReloadPop, useRevisePop, useSavePopReminders } from '../../data/pop';
import { useCatalogue } from '../../data/catalogue';
import { useCareerOptions } from '../../data/careerOptions';
import { PageHeading } from '../../components/PageHeading';
import { useReportUnsaved } from '../../hooks/unsavedChanges';
import { useI18n } from '../../i18n/I18nContext';
import type { ApproveOutcome } from './ApprovalPanel';
import { ApprovalPanel } from './ApprovalPanel';
import { FollowUpRhythmAgreed, FollowUpRhythmEditor, FollowUpRhythmPrinted, useRhythmDraft } from './FollowUpRhythm';
import { GoalCard } from './GoalCard';
import { GoalEditor } from './GoalEditor';
import { GoalView } from './GoalView';
import { HistoryPanel, PdfButton } from './HistoryPanel';
import type { GoalDraft } from './popForm';
import { approveShown, saveGoals } from './popActions';
import { canAddGoal, draftProblems, draftsFromVersion, isDirty, newGoal, rebase, smartHints, today } from './popForm';
import { isGoalChanged } from './goalChanged';
import { ProgressPanel } from './ProgressPanel';
import { RemindersPanel, type SaveReminders } from './RemindersPanel';
import { PopRemarkPanel } from '../remark/RemarkPanel';
import { TrainingRightLine } from './TrainingRightLine';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  intro: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  card: { padding: tokens.spacingHorizontalM },
  saveBar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  /** The saved current version as read-only text: only on paper (PrintStyles), the editor is hidden there. */
  printOnly: { display: 'none' },
});

type SaveOutcome =
  | { kind: 'saved'; newVersion?: number }
  | { kind: 'conflict' }
  | { kind: 'reloaded' }
  | { kind: 'invalid' }
  | { kind: 'failed'; error: unknown };

interface PopPlanProps {
  me: MeResponse;
  initial: PopResponse;
  /** Back to the list, asked through the page (it warns about unsaved edits first). */
  onBack: () => void;
}

/**
 * One plan: the goals editor with the live SMART check, saving with If-Match (a 412 keeps what was
 * typed and offers the newest version), approval of exactly what is saved, progress and history.
 */
export function PopPlan({ me, initial, onBack }: PopPlanProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const goalsHeadingId = useId();
  const [view, setView] = useState(initial);
  const [base, setBase] = useState<GoalDraft[]>(() => draftsFromVersion(initial.current));
  const [draft, setDraft] = useState<GoalDraft[]>(base);
  const [pending, setPending] = useState<'save' | 'reload' | 'approve'>();
  const [outcome, setOutcome] = useState<SaveOutcome>();
  const [approveOutcome, setApproveOutcome] = useState<ApproveOutcome>();
  const [viewing, setViewing] = useState<number>();
  // An agreed plan reads as the agreement; "Wijziging voorstellen" opens the editor on it.
  const [proposing, setProposing] = useState(false);
  const revising = useRevisePop();
  const approving = useApprovePop();
  const recording = useRecordPopProgress();
  const savingReminders = useSavePopReminders();
  const readAgain = useReloadPop();
  const catalogue = useCatalogue().data?.catalogue;
  // The employee's own function, as the career use case resolves it: training it requires is free for them.
  const employeeFunctionId = useCareerOptions(initial.employee.id).data?.function?.id;
  const employeeFunction = catalogue?.functions.find((f) => f.id === employeeFunctionId);
  const writes = {
    revise: (id: string, etag: string, request: RevisePopInput) => revising.mutateAsync({ id, etag, request }),
    approve: (id: string, request: ApprovePopRequest) => approving.mutateAsync({ id, request }),
  };
  const rhythm = useRhythmDraft(initial.current.rhythm);
  const dirty = isDirty(base, draft) || rhythm.dirty;
  useReportUnsaved(`pop:${initial.pop.id}`, dirty);

  /**
   * Where the keyboard goes after adding (the new goal's title) or removing a goal (the add
   * button): the goals change at once, so the element to focus is already there.
   */
  const changeGoalsAndFocus = (change: (goals: GoalDraft[]) => GoalDraft[], focus: { goalId: string } | 'add-goal') => {
    flushSync(() => setDraft(change));
    const target =
      focus === 'add-goal'
        ? document.querySelector('[data-testid="add-goal"]')
        : document.querySelector(`[data-testid="goal-editor"][data-goal-id="${CSS.escape(focus.goalId)}"] [data-testid="goal-title"]`);
    if (target instanceof HTMLElement) target.focus();
  };

  const timeZone = me.me.timeZone;
  const todayYmd = today(new Date(), timeZone);
  const role = view.role;
  const other = role === 'employee' ? view.manager : view.employee;
  const version = view.current;
  const signed = version.approvals.employee !== undefined || version.approvals.manager !== undefined;
  const names: Record<string, string> = {
    [view.employee.id]: view.employee.displayName,
    [view.manager.id]: view.manager.displayName,
    employee: view.employee.displayName,
    manager: view.manager.displayName,
  };

  /** Takes a newer answer from the server; what was typed since `reference` stays on screen. */
  const adopt = (next: PopResponse, reference: readonly GoalDraft[]) => {
    const latest = draftsFromVersion(next.current);
    setDraft((current) => rebase(reference, current, latest));
    setBase(latest);
    rhythm.adopt(next.current.rhythm);
    setView(next);
  };

  const save = async () => {
    if (pending) return;
    const sent = draft;
    setPending('save');
    setApproveOutcome(undefined);
    const result = await saveGoals(writes, view, sent, rhythm.request());
    setPending(undefined);
    if (result.kind === 'saved') {
      adopt(result.view, sent);
      setProposing(false);
      setOutcome({ kind: 'saved', newVersion: result.newVersion });
    } else setOutcome(result);
  };

  const reload = async (after: 'save' | 'approve') => {
    setPending('reload');
    try {
      adopt(await readAgain(view.pop.id), base);
      if (after === 'save') setOutcome({ kind: 'reloaded' });
      else setApproveOutcome(undefined);
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    } finally {
      setPending(undefined);
    }
  };

  const approve = async () => {
    if (pending) return;
    setPending('approve');
    setApproveOutcome(undefined);
    const result = await approveShown(writes, view, dirty);
    setPending(undefined);
    if (result.kind === 'approved') {
      adopt(result.view, base);
      setOutcome(undefined);
      setApproveOutcome({ kind: 'approved' });
    } else if (result.kind !== 'refused') setApproveOutcome(result);
  };

  const record = async (request: Omit<RecordProgressRequest, 'seenVersion'>) => {
    try {
      adopt(await recording.mutateAsync({ id: view.pop.id, request: { ...request, seenVersion: version.number } }), base);
    } catch (error) {
      // The goal changed in a newer version: show that version, then let the caller say so.
      if (isGoalChanged(error)) {
        adopt(await readAgain(view.pop.id), base);
      }
      throw error;
    }
  };

  const saveReminders: SaveReminders = async (request) => {
    const saved = await savingReminders.mutateAsync({ id: view.pop.id, request });
    setView((current) => ({ ...current, pop: { ...current.pop, reminderPreferences: saved.reminderPreferences } }));
    // The plan's document (and its etag) changed: take it fresh, so a later save of the goals is not refused as stale.
    try {
      adopt(await readAgain(view.pop.id), base);
    } catch {
      // Kept as saved; should the etag be stale, the next save of the goals offers the reload.
    }
  };

  const statusLine = (() => {
    const { employee, manager } = version.approvals;
    if (employee && manager) return t('pop.versionApproved', { version: version.number });
    if (employee) return t('pop.versionWaitingOne', { version: version.number, name: view.manager.displayName });
    if (manager) return t('pop.versionWaitingOne', { version: version.number, name: view.employee.displayName });
    return t('pop.versionWaitingBoth', { version: version.number });
  })();
  const old = viewing !== undefined ? view.pop.versions.find((v) => v.number === viewing) : undefined;
  const editing = view.status !== 'goedgekeurd' || proposing;

  const propose = () => {
    flushSync(() => {
      setProposing(true);
      setOutcome(undefined);
    });
    document.querySelector<HTMLElement>('[data-testid="goal-editor"] [data-testid="goal-title"]')?.focus();
  };
  const stopProposing = () => {
    flushSync(() => {
      setDraft(base);
      rhythm.reset();
      setProposing(false);
    });
    document.querySelector<HTMLElement>('[data-testid="propose-change"]')?.focus();
  };

  return (
    <div className={styles.page} data-testid="pop-plan" data-pop-id={view.pop.id} data-role={role}>
      <div className={styles.intro}>
        <div data-print="hide">
          <Link
            href="#/pop"
            onClick={(event) => {
              event.preventDefault();
              onBack();
            }}
            data-testid="pop-back"
          >
            {t('pop.back')}
          </Link>
        </div>
        <PageHeading>{t('pop.planTitle', { name: view.employee.displayName })}</PageHeading>
        <Text as="p">{t('pop.between', { employee: view.employee.displayName, manager: view.manager.displayName })}</Text>
        {me.organisation.locale === 'nl-BE' && <TrainingRightLine employeeId={view.employee.id} />}
        <div role="status" aria-live="polite" className={styles.row}>
          <Badge appearance="filled" color={view.status === 'goedgekeurd' ? 'success' : 'informative'} data-testid="pop-status" data-status={view.status}>
            {t(`pop.status.${view.status}`)}
          </Badge>
          <Text weight="semibold" data-testid="pop-version-line">
            {statusLine}
          </Text>
        </div>
        <div className={styles.row} data-print="hide">
          <Button appearance="secondary" onClick={() => window.print()} data-testid="pop-print">
            {t('pop.print')}
          </Button>
          {view.latestApprovedVersion !== undefined && <PdfButton view={view} version={view.latestApprovedVersion} />}
        </div>
      </div>

      {!old && (
        <section className={mergeClasses(styles.section, styles.printOnly)} data-print="only" data-testid="pop-print-goals">
          <Text as="h2" size={600} weight="semibold">
            {t('pop.goalsTitle')}
          </Text>
          {version.goals.map((goal, i) => (
            <GoalView key={goal.id} goal={goal} n={i + 1} names={names} />
          ))}
          <FollowUpRhythmPrinted view={view} timeZone={timeZone} />
        </section>
      )}
      {old ? (
        <section aria-labelledby={goalsHeadingId} className={styles.section} data-testid="pop-old-version" data-version={old.number}>
          <Text as="h2" id={goalsHeadingId} size={600} weight="semibold">
            {t('pop.versionItem', { version: old.number })}
          </Text>
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{t('pop.viewingOld', { version: old.number })}</MessageBarBody>
            <MessageBarActions>
              <Button appearance="secondary" onClick={() => setViewing(undefined)} data-testid="back-to-current">
                {t('pop.backToCurrent')}
              </Button>
            </MessageBarActions>
          </MessageBar>
          <ul role="list" className={styles.list}>
            {old.goals.map((goal, i) => (
              <li key={goal.id}>
                <Card appearance="outline" className={styles.card}>
                  <GoalView goal={goal} n={i + 1} names={names} />
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ) : !editing ? (
        <section aria-labelledby={goalsHeadingId} className={styles.section} data-testid="pop-document" data-print="hide">
          <Text as="h2" id={goalsHeadingId} size={600} weight="semibold">
            {t('pop.agreedTitle')}
          </Text>
          <Text as="p">{t('pop.agreedIntro')}</Text>
          <ul role="list" className={styles.list}>
            {version.goals.map((goal, i) => (
              <li key={goal.id}>
                <GoalCard goal={goal} n={i + 1} progress={view.progress.find((p) => p.goalId === goal.id)} names={names} timeZone={timeZone} />
              </li>
            ))}
          </ul>
          <FollowUpRhythmAgreed view={view} timeZone={timeZone} />
          <PopRemarkPanel view={view} timeZone={timeZone} onChanged={() => void readAgain(view.pop.id).then((next) => adopt(next, base), () => undefined)} />
          <div className={styles.saveBar}>
            <Button appearance="primary" onClick={propose} data-testid="propose-change">
              {t('pop.proposeChange')}
            </Button>
          </div>
        </section>
      ) : (
        <>
        <form
          data-print="hide"
          aria-labelledby={goalsHeadingId}
          className={styles.section}
          data-testid="pop-editor"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <Text as="h2" id={goalsHeadingId} size={600} weight="semibold">
            {proposing ? t('pop.proposeTitle') : t('pop.goalsTitle')}
          </Text>
          {dirty && signed && (
            <MessageBar intent="info" layout="multiline" data-testid="new-draft-notice">
              <MessageBarBody>{t('pop.newDraftNotice', { version: version.number, next: version.number + 1 })}</MessageBarBody>
            </MessageBar>
          )}
          {draft.length === 0 && <Text as="p">{t('pop.noGoalsYet')}</Text>}
          <ul role="list" className={styles.list}>
            {draft.map((goal, i) => (
              <li key={goal.id}>
                <Card appearance="outline" className={styles.card}>
                  <GoalEditor
                    goal={goal}
                    n={i + 1}
                    role={role}
                    employee={view.employee}
                    manager={view.manager}
                    findings={smartHints(goal, todayYmd)}
                    problems={outcome?.kind === 'invalid' ? draftProblems(goal) : []}
                    onChange={(next) => setDraft((goals) => goals.map((g) => (g.id === goal.id ? next : g)))}
                    onRemove={() => changeGoalsAndFocus((goals) => goals.filter((g) => g.id !== goal.id), 'add-goal')}
                    catalogue={catalogue}
                    employeeFunction={employeeFunction}
                  />
                </Card>
              </li>
            ))}
          </ul>
          <div className={styles.saveBar} data-print="hide">
            <Button
              appearance="secondary"
              disabledFocusable={!canAddGoal(draft)}
              onClick={() => {
                if (!canAddGoal(draft)) return;
                const goal = newGoal(`g-${crypto.randomUUID()}`, view.employee.id);
                changeGoalsAndFocus((goals) => [...goals, goal], { goalId: goal.id });
              }}
              data-testid="add-goal"
            >
              {t('pop.addGoal')}
            </Button>
            {!canAddGoal(draft) && <Text size={200}>{t('pop.maxGoals', { max: MAX_GOALS })}</Text>}
          </div>
          <FollowUpRhythmEditor value={rhythm.value} onChange={rhythm.setValue} />
          <div role="status" aria-live="polite">
            {outcome?.kind === 'saved' && (
              <MessageBar intent="success" data-testid="pop-saved">
                <MessageBarBody>{outcome.newVersion ? t('pop.savedNewVersion', { version: outcome.newVersion }) : t('pop.saved')}</MessageBarBody>
              </MessageBar>
            )}
            {outcome?.kind === 'reloaded' && (
              <MessageBar intent="info" layout="multiline" data-testid="pop-reloaded">
                <MessageBarBody>{t('pop.reloaded')}</MessageBarBody>
              </MessageBar>
            )}
            {outcome?.kind === 'invalid' && draft.some((goal) => draftProblems(goal).length > 0) && (
              <MessageBar intent="warning" layout="multiline" data-testid="pop-invalid">
                <MessageBarBody>{t('pop.fixFirst')}</MessageBarBody>
              </MessageBar>
            )}
          </div>
          {outcome?.kind === 'conflict' && (
            <MessageBar intent="warning" layout="multiline" data-testid="pop-conflict">
              <MessageBarBody>
                <MessageBarTitle>{t('pop.conflictTitle', { name: other.displayName })}</MessageBarTitle>
                {t('pop.conflictBody', { name: other.displayName })}
              </MessageBarBody>
              <MessageBarActions>
                <Button appearance="secondary" onClick={() => void reload('save')} disabledFocusable={pending !== undefined} data-testid="pop-reload">
                  {t('pop.reload')}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          {outcome?.kind === 'failed' && (
            <ErrorState message={describeError(outcome.error, language, t)} onRetry={() => void save()} testId="pop-save-error" />
          )}
          <div className={styles.saveBar} data-print="hide">
            <Button
              appearance="primary"
              type="submit"
              disabledFocusable={pending !== undefined}
              icon={pending === 'save' ? <Spinner size="tiny" /> : undefined}
              data-testid="pop-save"
            >
              {pending === 'save' ? t('pop.saving') : t('pop.save')}
            </Button>
            {proposing && (
              <Button appearance="secondary" onClick={stopProposing} disabledFocusable={pending !== undefined} data-testid="stop-proposing">
                {t('pop.stopProposing')}
              </Button>
            )}
            {dirty && (
              <Text size={200} data-testid="pop-unsaved">
                {t('pop.unsaved')}
              </Text>
            )}
          </div>
        </form>
        </>
      )}

      <ApprovalPanel
        view={view}
        dirty={dirty}
        pending={pending === 'approve'}
        outcome={approveOutcome}
        timeZone={timeZone}
        onApprove={() => void approve()}
        onReload={() => void reload('approve')}
      />
      <ProgressPanel view={view} timeZone={timeZone} record={record} />
      <RemindersPanel view={view} orgCadence={me.organisation.checkInCadenceDays} save={saveReminders} />
      <HistoryPanel view={view} timeZone={timeZone} viewing={viewing} onView={setViewing} />
    </div>
  );
}
