import type { MeResponse } from '@koers/contracts';
import { MandatoryCertificates } from './portfolio/MandatoryCertificates';
import type { EntryResponse, PortfolioResponse, TimelineItem, UpdateEntryInput, Visibility } from '@koers/domain';
import { formatDate, localDate } from '@koers/domain';
import { Button, Link, makeStyles, MessageBar, MessageBarBody, Text, tokens, useRestoreFocusTarget } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { ApiError } from '../api/errors';
import { describeError } from '../api/describeError';
import { EmptyState } from '../components/EmptyState';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { PageHeading } from '../components/PageHeading';
import { TalentInterestCard } from './insight/TalentInterestCard';
import { usePortfolio, usePortfolioWrites } from '../data/portfolio';
import { shown } from '../data/shown';
import { firstName } from '../format/names';
import { useFromHash } from '../hooks/useHashRoute';
import { useI18n } from '../i18n/I18nContext';
import { portfolioHref, portfolioIdFromHash } from '../routes';
import { DeleteDialog } from './portfolio/DeleteDialog';
import { EntryDialog } from './portfolio/EntryDialog';
import { itemTitle } from './portfolio/timelineText';
import { HeldCanvas } from './canvas/HeldCanvas';
import { TimelineCard, type CanvasRecordSlot, type OwnerControls } from './portfolio/TimelineCard';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  intro: { margin: 0, maxWidth: '70ch' },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  team: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

const canvasRecord: CanvasRecordSlot = (conversationId) => <HeldCanvas conversationId={conversationId} level={4} />;

type Notice = { key: 'portfolio.added' | 'portfolio.saved' | 'portfolio.deleted'; title: string };
type Editing = { kind: 'add' } | { kind: 'edit'; item: Extract<TimelineItem, { source: 'eigen' }> } | { kind: 'delete'; item: Extract<TimelineItem, { source: 'eigen' }> };

