import {
  Badge,
  Button,
  Field,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { PROGRESS_PERSON_FIELDS, RoundProgressStatus, type ProgressBoardResponse, type ProgressPersonField, type ProgressFilterQuery, type ProgressPerson, type StatusCounts } from '@koers/domain';
import { useId, useState } from 'react';
import { describeError } from '../../api/describeError';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useKoersApi } from '../../data/KoersApiContext';
import { useProgressBoard, useProgressPeople, useProgressRounds } from '../../data/progress';
import { shown } from '../../data/shown';
import { useI18n } from '../../i18n/I18nContext';
import { routeHref } from '../../routes';
import { safeFileName, saveBlob } from '../pop/pdfDownload';

const STATUSES = RoundProgressStatus.options;

const useStyles = makeStyles({
  board: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  tiles: { display: 'grid', gap: tokens.spacingHorizontalS, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 8.5rem), 1fr))', listStyleType: 'none', margin: 0, padding: 0 },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  tableWrap: { overflowX: 'auto' },
  // Columns as wide as their words: on a phone the box scrolls sideways, no heading is squeezed.
  countsTable: { tableLayout: 'auto', minWidth: '100%' },
  peopleTable: { tableLayout: 'auto', minWidth: '100%' },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  tileNumber: { fontVariantNumeric: 'tabular-nums' },
  filters: { display: 'grid', gap: tokens.spacingHorizontalM, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 12rem), 1fr))' },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** HR-inzicht → Voortgang: the round's counts, the filtered list of who stands where, and the exports. */
