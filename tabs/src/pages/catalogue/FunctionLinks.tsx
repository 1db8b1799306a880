import type { FunctionLinksResponse } from '@koers/domain';
import {
  Badge,
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
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useChangeFunctionLink, useFunctionLinks } from '../../data/career';
import { shown } from '../../data/shown';
import { useI18n } from '../../i18n/I18nContext';
import { PersonSearchFields, usePersonSearch } from './PersonSearch';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  tableWrap: { overflowX: 'auto' },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  select: { minWidth: '12rem' },
  cell: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

type Links = FunctionLinksResponse;

/** "Geen functie" and the function house's functions, by name. */
function FunctionOptions({ links }: { links: Links }) {
  const { t } = useI18n();
  return (
    <>
      <option value="">{t('functionLinks.none')}</option>
      {links.functions.map((f) => (
        <option key={f.id} value={f.id}>
          {f.name}
        </option>
      ))}
    </>
  );
}

function JobTitleRow({ title, links }: { title: Links['jobTitles'][number]; links: Links }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const change = useChangeFunctionLink();
  const [choice, setChoice] = useState(title.confirmedFunctionId ?? title.suggestedFunctionId ?? '');
  const name = (id: string | undefined) => links.functions.find((f) => f.id === id)?.name ?? id ?? '';
  const unchanged = choice === (title.confirmedFunctionId ?? '');
  return (
    <TableRow data-testid="function-link-title" data-job-title={title.jobTitle}>
      <TableCell>{title.jobTitle}</TableCell>
      <TableCell>{title.people}</TableCell>
      <TableCell>
        <div className={styles.cell}>
          <Select aria-label={t('functionLinks.functionFor', { title: title.jobTitle })} value={choice} onChange={(_e, d) => setChoice(d.value)} data-testid="function-link-choice">
            <FunctionOptions links={links} />
          </Select>
          <Button
            size="small"
            disabledFocusable={unchanged || change.isPending}
            onClick={() => change.mutate({ jobTitle: { jobTitle: title.jobTitle, functionId: choice === '' ? null : choice } })}
            data-testid="function-link-confirm"
          >
            {t('functionLinks.confirm')}
          </Button>
        </div>
      </TableCell>
      <TableCell>
        {title.confirmedFunctionId ? (
          <Badge appearance="tint" color="success">
            {t('functionLinks.confirmed')}
          </Badge>
        ) : title.suggestedFunctionId ? (
          <Badge appearance="tint" color="warning" data-testid="function-link-suggestion">
            {t('functionLinks.suggested', { name: name(title.suggestedFunctionId) })}
          </Badge>
        ) : (
          <Badge appearance="outline">{t('functionLinks.unconfirmed')}</Badge>
        )}
        {change.isError && <Text role="alert"> {describeError(change.error, language, t)}</Text>}
      </TableCell>
    </TableRow>
  );
}

function PersonOverrides({ links }: { links: Links }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const change = useChangeFunctionLink();
  const person = usePersonSearch();
  const { picked } = person;
  const [functionId, setFunctionId] = useState('');
  const name = (id: string) => links.functions.find((f) => f.id === id)?.name ?? id;
  return (
    <>
      <Text as="p">{t('functionLinks.overridesIntro')}</Text>
      {links.assignments.length === 0 ? (
        <Text as="p" data-testid="function-link-no-overrides">
          {t('functionLinks.noOverrides')}
        </Text>
      ) : (
        <ul className={styles.list}>
          {links.assignments.map((a) => (
            <li key={a.personId} data-testid="function-link-person" data-person-id={a.personId}>
              {a.displayName}
              {a.jobTitle ? ` (${a.jobTitle})` : ''}: <strong>{name(a.functionId)}</strong>{' '}
              <Button size="small" appearance="subtle" aria-label={t('functionLinks.removeFor', { name: a.displayName })} onClick={() => change.mutate({ personId: a.personId, assign: { functionId: null } })}>
                {t('functionLinks.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.row}>
        <PersonSearchFields person={person} label={t('functionLinks.person')} testId="function-link" selectClassName={styles.select} />
        <Field label={t('functionLinks.personFunction')}>
          <Select className={styles.select} value={functionId} onChange={(_e, d) => setFunctionId(d.value)} data-testid="function-link-person-function">
            <FunctionOptions links={links} />
          </Select>
        </Field>
        <Button
          appearance="primary"
          disabledFocusable={picked === '' || functionId === '' || change.isPending}
          onClick={() => change.mutate({ personId: picked, assign: { functionId } }, { onSuccess: () => person.setSearch('') })}
          data-testid="function-link-assign"
        >
          {t('functionLinks.assign')}
        </Button>
      </div>
      {person.notFound && <Text>{t('functionLinks.personNotFound')}</Text>}
      {change.isError && <ErrorState message={describeError(change.error, language, t)} />}
    </>
  );
}

/** Koers.HR: which function of the function house belongs to whom, by job title or per person. */
export function FunctionLinksSection() {
  const { t, language } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const titlesId = useId();
  const overridesId = useId();
  const links = shown(useFunctionLinks(true));
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="function-links">
      <Text as="h2" id={headingId} size={600} weight="semibold">
        {t('functionLinks.title')}
      </Text>
      <Text as="p">{t('functionLinks.intro')}</Text>
      {links.status === 'loading' && <LoadingState label={t('functionLinks.loading')} />}
      {links.status === 'error' && <ErrorState message={describeError(links.error, language, t)} onRetry={links.retry} />}
      {links.status === 'ready' && (
        <>
          <Text as="h3" id={titlesId} size={500} weight="semibold">
            {t('functionLinks.titles')}
          </Text>
          <div className={styles.tableWrap}>
            <Table aria-labelledby={titlesId} size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('functionLinks.column.title')}</TableHeaderCell>
                  <TableHeaderCell>{t('functionLinks.column.people')}</TableHeaderCell>
                  <TableHeaderCell>{t('functionLinks.column.function')}</TableHeaderCell>
                  <TableHeaderCell>{t('functionLinks.column.status')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {links.data.jobTitles.map((title) => (
                  <JobTitleRow key={`${title.jobTitle}-${title.confirmedFunctionId ?? ''}`} title={title} links={links.data} />
                ))}
              </TableBody>
            </Table>
          </div>
          <Text as="h3" id={overridesId} size={500} weight="semibold">
            {t('functionLinks.overrides')}
          </Text>
          <PersonOverrides links={links.data} />
        </>
      )}
    </section>
  );
}
