import { dateTimeFormat } from '../../format/dateTimeFormat';
import type { FunctionOption, InsightFilter, InsightGroup, InsightResponse, InsightTable, NamedTalentResponse } from '@koers/domain';
import { HIDDEN_REASONS } from '@koers/domain';
import {
  Button,
  Field,
  makeStyles,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import { describeError } from '../../api/describeError';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useInsight, useInsightRounds, useMoreNamedTalent, useNamedTalent } from '../../data/insight';
import { shown } from '../../data/shown';
import { useI18n } from '../../i18n/I18nContext';
import type { MessageKey, Translate } from '../../i18n/locale';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  filters: { display: 'grid', gap: tokens.spacingVerticalM, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 14rem), 1fr))', '& > *': { minWidth: 0 } },
  // A long option (a round's name and date) must not widen the page on a phone.
  select: { minWidth: 0, maxWidth: '100%' },
  tableWrap: { overflowX: 'auto', width: '100%', maxWidth: '100%' },
  // As wide as its figures need (the region around it scrolls), never squeezed into the phone's width.
  table: { tableLayout: 'auto', width: 'max-content', minWidth: '100%' },
  caption: { textAlign: 'start', paddingBlockEnd: tokens.spacingVerticalS, color: tokens.colorNeutralForeground2 },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  columnHeading: { textAlign: 'end', overflowWrap: 'anywhere', hyphens: 'auto' },
  hidden: { textAlign: 'end', color: tokens.colorNeutralForeground2, fontStyle: 'italic', whiteSpace: 'nowrap' },
  department: { fontWeight: tokens.fontWeightSemibold },
  function: { paddingInlineStart: tokens.spacingHorizontalXL },
  legend: { margin: 0, display: 'grid', gap: tokens.spacingVerticalXS },
  legendTerm: { fontStyle: 'italic', fontWeight: tokens.fontWeightSemibold },
  legendText: { margin: 0 },
  srOnly: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

type Columns = NonNullable<InsightFilter['columns']>;
const COLUMN_SETS: readonly Columns[] = ['soort', 'route', 'buiten-aanbod'];

/** A column's heading: the kind or route of development, in the POP's own words. */
function attributeLabel(attribute: string, t: Translate, functions: ReadonlyMap<string, string>): string {
  const [family, value = ''] = attribute.split(':') as [string, string | undefined];
  if (family === 'soort') return t(`pop.kind.${value}` as MessageKey);
  if (family === 'route') return t(`pop.route.${value}` as MessageKey);
  if (family === 'buiten-aanbod') return t('insight.outsideOffer', { route: t(`pop.route.${value}` as MessageKey) });
  return functions.get(value) ?? value;
}

function groupLabel(group: InsightGroup, t: Translate, functions: ReadonlyMap<string, string>): string {
  if (group.level === 'organisatie') return t('insight.organisation');
  if (group.level === 'afdeling') return group.department || t('insight.noDepartment');
  return group.functionId ? (functions.get(group.functionId) ?? group.functionId) : t('insight.otherFunction');
}

function Cell({ cell, k }: { cell: InsightGroup['size']; k: number }) {
  const { t } = useI18n();
  const styles = useStyles();
  if ('count' in cell) return <TableCell className={styles.number}>{cell.count}</TableCell>;
  const long = t(`insight.hiddenLong.${cell.hidden}` as MessageKey, { k });
  return (
    <TableCell className={styles.hidden} data-hidden={cell.hidden} title={long}>
      <span aria-hidden="true">{t(`insight.hidden.${cell.hidden}` as MessageKey, { k })}</span>
      <span className={styles.srOnly}>{long}</span>
    </TableCell>
  );
}