/** The timeline under its own heading (the cards' h3s sit below it). */
function TimelineList({ items, today, owner }: { items: readonly TimelineItem[]; today: string; owner?: OwnerControls }) {
  const { t } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" block className={styles.heading}>
        {t('portfolio.timelineLabel')}
      </Text>
      <ol className={styles.list} data-testid="portfolio-timeline">
        {items.map((item) => (
          <li key={item.id}>
            <TimelineCard item={item} today={today} owner={owner} canvasRecord={canvasRecord} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The owner's timeline: add, edit, delete, and the switch per item (each write updates the timeline read). */
function OwnTimeline({ me, portfolio, today, onReload }: { me: MeResponse; portfolio: PortfolioResponse; today: string; onReload: () => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const items = portfolio.items;
  const writes = usePortfolioWrites(me.me.id);
  const entryWrites = {
    add: writes.add.mutateAsync,
    update: (id: string, etag: string, content: UpdateEntryInput) => writes.update.mutateAsync({ id, etag, content }),
  };
  const [editing, setEditing] = useState<Editing>();
  const [notice, setNotice] = useState<Notice>();
  // Tabster gives focus back to what opened a dialog (and keeps its modal bookkeeping right).
  const restoreTarget = useRestoreFocusTarget();
  const managerName = portfolio.manager?.displayName;

  const open = (next: Editing) => setEditing(next);
  const close = () => setEditing(undefined);
  const saved = (entry: EntryResponse, key: Notice['key']) => {
    setNotice({ key, title: entry.content.title });
    close();
  };
  const setVisibility = async (item: TimelineItem, visibility: Visibility) => {
    await writes.setVisibility.mutateAsync({ id: item.id, visibility });
  };

  return (
    <>
      <Text as="p" block className={styles.intro} data-testid="portfolio-intro">
        {t('portfolio.intro')} {managerName ? '' : t('portfolio.introNoManager')}
      </Text>
      {portfolio.mandatoryCertificates && <MandatoryCertificates view={portfolio.mandatoryCertificates} />}
      <div className={styles.toolbar}>
        <Button appearance="primary" {...restoreTarget} onClick={() => open({ kind: 'add' })} data-testid="portfolio-add">
          {t('portfolio.add')}
        </Button>
      </div>
      {/* Always in the page, so screen readers announce the text when it appears. */}
      <div role="status" aria-live="polite">
        {notice && (
          <MessageBar intent="success" data-testid="portfolio-notice" data-kind={notice.key}>
            <MessageBarBody>{t(notice.key, { title: notice.title })}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {items.length === 0 ? (
        <EmptyState level="h2" title={t('portfolio.emptyTitle')} testId="portfolio-empty">
          {t('portfolio.emptyBody')}
        </EmptyState>
      ) : (
        <TimelineList
          items={items}
          today={today}
          owner={{
            managerName,
            setVisibility,
            edit: (i) => i.source === 'eigen' && open({ kind: 'edit', item: i }),
            remove: (i) => i.source === 'eigen' && open({ kind: 'delete', item: i }),
          }}
        />
      )}
      {/* Mounted only while open: a closed Fluent Dialog still leaves tabster's focus guards in the page. */}
      {(editing?.kind === 'add' || editing?.kind === 'edit') && (
        <EntryDialog
          api={entryWrites}
          item={editing.kind === 'edit' ? editing.item : undefined}
          today={today}
          managerName={managerName}
          onClose={close}
          onSaved={(entry) => saved(entry, editing.kind === 'add' ? 'portfolio.added' : 'portfolio.saved')}
          onReload={() => {
            close();
            onReload();
          }}
        />
      )}
      {editing?.kind === 'delete' && (
        <DeleteDialog
          title={editing.item.content.title}
          onClose={close}
          onConfirm={async () => {
            await writes.remove.mutateAsync({ id: editing.item.id, etag: editing.item.etag });
            setNotice({ key: 'portfolio.deleted', title: itemTitle(editing.item, t) });
            close();
          }}
        />
      )}
      {me.reports.length > 0 && <TeamLinks me={me} />}
    </>
  );
}

/** For a manager: the way to each report's portfolio (what they share). */
function TeamLinks({ me }: { me: MeResponse }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="portfolio-team-heading" data-testid="portfolio-team">
      <Text as="h2" id="portfolio-team-heading" size={500} weight="semibold" block className={styles.heading}>
        {t('portfolio.teamTitle')}
      </Text>
      <ul className={styles.team}>
        {me.reports.map((report) => (
          <li key={report.id}>
            <Link href={portfolioHref(report.id)} data-testid="portfolio-team-link" data-person-id={report.id}>
              {t('portfolio.teamLink', { name: report.displayName })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A report's portfolio, read-only: only what they share with their manager. */
function SharedTimeline({ portfolio, today }: { portfolio: PortfolioResponse; today: string }) {
  const { t } = useI18n();
  const styles = useStyles();
  const first = firstName(portfolio.employee.displayName);
  return (
    <>
      <Text as="p" block className={styles.intro} data-testid="portfolio-intro">
        {t('portfolio.otherIntro', { firstName: first })}
      </Text>
      {portfolio.items.length === 0 ? (
        <EmptyState level="h2" title={t('portfolio.otherEmptyTitle')} testId="portfolio-empty">
          {t('portfolio.otherEmptyBody', { firstName: first })}
        </EmptyState>
      ) : (
        <TimelineList items={portfolio.items} today={today} />
      )}
    </>
  );
}

/**
 * "Portfolio": my own timeline since joining, or — at #/portfolio/{id}, for a
 * manager — what a report shares with me.
 */
export function PortfolioPage({ me }: { me: MeResponse }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const subjectId = useFromHash(portfolioIdFromHash) ?? me.me.id;
  const own = subjectId === me.me.id;
  const query = usePortfolio(subjectId);
  const loaded = shown(query);
  const today = formatDate(localDate(new Date(), me.organisation.timeZone));
  const knownName = me.reports.find((r) => r.id === subjectId)?.displayName;
  const name = loaded.status === 'ready' ? loaded.data.employee.displayName : knownName;
  const heading = own ? t('route.portfolio') : name ? t('portfolio.otherTitle', { name }) : t('route.portfolio');

  return (
    <div className={styles.page} data-testid="page-portfolio" data-subject={subjectId}>
      <div>
        <PageHeading>{heading}</PageHeading>
        {!own && (
          <Link href={portfolioHref()} data-testid="portfolio-back">
            {t('portfolio.back')}
          </Link>
        )}
      </div>
      {loaded.status === 'loading' && <LoadingState label={t('portfolio.loading')} testId="portfolio-loading" />}
      {loaded.status === 'error' &&
        (loaded.error instanceof ApiError && loaded.error.status === 404 ? (
          <EmptyState level="h2" title={t('state.errorTitle')} testId="portfolio-not-found">
            {t('portfolio.notFound')}
          </EmptyState>
        ) : (
          <ErrorState message={describeError(loaded.error, language, t)} onRetry={loaded.retry} />
        ))}
      {loaded.status === 'ready' &&
        (loaded.data.role === 'employee' ? (
          <OwnTimeline me={me} portfolio={loaded.data} today={today} onReload={() => void query.refetch()} />
        ) : (
          <SharedTimeline portfolio={loaded.data} today={today} />
        ))}
      {own && <TalentInterestCard />}
    </div>
  );
}
