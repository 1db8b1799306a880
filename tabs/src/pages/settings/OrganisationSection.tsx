import type { OrganisationProfileResponse } from '@koers/contracts';
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { describeError } from '../../api/describeError';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useOrganisationProfile, useReloadOrganisationProfile, useSaveOrganisationProfile } from '../../data/organisation';
import { shown } from '../../data/shown';
import { formatCivilDate } from '@koers/domain';
import { useEtagForm } from '../../hooks/useEtagForm';
import { useI18n } from '../../i18n/I18nContext';
import { CountryFields, DefaultsFields, NameField, ScopeField } from './ProfileFields';
import { profileProblems, sameProfile, type ProfileProblem } from './profileForm';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  holidays: { margin: 0, paddingLeft: tokens.spacingHorizontalL, columns: '14rem auto', columnGap: tokens.spacingHorizontalXXL },
});

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
  const [problems, setProblems] = useState<ProfileProblem[]>([]);
  const saving = useSaveOrganisationProfile();
  const readAgain = useReloadOrganisationProfile();
  const form = useEtagForm({
    initial,
    valueOf: (answer: OrganisationProfileResponse) => answer.profile,
    same: sameProfile,
    save: (etag, profile) => saving.mutateAsync({ etag, profile }),
    readAgain: async () => {
      const latest = await readAgain();
      setProblems([]);
      return latest;
    },
    unsavedKey: 'settings:organisation',
  });
  const { loaded, draft, dirty, pending, outcome, reload } = form;

  const change = (next: typeof draft) => {
    form.change(next);
    if (problems.length > 0) setProblems(profileProblems(next));
  };

  // What keeps the profile from being valid is said at its fields before anything is sent.
  const save = async () => {
    const found = profileProblems(draft);
    setProblems(found);
    if (found.length === 0) await form.save();
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
