import type { MeResponse } from '@koers/contracts';
import { formatCivilDate, hasRole, type RoundResponse } from '@koers/domain';
import { Badge, Button, Card, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { describeError } from '../api/describeError';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { EmptyState } from '../components/EmptyState';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { PageHeading } from '../components/PageHeading';
import { useChangeRound, useRoundMembers, useRounds } from '../data/rounds';
import { shown } from '../data/shown';
import { useI18n } from '../i18n/I18nContext';
import { ExemptionList } from './rounds/ExemptionList';
import { RoundForm } from './rounds/RoundForm';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  title: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Editing = { kind: 'new' } | { kind: 'edit'; round: RoundResponse } | undefined;
type Confirming = { kind: 'start' | 'close'; round: RoundResponse } | undefined;

/** *Rondes*: HR creates, edits, starts and closes conversation rounds, and keeps the exemptions. */
export function RoundsPage({ me }: { me: MeResponse }) {
  const { t } = useI18n();
  const styles = useStyles();
  if (!hasRole(me.me, 'hr')) {
    return (
      <div className={styles.page} data-testid="page-rounds">
        <PageHeading>{t('route.rounds')}</PageHeading>
        <EmptyState level="h2" title={t('state.errorTitle')} testId="rounds-hr-only">
          {t('rounds.hrOnly')}
        </EmptyState>
      </div>
    );
  }
  return <HrRounds />;
}

function HrRounds() {
  const { t, language } = useI18n();
  const styles = useStyles();
  const query = useRounds();
  const rounds = shown(query);
  const change = useChangeRound();
  const [editing, setEditing] = useState<Editing>();
  const [confirming, setConfirming] = useState<Confirming>();
  const [open, setOpen] = useState<string>();
  const [notice, setNotice] = useState<string>();

  const reload = async (roundId: string) => (await query.refetch()).data?.rounds.find((r) => r.round.id === roundId);

  return (
    <div className={styles.page} data-testid="page-rounds">
      <div>
        <PageHeading>{t('route.rounds')}</PageHeading>
        <Text as="p">{t('rounds.intro')}</Text>
      </div>
      <div role="status" aria-live="polite">
        {notice && (
          <MessageBar intent="success" layout="multiline" data-testid="rounds-notice">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {editing ? (
        <Card>
          <RoundForm
            key={editing.kind === 'edit' ? editing.round.round.id : 'new'}
            {...(editing.kind === 'edit' ? { editing: editing.round } : {})}
            reload={() => (editing.kind === 'edit' ? reload(editing.round.round.id) : Promise.resolve(undefined))}
            onCancel={() => setEditing(undefined)}
            onSaved={(saved) => {
              setEditing(undefined);
              setOpen(saved.round.id);
              setNotice(t('rounds.saved'));
            }}
          />
        </Card>
      ) : (
        <div className={styles.actions}>
          <Button appearance="primary" onClick={() => (setNotice(undefined), setEditing({ kind: 'new' }))} data-testid="rounds-new">
            {t('rounds.new')}
          </Button>
        </div>
      )}
      <section className={styles.card} aria-labelledby="rounds-list-title">
        <Text as="h2" id="rounds-list-title" size={600} weight="semibold">
          {t('rounds.listTitle')}
        </Text>
        {rounds.status === 'loading' && <LoadingState label={t('rounds.loading')} testId="rounds-loading" />}
        {rounds.status === 'error' && <ErrorState message={describeError(rounds.error, language, t)} onRetry={rounds.retry} testId="rounds-error" />}
        {rounds.status === 'ready' && rounds.data.rounds.length === 0 && (
          <EmptyState level="h3" title={t('rounds.emptyTitle')} testId="rounds-empty">
            {t('rounds.emptyBody')}
          </EmptyState>
        )}
        {rounds.status === 'ready' && rounds.data.rounds.length > 0 && (
          <ul className={styles.list}>
            {rounds.data.rounds.map((entry) => (
              <li key={entry.round.id}>
                <RoundCard
                  entry={entry}
                  open={open === entry.round.id}
                  onToggle={() => setOpen(open === entry.round.id ? undefined : entry.round.id)}
                  onEdit={() => (setNotice(undefined), setEditing({ kind: 'edit', round: entry }))}
                  onStart={() => setConfirming({ kind: 'start', round: entry })}
                  onClose={() => setConfirming({ kind: 'close', round: entry })}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      {confirming && (
        <ConfirmDialog
          title={confirming.kind === 'start' ? t('rounds.startTitle') : t('rounds.closeTitle')}
          keepLabel={t('rounds.form.cancel')}
          confirmLabel={confirming.kind === 'start' ? t('rounds.start') : t('rounds.close')}
          pendingLabel={t('rounds.form.saving')}
          testId={`round-${confirming.kind}`}
          onClose={() => setConfirming(undefined)}
          onConfirm={async () => {
            await change.mutateAsync({ kind: confirming.kind, roundId: confirming.round.round.id, etag: confirming.round.etag });
            setNotice(confirming.kind === 'start' ? t('rounds.started') : t('rounds.closed'));
            setConfirming(undefined);
          }}
        >
          <Text as="p">{confirming.kind === 'start' ? t('rounds.startBody', { members: confirming.round.members - confirming.round.exempt }) : t('rounds.closeBody')}</Text>
        </ConfirmDialog>
      )}
    </div>
  );
}

function RoundCard({ entry, open, onToggle, onEdit, onStart, onClose }: { entry: RoundResponse; open: boolean; onToggle: () => void; onEdit: () => void; onStart: () => void; onClose: () => void }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const { round } = entry;
  const headingId = `round-${round.id}`;
  return (
    <Card className={styles.card} aria-labelledby={headingId} data-testid="round-card" data-round={round.id} data-status={round.status}>
      <div className={styles.title}>
        <Text as="h3" id={headingId} size={500} weight="semibold">
          {round.name}
        </Text>
        <Badge appearance="tint" color={round.status === 'gestart' ? 'success' : round.status === 'concept' ? 'informative' : 'subtle'} data-testid="round-status">
          {t(`rounds.status.${round.status}`)}
        </Badge>
      </div>
      <Text>
        {t('rounds.period', { from: formatCivilDate(round.period.from, locale), to: formatCivilDate(round.period.to, locale) })} · {t(`rounds.form.type.${round.conversationType}`)}
      </Text>
      <Text data-testid="round-counts">{t('rounds.counts', { members: entry.members, exempt: entry.exempt })}</Text>
      <div className={styles.actions}>
        {round.status === 'concept' && (
          <>
            <Button appearance="primary" onClick={onStart} data-testid="round-start">
              {t('rounds.start')}
            </Button>
            <Button onClick={onEdit} data-testid="round-edit">
              {t('rounds.edit')}
            </Button>
          </>
        )}
        {round.status === 'gestart' && (
          <Button onClick={onClose} data-testid="round-close">
            {t('rounds.close')}
          </Button>
        )}
        <Button appearance="subtle" aria-expanded={open} aria-controls={`${headingId}-members`} onClick={onToggle} data-testid="round-toggle-members">
          {t('rounds.members')}
        </Button>
      </div>
      {open && (
        <div id={`${headingId}-members`}>
          <Members entry={entry} />
        </div>
      )}
    </Card>
  );
}

function Members({ entry }: { entry: RoundResponse }) {
  const { t, language } = useI18n();
  const members = shown(useRoundMembers(entry.round.id));
  if (members.status === 'loading') return <LoadingState label={t('rounds.membersLoading')} />;
  if (members.status === 'error') return <ErrorState message={describeError(members.error, language, t)} onRetry={members.retry} />;
  if (members.data.members.length === 0) return <Text>{t('rounds.membersEmpty')}</Text>;
  return <ExemptionList roundId={entry.round.id} members={members.data.members} disabled={entry.round.status === 'afgesloten'} showPartner />;
}
