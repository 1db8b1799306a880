import type { PopResponse } from '@koers/domain';
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { describeError } from '../../api/describeError';
import { ErrorState } from '../../components/ErrorState';
import { useI18n } from '../../i18n/I18nContext';
import { approveState } from './popForm';
import { instantLabel } from './popFormat';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export type ApproveOutcome = { kind: 'approved' } | { kind: 'conflict' } | { kind: 'failed'; error: unknown };

interface ApprovalPanelProps {
  view: PopResponse;
  dirty: boolean;
  pending: boolean;
  outcome?: ApproveOutcome;
  timeZone: string;
  onApprove: () => void;
  onReload: () => void;
}

/** Who approved which version when, and "Goedkeuren" for what is on screen — never for unsaved edits. */
export function ApprovalPanel({ view, dirty, pending, outcome, timeZone, onApprove, onReload }: ApprovalPanelProps) {
  const { t, locale, language } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const reasonId = useId();
  const version = view.current;
  const state = approveState(version, view.role, dirty);
  const parties = [
    { role: 'employee' as const, person: view.employee },
    { role: 'manager' as const, person: view.manager },
  ];
  const reason =
    state === 'unsaved' ? t('pop.approveUnsaved') : state === 'invalid' ? t('pop.approveEmpty') : state === 'approved-by-me' ? t('pop.approvedByMe', { version: version.number }) : undefined;

  return (
    <section aria-labelledby={headingId} className={styles.section} data-testid="pop-approval">
      <Text as="h2" id={headingId} size={600} weight="semibold">
        {t('pop.approvalTitle')}
      </Text>
      <Text as="p">{t('pop.approvalIntro')}</Text>
      <ul className={styles.list} data-testid="approvals">
        {parties.map(({ role, person }) => {
          const approval = version.approvals[role];
          return (
            <li key={role} data-testid={`approval-${role}`} data-approved={approval ? 'true' : 'false'}>
              {approval
                ? t('pop.approvalOf', { name: person.displayName, date: instantLabel(approval.at, timeZone, locale) })
                : t('pop.approvalPending', { name: person.displayName })}
            </li>
          );
        })}
      </ul>
      <div className={styles.actions} data-print="hide">
        <Button
          appearance="primary"
          disabledFocusable={state !== 'can-approve' || pending}
          aria-describedby={reason ? reasonId : undefined}
          icon={pending ? <Spinner size="tiny" /> : undefined}
          onClick={() => {
            if (state === 'can-approve' && !pending) onApprove();
          }}
          data-testid="approve"
        >
          {pending ? t('pop.approving') : t('pop.approve')}
        </Button>
        {reason && (
          <Text id={reasonId} size={200} data-testid="approve-reason" data-state={state}>
            {reason}
          </Text>
        )}
      </div>
      <div role="status" aria-live="polite">
        {outcome?.kind === 'approved' && (
          <MessageBar intent="success" data-testid="approved">
            <MessageBarBody>{t('pop.approved')}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {outcome?.kind === 'conflict' && (
        <MessageBar intent="warning" layout="multiline" data-testid="approve-conflict">
          <MessageBarBody>
            <MessageBarTitle>{t('pop.approveConflictTitle')}</MessageBarTitle>
            {t('pop.approveConflict')}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="secondary" onClick={onReload} data-testid="approve-reload">
              {t('pop.reload')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {outcome?.kind === 'failed' && <ErrorState message={describeError(outcome.error, language, t)} onRetry={onApprove} testId="approve-error" />}
    </section>
  );
}
