import { Button, Caption1, Field, makeStyles, MessageBar, MessageBarBody, Spinner, Text, Textarea, tokens } from '@fluentui/react-components';
import { MAX_REMARK_LENGTH, remarkOnAgreedVersion, type EmployeeRemark, type PopResponse } from '@koers/domain';
import { useId, useState } from 'react';
import { describeError } from '../../api/describeError';
import type { RemarkSubject } from '../../api/remarkApi';
import { useConversation } from '../../data/booking';
import { useMe } from '../../data/people';
import { useSaveRemark, useWithdrawRemark } from '../../data/remark';
import { useI18n } from '../../i18n/I18nContext';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0, maxWidth: '48rem' },
  quote: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

interface RemarkPanelProps {
  subject: RemarkSubject;
  remark: EmployeeRemark | undefined;
  /** Only the employee writes; the other party reads. */
  isEmployee: boolean;
  employeeName: string;
  managerName: string;
  timeZone: string;
  /** The level of the heading. */
  level: 'h2' | 'h3' | 'h4';
  /** Told after a change, so the page can take the record (and its etag) fresh. */
  onChanged?: () => void;
}

/**
 * "Ik zie dit anders": the employee's own remark beside an agreed plan or a held conversation. The
 * employee writes, changes or withdraws it; the other party reads it. A failed save keeps the text.
 */
export function RemarkPanel({ subject, remark: stored, isEmployee, employeeName, managerName, timeZone, level, onChanged }: RemarkPanelProps) {
  const { t, language, formatDateTime } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  // The server's answer shows at once; the page's own copy of the record follows (onChanged).
  const [answered, setAnswered] = useState<EmployeeRemark | null>();
  const save = useSaveRemark(subject);
  const withdraw = useWithdrawRemark(subject);
  const remark = answered === undefined ? stored : (answered ?? undefined);
  const changed = (answer: { remark: EmployeeRemark | null }) => {
    setAnswered(answer.remark);
    onChanged?.();
  };
  const date = (iso: string) => formatDateTime(iso, timeZone, { dateStyle: 'long' });

  if (!remark && !isEmployee) return null;
  const length = text.trim().length;
  const problem = length > MAX_REMARK_LENGTH ? t('remark.tooLong', { count: length }) : undefined;
  const submit = () => {
    if (length === 0 || problem) return;
    save.mutate(text, {
      onSuccess: (answer) => {
        setEditing(false);
        changed(answer);
      },
    });
  };
  const startEditing = () => {
    setText(remark?.text ?? '');
    save.reset();
    setEditing(true);
  };

  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid={`remark-${subject.kind}`} data-print="hide">
      <Text as={level} id={headingId} size={400} weight="semibold">
        {t('remark.heading', { name: employeeName })}
      </Text>
      {remark && !editing && (
        <blockquote className={styles.quote} data-testid="remark-shown">
          <Text as="p" className={styles.text}>
            {remark.text}
          </Text>
          <Caption1 data-testid="remark-date">
            {t('remark.line', { name: employeeName, date: date(remark.at) })}
            {remark.changedAt ? ` · ${t('remark.changedOn', { date: date(remark.changedAt) })}` : ''}
          </Caption1>
        </blockquote>
      )}
      {isEmployee && !editing && (
        <div className={styles.actions}>
          <Button appearance="secondary" onClick={startEditing} data-testid="remark-open">
            {remark ? t('remark.edit') : t('remark.open')}
          </Button>
          {remark && (
            <Button appearance="subtle" disabledFocusable={withdraw.isPending} onClick={() => withdraw.mutate(undefined, { onSuccess: changed })} data-testid="remark-withdraw">
              {t('remark.withdraw')}
            </Button>
          )}
        </div>
      )}
      {editing && (
        <form
          className={styles.section}
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Field
            label={t('remark.label')}
            hint={t(subject.kind === 'pop' ? 'remark.hint.pop' : 'remark.hint.conversation', { manager: managerName })}
            validationMessage={problem}
            validationState={problem ? 'error' : 'none'}
          >
            <Textarea value={text} onChange={(_e, d) => setText(d.value)} resize="vertical" rows={5} data-testid="remark-text" />
          </Field>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              type="submit"
              disabledFocusable={save.isPending || length === 0 || problem !== undefined}
              icon={save.isPending ? <Spinner size="tiny" /> : undefined}
              data-testid="remark-save"
            >
              {save.isPending ? t('remark.saving') : t('remark.save')}
            </Button>
            <Button appearance="secondary" onClick={() => setEditing(false)} disabledFocusable={save.isPending} data-testid="remark-cancel">
              {t('remark.cancel')}
            </Button>
          </div>
        </form>
      )}
      <div role="status" aria-live="polite">
        {save.isSuccess && !editing && <Text data-testid="remark-saved">{t('remark.saved')}</Text>}
      </div>
      {(save.isError || withdraw.isError) && (
        <MessageBar intent="error" layout="multiline" data-testid="remark-error">
          <MessageBarBody>{`${t('remark.failed')} ${describeError(save.error ?? withdraw.error, language, t)}`}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/** The remark beside the plan as last agreed. */
export function PopRemarkPanel({ view, timeZone, onChanged }: { view: PopResponse; timeZone: string; onChanged: () => void }) {
  if (view.latestApprovedVersion === undefined) return null;
  return (
    <RemarkPanel
      subject={{ kind: 'pop', id: view.pop.id }}
      remark={remarkOnAgreedVersion(view.pop)}
      isEmployee={view.role === 'employee'}
      employeeName={view.employee.displayName}
      managerName={view.manager.displayName}
      timeZone={timeZone}
      level="h3"
      onChanged={onChanged}
    />
  );
}

/** The remark on a held conversation, read with the conversation. */
export function ConversationRemarkPanel({ conversationId, myUserId, level }: { conversationId: string; myUserId: string; level: 'h3' | 'h4' }) {
  const conversation = useConversation(conversationId);
  const timeZone = useMe().data?.organisation.timeZone ?? 'Europe/Amsterdam';
  const { t } = useI18n();
  const view = conversation.data;
  if (!view || view.conversation.status !== 'gehouden') return null;
  if (view.conversation.contentRemovedAt) return <Text as="p">{t('remark.contentRemoved')}</Text>;
  return (
    <RemarkPanel
      subject={{ kind: 'conversation', id: conversationId }}
      remark={view.conversation.remark}
      isEmployee={view.conversation.employeeId === myUserId}
      employeeName={view.employee.displayName}
      managerName={view.manager.displayName}
      timeZone={timeZone}
      level={level}
    />
  );
}