export function ProgressBoard({ timeZone }: { timeZone: string }) {
  const { t, language } = useI18n();
  const rounds = shown(useProgressRounds());
  const [chosen, setChosen] = useState<string>();
  const roundId = chosen ?? (rounds.status === 'ready' ? rounds.data.rounds[0]?.id : undefined);
  const pickerId = useId();

  if (rounds.status === 'loading') return <LoadingState label={t('app.loading')} testId="progress-loading" />;
  if (rounds.status === 'error') return <ErrorState message={describeError(rounds.error, language, t)} onRetry={rounds.retry} testId="progress-error" />;
  if (!roundId) {
    return (
      <EmptyState level="h2" title={t('progress.noRounds')} testId="progress-no-rounds">
        {t('progress.noRoundsBody')}
      </EmptyState>
    );
  }
  return (
    <div data-testid="progress-board">
      {rounds.data.rounds.length > 1 && (
        <Field label={{ htmlFor: pickerId, children: t('progress.round') }}>
          <Select id={pickerId} value={roundId} onChange={(_e, d) => setChosen(d.value)} data-testid="progress-round">
            {rounds.data.rounds.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <RoundBoard key={roundId} roundId={roundId} timeZone={timeZone} />
    </div>
  );
}

function RoundBoard({ roundId, timeZone }: { roundId: string; timeZone: string }) {
  const { t, language, locale, formatDateTime } = useI18n();
  const styles = useStyles();
  const board = shown(useProgressBoard(roundId));
  const [filter, setFilter] = useState<ProgressFilterQuery>({});
  if (board.status === 'loading') return <LoadingState label={t('app.loading')} testId="progress-loading" />;
  if (board.status === 'error') return <ErrorState message={describeError(board.error, language, t)} onRetry={board.retry} testId="progress-error" />;
  const { round } = board.data;
  const day = (ymd: string) => formatDateTime(`${ymd}T12:00:00Z`, 'UTC', { day: 'numeric', month: 'long', year: 'numeric' });
  return (
    <div className={styles.board}>
      <div className={styles.section}>
        <Text as="h2" size={600} weight="semibold" className={styles.heading} data-testid="progress-round-name">
          {round.name}
        </Text>
        <Text className={styles.muted}>{t('progress.period', { from: day(round.period.from), to: day(round.period.to) })}</Text>
      </div>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          {t('progress.privacyNote')}{' '}
          <Link href={routeHref('hr-view')} data-testid="progress-what-hr-sees">
            {t('progress.whatHrSees')}
          </Link>
        </MessageBarBody>
      </MessageBar>
      <Totals counts={board.data.total} />
      <CountsTable
        title={t('progress.byDepartment')}
        column={t('progress.field.department')}
        testId="progress-departments"
        rows={board.data.departments.map((d) => ({ key: d.department ?? '', name: d.department ?? t('progress.noDepartment'), counts: d.counts }))}
      />
      <CountsTable
        title={t('progress.byManager')}
        column={t('progress.field.managerName')}
        testId="progress-managers"
        rows={board.data.managers.map((m) => ({ key: m.managerId ?? '', name: m.managerName ?? t('progress.noManager'), counts: m.counts }))}
      />
      <People board={board.data} filter={filter} onFilter={setFilter} timeZone={timeZone} locale={locale} />
    </div>
  );
}

function Totals({ counts }: { counts: StatusCounts }) {
  const { t } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {t('progress.total')}
      </Text>
      <ul role="list" className={styles.tiles} data-testid="progress-total">
        {STATUSES.map((status) => (
          <li key={status} className={styles.tile} data-status={status} data-testid={`progress-total-${status}`}>
            <Text size={700} weight="semibold" className={styles.tileNumber}>
              {counts[status]}
            </Text>
            <Text>{t(`progress.status.${status}`)}</Text>
          </li>
        ))}
      </ul>
    </section>
  );
}

function CountsTable({ title, column, rows, testId }: { title: string; column: string; rows: { key: string; name: string; counts: StatusCounts }[]; testId: string }) {
  const { t } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid={testId}>
      <Text as="h3" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {title}
      </Text>
      <div className={styles.tableWrap} role="region" aria-label={t('progress.scroll', { table: title })} tabIndex={0}>
        <Table size="small" aria-labelledby={headingId} className={styles.countsTable}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{column}</TableHeaderCell>
              {STATUSES.map((status) => (
                <TableHeaderCell key={status} scope="col">
                  {t(`progress.status.${status}`)}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.key} data-testid={`${testId}-row`}>
                <TableCell>{row.name}</TableCell>
                {STATUSES.map((status) => (
                  <TableCell key={status} className={styles.number} data-status={status}>
                    {row.counts[status]}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}

const STATUS_COLOUR: Record<ProgressPerson['status'], 'informative' | 'brand' | 'success' | 'warning' | 'subtle'> = {
  uitgenodigd: 'informative',
  gepland: 'brand',
  voorbereid: 'brand',
  gehouden: 'success',
  'pop-akkoord': 'success',
  'vervolg-gepland': 'success',
  achterstand: 'warning',
  vrijgesteld: 'subtle',
};

function People({
  board,
  filter,
  onFilter,
  timeZone,
  locale,
}: {
  board: ProgressBoardResponse;
  filter: ProgressFilterQuery;
  onFilter: (filter: ProgressFilterQuery) => void;
  timeZone: string;
  locale: 'nl-NL' | 'nl-BE' | 'en-GB';
}) {
  const { t, language, formatDateTime } = useI18n();
  const styles = useStyles();
  const api = useKoersApi().progress;
  const headingId = useId();
  const ids = { department: useId(), manager: useId(), status: useId() };
  const people = useProgressPeople(board.round.id, filter);
  const [pending, setPending] = useState<'csv' | 'xlsx'>();
  const [failure, setFailure] = useState<unknown>();
  const items = people.data?.pages.flatMap((page) => page.items) ?? [];
  const date = (iso: string | undefined) => (iso ? formatDateTime(iso, timeZone, { dateStyle: 'medium' }) : '');
  const cell = (p: ProgressPerson, field: ProgressPersonField) => {
    if (field === 'status') {
      return (
        <Badge appearance="tint" color={STATUS_COLOUR[p.status]}>
          {t(`progress.status.${p.status}`)}
        </Badge>
      );
    }
    if (field === 'displayName' || field === 'department' || field === 'managerName') return p[field] ?? '';
    return date(p[field]);
  };
  const set = (key: keyof ProgressFilterQuery, value: string) => {
    const next: ProgressFilterQuery = { ...filter };
    if (value === '') delete next[key];
    else if (key === 'status') next.status = [value as ProgressPerson['status']];
    else next[key] = value;
    onFilter(next);
  };

  const download = async (format: 'csv' | 'xlsx') => {
    setPending(format);
    setFailure(undefined);
    try {
      saveBlob(await api.exportFile(board.round.id, filter, format, locale), safeFileName(`${board.round.name}.${format}`));
    } catch (error) {
      setFailure(error);
    } finally {
      setPending(undefined);
    }
  };

  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="progress-people">
      <Text as="h3" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {t('progress.people')}
      </Text>
      <div className={styles.filters}>
        <Field label={{ htmlFor: ids.department, children: t('progress.filter.department') }}>
          <Select id={ids.department} value={filter.department ?? ''} onChange={(_e, d) => set('department', d.value)} data-testid="progress-filter-department">
            <option value="">{t('progress.filter.all')}</option>
            {board.departments.flatMap((d) => (d.department ? [<option key={d.department} value={d.department}>{d.department}</option>] : []))}
          </Select>
        </Field>
        <Field label={{ htmlFor: ids.manager, children: t('progress.filter.manager') }}>
          <Select id={ids.manager} value={filter.managerId ?? ''} onChange={(_e, d) => set('managerId', d.value)} data-testid="progress-filter-manager">
            <option value="">{t('progress.filter.all')}</option>
            {board.managers.flatMap((m) => (m.managerId ? [<option key={m.managerId} value={m.managerId}>{m.managerName ?? t('progress.noManager')}</option>] : []))}
          </Select>
        </Field>
        <Field label={{ htmlFor: ids.status, children: t('progress.filter.status') }}>
          <Select id={ids.status} value={filter.status?.[0] ?? ''} onChange={(_e, d) => set('status', d.value)} data-testid="progress-filter-status">
            <option value="">{t('progress.filter.all')}</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`progress.status.${status}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        {(['xlsx', 'csv'] as const).map((format) => (
          <Button
            key={format}
            disabledFocusable={pending !== undefined}
            icon={pending === format ? <Spinner size="tiny" /> : undefined}
            onClick={() => void download(format)}
            data-testid={`progress-export-${format}`}
          >
            {t(format === 'csv' ? 'progress.export.csv' : 'progress.export.xlsx')}
          </Button>
        ))}
      </div>
      {failure !== undefined && <ErrorState message={describeError(failure, language, t)} onRetry={() => setFailure(undefined)} testId="progress-export-error" />}
      {people.isPending ? (
        <LoadingState label={t('app.loading')} testId="progress-people-loading" />
      ) : people.isError ? (
        <ErrorState message={describeError(people.error, language, t)} onRetry={() => void people.refetch()} testId="progress-people-error" />
      ) : items.length === 0 ? (
        <Text as="p" data-testid="progress-people-empty">
          {t('progress.noPeople')}
        </Text>
      ) : (
        <div className={styles.tableWrap} role="region" aria-label={t('progress.scroll', { table: t('progress.people') })} tabIndex={0}>
          <Table size="small" aria-labelledby={headingId} className={styles.peopleTable}>
            <TableHeader>
              <TableRow>
                {PROGRESS_PERSON_FIELDS.map((field) => (
                  <TableHeaderCell key={field} scope="col">
                    {t(`progress.field.${field}`)}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((p) => (
                <TableRow key={p.personId} data-testid="progress-person" data-status={p.status}>
                  {PROGRESS_PERSON_FIELDS.map((field) => (
                    <TableCell key={field}>{cell(p, field)}</TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {people.hasNextPage && (
        <div>
          <Button appearance="subtle" disabledFocusable={people.isFetchingNextPage} onClick={() => void people.fetchNextPage()} data-testid="progress-more">
            {t('progress.more')}
          </Button>
        </div>
      )}
    </section>
  );
}