/** One table of figures: a row per group (organisation, departments, their functions), a column per attribute. */
function FiguresTable({ table, caption, k, functions, testId }: { table: InsightTable; caption: string; k: number; functions: ReadonlyMap<string, string>; testId: string }) {
  const { t } = useI18n();
  const styles = useStyles();
  const captionId = useId();
  return (
    <div className={styles.tableWrap} role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table className={styles.table} size="small" data-testid={testId}>
        <caption id={captionId} className={styles.caption}>
          {caption}
        </caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('insight.group')}</TableHeaderCell>
            <TableHeaderCell scope="col" className={styles.number}>
              {t('insight.people')}
            </TableHeaderCell>
            {table.attributes.map((a) => (
              <TableHeaderCell key={a} scope="col" className={styles.columnHeading}>
                {attributeLabel(a, t, functions)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.groups.map((group) => (
            <TableRow key={group.id} data-level={group.level}>
              <TableHeaderCell scope="row" className={group.level === 'functie' ? styles.function : group.level === 'afdeling' ? styles.department : undefined}>
                {groupLabel(group, t, functions)}
              </TableHeaderCell>
              <Cell cell={group.size} k={k} />
              {table.attributes.map((a) => (
                <Cell key={a} cell={group.cells[a] ?? { hidden: 'herleidbaar' }} k={k} />
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function Legend({ k }: { k: number }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="insight-legend">
      <Text as="h3" id="insight-legend" weight="semibold">
        {t('insight.legend')}
      </Text>
      <dl className={styles.legend} data-testid="insight-legend">
        {HIDDEN_REASONS.map((reason) => (
          <div key={reason}>
            <dt className={styles.legendTerm}>{t(`insight.hidden.${reason}` as MessageKey, { k })}</dt>
            <dd className={styles.legendText}>{t(`insight.hiddenLong.${reason}` as MessageKey, { k })}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function NamedTalent({ functions }: { functions: ReadonlyMap<string, string> }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const named = shown(useNamedTalent());
  const more = useMoreNamedTalent();
  const [later, setLater] = useState<NamedTalentResponse[]>([]);
  const pages = named.status === 'ready' ? [named.data, ...later] : [];
  const people = pages.flatMap((p) => p.people);
  const next = pages[pages.length - 1]?.continuationToken ?? null;
  return (
    <section className={styles.section} aria-labelledby="insight-named" data-testid="insight-named">
      <Text as="h2" id="insight-named" size={500} weight="semibold">
        {t('insight.namedTitle')}
      </Text>
      <Text as="p">{t('insight.namedIntro')}</Text>
      {named.status === 'loading' && <LoadingState label={t('insight.loading')} />}
      {named.status === 'error' && <ErrorState message={describeError(named.error, language, t)} onRetry={named.retry} />}
      {named.status === 'ready' && people.length === 0 && !next && <Text as="p">{t('insight.namedEmpty')}</Text>}
      {people.length > 0 && (
        <div className={styles.tableWrap} role="region" aria-labelledby="insight-named-caption" tabIndex={0}>
          <Table size="small" className={styles.table}>
            <caption id="insight-named-caption" className={styles.caption}>
              {t('insight.namedCaption')}
            </caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('insight.namedName')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('insight.namedDepartment')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('insight.namedJobTitle')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('insight.namedWishes')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {people.map((p) => (
                <TableRow key={p.id}>
                  <TableHeaderCell scope="row">{p.displayName}</TableHeaderCell>
                  <TableCell>{p.department ?? ''}</TableCell>
                  <TableCell>{p.jobTitle ?? ''}</TableCell>
                  <TableCell>{p.interests.map((i) => t('insight.wish', { wish: i.wish, name: functions.get(i.functionId) ?? i.functionId })).join('; ')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {next && (
        <div>
          <Button disabled={more.isPending} onClick={() => void more.mutateAsync(next).then((page) => setLater((pages) => [...pages, page]), () => undefined)} data-testid="insight-named-more">
            {t('insight.namedMore')}
          </Button>
        </div>
      )}
      {more.isError && <ErrorState message={describeError(more.error, language, t)} onRetry={() => next && void more.mutateAsync(next).then((page) => setLater((pages) => [...pages, page]), () => undefined)} />}
    </section>
  );
}

function Filters({ data, filter, onFilter, rounds, roundId, onRound }: {
  data: InsightResponse | undefined;
  filter: InsightFilter;
  onFilter: (filter: InsightFilter) => void;
  rounds: { id: string; label: string }[];
  roundId: string;
  onRound: (id: string) => void;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const functionIds = [...new Set((data?.wishes.groups ?? []).flatMap((g) => (g.level === 'functie' && g.functionId ? [g.functionId] : [])))];
  const names = new Map((data?.functions ?? []).map((f) => [f.id, f.name]));
  const set = (key: keyof InsightFilter, value: string) => {
    const next: InsightFilter = { ...filter };
    if (value) (next as Record<string, string>)[key] = value;
    else delete next[key];
    onFilter(next);
  };
  return (
    <section className={styles.section} aria-labelledby="insight-filters">
      <Text as="h2" id="insight-filters" size={500} weight="semibold">
        {t('insight.filters')}
      </Text>
      <div className={styles.filters}>
        <Field label={t('insight.round')}>
          <Select className={styles.select} value={roundId} onChange={(_e, d) => onRound(d.value)} data-testid="insight-round">
            {rounds.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('insight.department')}>
          <Select className={styles.select} value={filter.department ?? ''} onChange={(_e, d) => set('department', d.value)} data-testid="insight-department">
            <option value="">{t('insight.allDepartments')}</option>
            {(data?.departments ?? []).map((d) => (
              <option key={d} value={d}>
                {d || t('insight.noDepartment')}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('insight.function')}>
          <Select className={styles.select} value={filter.functionId ?? ''} onChange={(_e, d) => set('functionId', d.value)} data-testid="insight-function">
            <option value="">{t('insight.allFunctions')}</option>
            {functionIds.map((id) => (
              <option key={id} value={id}>
                {names.get(id) ?? id}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('insight.columns')}>
          <Select className={styles.select} value={filter.columns ?? 'soort'} onChange={(_e, d) => set('columns', d.value)} data-testid="insight-columns">
            {COLUMN_SETS.map((c) => (
              <option key={c} value={c}>
                {t(`insight.columns.${c}` as MessageKey)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
    </section>
  );
}

/**
 * HR's anonymous insight: per closed conversation round, what people want to develop (kind,
 * route, learning asked for outside the offer) and anonymous interest in functions, per
 * department and function; and the talent-pool wishes their owners chose to show by name. Only
 * figures the server disclosed are shown; every empty cell says why it is empty.
 */
export function InsightView() {
  const { t, language, locale } = useI18n();
  const styles = useStyles();
  const rounds = shown(useInsightRounds());
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const [filter, setFilter] = useState<InsightFilter>({ columns: 'soort' });
  const roundId = chosen ?? (rounds.status === 'ready' ? rounds.data.rounds[0]?.id : undefined);
  const insight = useInsight(roundId, filter);
  const data = insight.data;
  const functions = new Map((data?.functions ?? ([] as FunctionOption[])).map((f) => [f.id, f.name]));
  const dateFormat = dateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });

  if (rounds.status === 'loading') return <LoadingState label={t('insight.loading')} testId="insight-loading" />;
  if (rounds.status === 'error') return <ErrorState message={describeError(rounds.error, language, t)} onRetry={rounds.retry} />;
  const k = rounds.data.k;
  if (rounds.data.rounds.length === 0 || roundId === undefined) {
    return (
      <div className={styles.root} data-testid="insight">
        <EmptyState level="h2" title={t('insight.noRoundsTitle')} testId="insight-no-rounds">
          {t('insight.noRoundsBody')}
        </EmptyState>
        <NamedTalent functions={functions} />
      </div>
    );
  }
  const roundOptions = rounds.data.rounds.map((r) => ({ id: r.id, label: t('insight.roundOption', { name: r.roundName, date: dateFormat.format(new Date(r.closedAt)) }) }));
  const roundName = rounds.data.rounds.find((r) => r.id === roundId)?.roundName ?? '';
  return (
    <div className={styles.root} data-testid="insight">
      <Text as="p">{t('insight.intro', { k })}</Text>
      <Filters data={data} filter={filter} onFilter={setFilter} rounds={roundOptions} roundId={roundId} onRound={setChosen} />
      {insight.isPending && <LoadingState label={t('insight.loading')} />}
      {insight.isError && <ErrorState message={describeError(insight.error, language, t)} onRetry={() => void insight.refetch()} />}
      {data && (
        <>
          <section className={styles.section} aria-labelledby="insight-wishes">
            <Text as="h2" id="insight-wishes" size={500} weight="semibold">
              {t('insight.wishesTitle')}
            </Text>
            <FiguresTable table={data.wishes} caption={t('insight.wishesCaption', { round: roundName })} k={data.k} functions={functions} testId="insight-wishes" />
          </section>
          <section className={styles.section} aria-labelledby="insight-talent">
            <Text as="h2" id="insight-talent" size={500} weight="semibold">
              {t('insight.talentTitle')}
            </Text>
            <FiguresTable table={data.talent} caption={t('insight.talentCaption', { round: roundName })} k={data.k} functions={functions} testId="insight-talent" />
          </section>
          <Legend k={data.k} />
        </>
      )}
      <NamedTalent functions={functions} />
    </div>
  );
}
