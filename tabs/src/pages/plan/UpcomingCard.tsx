import type { MeResponse } from '@koers/contracts';
import type { Conversation, ConversationView, ProposedSlot } from '@koers/domain';
import { Badge, Button, Card, Link, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { describeError } from '../../api/describeError';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { firstName } from '../../format/names';
import { periodLabel } from '../../format/when';
import { useCancelConversation, useConversation, useRescheduleConversation } from '../../data/booking';
import { shown } from '../../data/shown';
import { useI18n } from '../../i18n/I18nContext';
import { CancelDialog } from './CancelDialog';
import { ProposalPicker } from './ProposalPicker';
import { isStaleVersion } from './staleSlot';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
  links: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  reschedule: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export type ChangeNotice = { kind: 'rescheduled' | 'cancelled'; name: string; firstName: string; when: string };

interface UpcomingCardProps {
  me: MeResponse;
  conversation: Conversation;
  onChanged: (notice: ChangeNotice) => void;
}

/** One upcoming conversation: when, links, whether the employee prepared; reschedule or cancel it. */
export function UpcomingCard({ me, conversation, onChanged }: UpcomingCardProps) {
  const { t, locale, language } = useI18n();
  const styles = useStyles();
  const query = useConversation(conversation.id);
  const details = shown(query);
  const rescheduling = useRescheduleConversation();
  const cancelling = useCancelConversation();
  const [mode, setMode] = useState<'view' | 'reschedule' | 'cancel'>('view');
  const [slot, setSlot] = useState<ProposedSlot>();
  const [missingSlot, setMissingSlot] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>();
  const [staleAfterCancel, setStaleAfterCancel] = useState(false);
  const timeZone = me.organisation.timeZone;
  const report = me.reports.find((r) => r.id === conversation.employeeId);
  const name = details.status === 'ready' ? details.data.employee.displayName : (report?.displayName ?? '');
  const when = conversation.start ? periodLabel(conversation.start, conversation.end, timeZone, locale) : '';

  // The list says it changed since these details were read (the other window, the bot): read them again.
  const { refetch } = query;
  const detailsUpdatedAt = query.data?.conversation.updatedAt;
  useEffect(() => {
    if (detailsUpdatedAt !== undefined && detailsUpdatedAt < conversation.updatedAt) void refetch();
  }, [detailsUpdatedAt, conversation.updatedAt, refetch]);

  const reschedule = async (view: ConversationView) => {
    if (pending) return;
    if (!slot) {
      setMissingSlot(true);
      return;
    }
    setPending(true);
    setError(undefined);
    try {
      const moved = await rescheduling.mutateAsync({ id: view.conversation.id, etag: view.etag, times: { start: slot.start, end: slot.end }, employeeId: view.employee.id });
      const newWhen = periodLabel(moved.conversation.start ?? slot.start, moved.conversation.end ?? slot.end, timeZone, locale);
      setMode('view');
      onChanged({ kind: 'rescheduled', name, firstName: firstName(name), when: newWhen });
    } catch (failure) {
      // Changed meanwhile, or the time taken meanwhile: the details and proposals are read again.
      setError(failure);
    } finally {
      setPending(false);
    }
  };

  const cancel = async (view: ConversationView, reason: string | undefined) => {
    try {
      await cancelling.mutateAsync({ id: view.conversation.id, etag: view.etag, request: reason ? { reason } : {} });
    } catch (failure) {
      // Read it again once the dialog closes: reloading now would take the dialog away mid-sentence.
      if (isStaleVersion(failure)) setStaleAfterCancel(true);
      throw failure;
    }
    setMode('view');
    onChanged({ kind: 'cancelled', name, firstName: firstName(name), when });
  };

  return (
    <Card appearance="outline" className={styles.card} data-testid="upcoming" data-conversation-id={conversation.id}>
      <div className={styles.head}>
        <Text as="h3" size={400} weight="semibold" block className={styles.heading}>
          {t('plan.conversationWith', { name })}
        </Text>
        {details.status === 'ready' &&
          (details.data.employeePrepared ? (
            <Badge appearance="tint" color="success" data-testid="prepared">
              {t('plan.prepared')}
            </Badge>
          ) : (
            <Badge appearance="tint" color="informative" data-testid="not-prepared">
              {t('plan.notPrepared')}
            </Badge>
          ))}
      </div>
      <Text as="p" block data-testid="upcoming-when">
        {when}
      </Text>
      <Text as="p" block data-testid="upcoming-where">
        {conversation.location ? t('plan.location', { location: conversation.location }) : t('plan.online')}
      </Text>
      {details.status === 'loading' && <LoadingState label={t('plan.detailsLoading')} testId="details-loading" />}
      {details.status === 'error' && <ErrorState message={describeError(details.error, language, t)} onRetry={details.retry} />}
      {details.status === 'ready' && (
        <>
          <div className={styles.links}>
            {details.data.conversation.meeting?.joinUrl && (
              <Link href={details.data.conversation.meeting.joinUrl} target="_blank" rel="noreferrer" data-testid="join-link">
                {t('plan.joinLink')}
              </Link>
            )}
            <Link href={details.data.canvasUrl} data-testid="canvas-link">
              {t('plan.canvasLink')}
            </Link>
          </div>
          {mode !== 'reschedule' && (
            <div className={styles.actions}>
              <Button
                appearance="secondary"
                onClick={() => {
                  setError(undefined);
                  setMissingSlot(false);
                  setMode('reschedule');
                }}
                data-testid="reschedule"
              >
                {t('plan.reschedule')}
              </Button>
              <Button appearance="secondary" onClick={() => setMode('cancel')} data-testid="cancel">
                {t('plan.cancel')}
              </Button>
            </div>
          )}
          {mode === 'reschedule' && (
            <div className={styles.reschedule} data-testid="reschedule-panel">
              <ProposalPicker
                me={me}
                employee={details.data.employee}
                label={t('plan.rescheduleLabel', { name })}
                selected={slot}
                onSelect={(next) => {
                  setSlot(next);
                  if (next) setMissingSlot(false);
                }}
                validationMessage={missingSlot ? t('plan.pickFirst') : undefined}
              />
              {error !== undefined && <ErrorState message={describeError(error, language, t)} testId="reschedule-error" />}
              <div className={styles.actions}>
                <Button
                  appearance="primary"
                  disabledFocusable={pending}
                  icon={pending ? <Spinner size="tiny" /> : undefined}
                  onClick={() => void reschedule(details.data)}
                  data-testid="reschedule-confirm"
                >
                  {pending ? t('plan.rescheduling') : t('plan.rescheduleConfirm')}
                </Button>
                <Button appearance="subtle" disabledFocusable={pending} onClick={() => setMode('view')} data-testid="reschedule-back">
                  {t('plan.rescheduleBack')}
                </Button>
              </div>
            </div>
          )}
          {/* Mounted only while open: a closed Fluent Dialog still leaves tabster's focus guards in the page. */}
          {mode === 'cancel' && (
            <CancelDialog
              view={details.data}
              when={when}
              firstName={firstName(name)}
              onClose={() => {
                setMode('view');
                if (staleAfterCancel) {
                  setStaleAfterCancel(false);
                  void refetch();
                }
              }}
              onConfirm={(reason) => cancel(details.data, reason)}
            />
          )}
        </>
      )}
    </Card>
  );
}
