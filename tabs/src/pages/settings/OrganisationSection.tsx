import type { OrganisationProfileResponse } from '@koers/contracts';
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { describeError } from '../../api/describeError';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useOrganisationProfile, useReloadOrganisationProfile, useSaveOrganisationProfile } from '../../data/organisation';
import { shown } from '../../data/shown';
import { formatCivilDate } from '@koers/domain';
import { useReportUnsaved } from '../../hooks/unsavedChanges';
import { useI18n } from '../../i18n/I18nContext';
import { isStaleVersion } from '../plan/staleSlot';
import { CountryFields, DefaultsFields, NameField, ScopeField } from './ProfileFields';
import { profileProblems, sameProfile, type ProfileProblem } from './profileForm';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  holidays: { margin: 0, paddingLeft: tokens.spacingHorizontalL, columns: '14rem auto', columnGap: tokens.spacingHorizontalXXL },
});

type Outcome = { kind: 'saved' } | { kind: 'conflict' } | { kind: 'failed'; error: unknown } | undefined;

/** *Organisatie*: the administrator changes the organisation's profile, saved under the etag it was read with. */
export function OrganisationSection() {
  const { t, language } = useI18n();
  const loaded = shown(useOrganisationProfile());
  if (loaded.status === 'loading') return <LoadingState label={t('organisation.loading')} testId="organisation-loading" />;
  if (loaded.status === 'error') return <ErrorState message={describeError(loaded.error, language, t)} onRetry={loaded.retry} testId="organisation-load-error" />;
  return <OrganisationForm initial={loaded.data} />;
}

function OrganisationForm({ initial }: { initial: OrganisationProfileResponse }) {
  const { t, language, locale } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const holidaysId = useId();
  const [loaded, setLoaded] = useState(initial);
  const [draft, setDraft] = useState(initial.profile);
  const [problems, setProblems] = useState<ProfileProblem[]>([]);
  const [pending, setPending] = useState<'save' | 'reload'>();
  const [outcome, setOutcome] = useState<Outcome>();
  const saving = useSaveOrganisationProfile();
  const readAgain = useReloadOrganisationProfile();
  const dirty = !sameProfile(loaded.profile, draft);
  useReportUnsaved('settings:organisation', dirty);

  const change = (next: typeof draft) => {
    setDraft(next);
    if (problems.length > 0) setProblems(profileProblems(next));
    if (outcome?.kind === 'saved') setOutcome(undefined);
  };

  const save = async () => {
    if (pending) return;
    const found = profileProblems(draft);
    setProblems(found);
    if (found.length > 0) return;
    setPending('save');
    setOutcome(undefined);
    try {
      const saved = await saving.mutateAsync({ etag: loaded.etag, profile: draft });
      setLoaded(saved);
      setDraft(saved.profile);
      setOutcome({ kind: 'saved' });
    } catch (error) {
      setOutcome(isStaleVersion(error) ? { kind: 'conflict' } : { kind: 'failed', error });
    } finally {
      setPending(undefined);
    }
  };

  const reload = async () => {
    setPending('reload');
    try {
      const latest = await readAgain();
      setLoaded(latest);
      setDraft(latest.profile);
      setProblems([]);
      setOutcome(undefined);
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    } finally {
      setPending(undefined);
    }
  };

  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      data-testid="organisation-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Text as="h2" id={headingId} size={600} weight="semibold">
        {t('organisation.title')}
      </Text>
      <Text as="p">{t('organisation.intro', { organisation: loaded.profile.name })}</Text>
      <NameField profile={draft} onChange={change} problems={problems} />
      <ScopeField profile={draft} onChange={change} />
      <CountryFields profile={draft} onChange={change} problems={problems} />
      <Text as="h3" size={500} weight="semibold">
        {t('organisation.conversations')}
      </Text>
      <DefaultsFields profile={draft} onChange={change} problems={problems} />
      <section aria-labelledby={holidaysId}>
        <Text as="h3" id={holidaysId} size={400} weight="semibold" block>
          {t('organisation.holidays')}
        </Text>
        <Text as="p" size={200} block>
          {t('organisation.holidaysHint')}
        </Text>
        <ul className={styles.holidays} data-testid="organisation-holidays">
          {loaded.upcomingHolidays.map((day) => (
            <li key={day}>{formatCivilDate(day, locale)}</li>
          ))}
        </ul>
      </section>
      <div role="status" aria-live="polite">
        {outcome?.kind === 'saved' && (
          <MessageBar intent="success" data-testid="organisation-saved">
            <MessageBarBody>{t('organisation.saved')}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {outcome?.kind === 'conflict' && (
        <MessageBar intent="warning" layout="multiline" data-testid="organisation-conflict">
          <MessageBarBody>{t('organisation.conflict')}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="secondary" onClick={() => void reload()} disabledFocusable={pending !== undefined}>
              {t('organisation.reload')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {outcome?.kind === 'failed' && <ErrorState message={describeError(outcome.error, language, t)} onRetry={() => void save()} testId="organisation-error" />}
      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabledFocusable={pending !== undefined} icon={pending === 'save' ? <Spinner size="tiny" /> : undefined} data-testid="organisation-save">
          {pending === 'save' ? t('organisation.saving') : t('organisation.save')}
        </Button>
        {dirty && <Text size={200}>{t('organisation.unsaved')}</Text>}
      </div>
    </form>
  );
}
