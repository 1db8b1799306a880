import type { ErasureCandidate, ErasureReport } from '@koers/domain';
import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { describeError } from '../../api/describeError';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useErasePerson, useErasureCandidates, useSetRetention } from '../../data/erasure';
import { useI18n } from '../../i18n/I18nContext';
import { HeldRetentionForm } from './HeldRetentionForm';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  search: { width: '100%', maxWidth: '20rem' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  who: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
});

/** The periods HR picks from; a stored one outside this list is offered too. */
const RETENTION_CHOICES = [3, 6, 12, 18, 24, 36, 60];

/** *Bewaartermijn na vertrek*: saved on its own, logged for the works council. */
function RetentionForm({ current }: { current: number }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [months, setMonths] = useState(current);
  const save = useSetRetention();
  const choices = [...new Set([...RETENTION_CHOICES, current])].sort((a, b) => a - b);
  return (
    <div className={styles.row}>
      <Field label={t('erasure.retention')} hint={t('erasure.retentionHint')}>
        <Select value={String(months)} onChange={(_e, d) => setMonths(Number(d.value))} data-testid="erasure-retention">
          {choices.map((n) => (
            <option key={n} value={String(n)}>
              {t('erasure.retentionOption', { months: n })}
            </option>
          ))}
        </Select>
      </Field>
      <Button appearance="secondary" disabled={save.isPending || months === current} onClick={() => save.mutate(months)} data-testid="erasure-retention-save">
        {t('erasure.retentionSave')}
      </Button>
      <div aria-live="polite">
        {save.isSuccess && <Text data-testid="erasure-retention-saved">{t('erasure.retentionSaved', { months: save.data.retentionMonths })}</Text>}
        {save.isError && <Text>{`${t('erasure.retentionFailed')} ${describeError(save.error, language, t)}`}</Text>}
      </div>
    </div>
  );
}

/** *Gegevens wissen*: HR erases a leaver now, or someone on their own request, after a confirmation. */
export function ErasureCard({ timeZone }: { timeZone: string }) {
  const { t, language, formatDateTime } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<ErasureCandidate>();
  const [done, setDone] = useState<{ name: string; report: ErasureReport }>();
  const candidates = useErasureCandidates(search);
  const erase = useErasePerson();
  const searching = search.trim().length >= 2;
  const date = (iso: string) => formatDateTime(iso, timeZone, { dateStyle: 'long' });

  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="erasure">
      <Text as="h2" size={500} weight="semibold" id={headingId}>
        {t('erasure.title')}
      </Text>
      <Text>{t('erasure.intro', { months: candidates.data?.retentionMonths ?? 12 })}</Text>
      {candidates.data && <RetentionForm current={candidates.data.retentionMonths} />}
      {candidates.data && <HeldRetentionForm current={candidates.data.heldConversationRetentionYears ?? null} />}
      <Field label={t('erasure.search')}>
        <Input className={styles.search} type="search" value={search} maxLength={100} onChange={(_e, d) => setSearch(d.value)} data-testid="erasure-search" />
      </Field>
      <div aria-live="polite">
        {done && (
          <MessageBar intent="success" layout="multiline" data-testid="erasure-done">
            <MessageBarBody>{t('erasure.done', { name: done.name, deleted: done.report.deleted, anonymised: done.report.anonymised })}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <Text as="h3" weight="semibold">
        {searching ? t('erasure.matches') : t('erasure.leavers')}
      </Text>
      {candidates.isPending && <Spinner size="tiny" />}
      {candidates.isError && (
        <MessageBar intent="error" data-testid="erasure-load-failed">
          <MessageBarBody>
            {t('erasure.loadFailed')} {describeError(candidates.error, language, t)}
          </MessageBarBody>
        </MessageBar>
      )}
      {candidates.data && candidates.data.items.length === 0 && <Text data-testid="erasure-empty">{searching ? t('erasure.noMatches') : t('erasure.noLeavers')}</Text>}
      {candidates.data && candidates.data.items.length > 0 && (
        <ul className={styles.list} data-testid="erasure-list">
          {candidates.data.items.map((person) => (
            <li key={person.id} className={styles.item} data-testid="erasure-candidate">
              <span className={styles.who}>
                <Text weight="semibold">{person.displayName}</Text>
                <Text size={200}>{person.jobTitle ? `${person.jobTitle} · ${person.email}` : person.email}</Text>
                {person.leftAt && person.erasureDueAt && <Text size={200}>{t('erasure.leftOn', { left: date(person.leftAt), due: date(person.erasureDueAt) })}</Text>}
              </span>
              <Button appearance="secondary" aria-label={t('erasure.eraseWho', { name: person.displayName })} onClick={() => setChosen(person)} data-testid="erasure-erase">
                {t('erasure.erase')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {chosen && (
        <ConfirmDialog
          title={t('erasure.confirmTitle', { name: chosen.displayName })}
          keepLabel={t('erasure.keep')}
          confirmLabel={t('erasure.confirm')}
          pendingLabel={t('erasure.pending')}
          testId="erasure-confirm"
          onClose={() => setChosen(undefined)}
          onConfirm={async () => {
            const report = await erase.mutateAsync(chosen.id);
            setDone({ name: chosen.displayName, report });
            setChosen(undefined);
          }}
        >
          <Text>{t('erasure.confirmBody', { name: chosen.displayName })}</Text>
        </ConfirmDialog>
      )}
    </section>
  );
}
