import type { MeResponse } from '@koers/contracts';
import type { ReminderDefaultsResponse } from '@koers/domain';
import { canManageOrganisation } from '@koers/domain';
import { Button, Checkbox, Field, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Select, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { describeError } from '../api/describeError';
import { EmptyState } from '../components/EmptyState';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { PageHeading } from '../components/PageHeading';
import { useReloadReminderDefaults, useReminderDefaults, useSaveReminderDefaults } from '../data/organisation';
import { shown } from '../data/shown';
import { useEtagForm } from '../hooks/useEtagForm';
import { useI18n } from '../i18n/I18nContext';
import { cadenceChoices, cadenceLabel } from './pop/reminderChoices';
import { DirectorySyncCard } from './settings/DirectorySyncCard';
import { OrganisationSection } from './settings/OrganisationSection';
import { ErasureCard } from './settings/ErasureCard';
import { GesprekspartnersCard } from './settings/GesprekspartnersCard';
import { daysBeforeChoices, MAX_DAYS_BEFORE, sameDefaults, savedMessage, STALE_CHOICES, toggleDayBefore } from './settings/defaultsForm';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // Never wider than a 320 px side panel: a select sized in % does not stretch its column to its longest option.
  select: { width: '100%', maxWidth: '20rem', '& select': { width: '100%' } },
  plain: { border: 0, margin: 0, padding: 0, minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** The reminder defaults as HR edits them: saved with the etag they were read with (If-Match). */
export function DefaultsForm({ initial, organisation }: { initial: ReminderDefaultsResponse; organisation: string }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const daysHintId = useId();
  const quietId = useId();
  const saving = useSaveReminderDefaults();
  const readAgain = useReloadReminderDefaults();
  const { loaded, draft, change, dirty, pending, outcome, save, reload } = useEtagForm({
    initial,
    valueOf: (answer: ReminderDefaultsResponse) => answer.defaults,
    same: sameDefaults,
    save: (etag, defaults) => saving.mutateAsync({ etag, defaults }),
    readAgain,
    unsavedKey: 'settings:reminder-defaults',
  });
  const full = draft.reminderDaysBefore.length >= MAX_DAYS_BEFORE;

  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      data-testid="settings-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Text as="p">{t('settings.intro', { organisation })}</Text>
      <section className={styles.section} aria-labelledby={headingId}>
        <Text as="h2" id={headingId} size={600} weight="semibold">
          {t('settings.remindersTitle')}
        </Text>
        <Field label={t('settings.cadence')} hint={t('settings.cadenceHint')}>
          <Select
            className={styles.select}
            value={String(draft.checkInCadenceDays)}
            onChange={(_e, d) => change({ ...draft, checkInCadenceDays: Number(d.value) })}
            data-testid="settings-cadence"
          >
            {cadenceChoices(draft.checkInCadenceDays).map((days) => (
              <option key={days} value={String(days)}>
                {cadenceLabel(days, t)}
              </option>
            ))}
          </Select>
        </Field>
        <fieldset className={styles.plain} aria-describedby={daysHintId}>
          <legend>
            <Text weight="semibold">{t('settings.daysBefore')}</Text>
          </legend>
          {daysBeforeChoices(draft.reminderDaysBefore, loaded.defaults.reminderDaysBefore).map((days) => {
            const checked = draft.reminderDaysBefore.includes(days);
            return (
              <Checkbox
                key={days}
                checked={checked}
                disabled={!checked && full}
                label={t('settings.daysBeforeOption', { days })}
                onChange={(_e, d) => change(toggleDayBefore(draft, days, d.checked === true))}
                data-testid="settings-day-before"
                data-days={days}
              />
            );
          })}
          <Text as="p" size={200} id={daysHintId}>
            {full ? t('settings.tooManyDays') : t('settings.daysBeforeHint')}
          </Text>
        </fieldset>
        <Field label={t('settings.stale')} hint={t('settings.staleHint', { days: draft.digestStaleCadences * draft.checkInCadenceDays })}>
          <Select
            className={styles.select}
            value={String(draft.digestStaleCadences)}
            onChange={(_e, d) => change({ ...draft, digestStaleCadences: Number(d.value) })}
            data-testid="settings-stale"
          >
            {STALE_CHOICES.map((n) => (
              <option key={n} value={String(n)}>
                {t('settings.staleOption', { n })}
              </option>
            ))}
          </Select>
        </Field>
      </section>
      <section className={styles.section} aria-labelledby={quietId}>
        <Text as="h2" id={quietId} size={600} weight="semibold">
          {t('settings.quietTitle')}
        </Text>
        <Text as="p">{t('settings.quietBody')}</Text>
      </section>

      <div role="status" aria-live="polite">
        {outcome?.kind === 'saved' && (
          <MessageBar intent="success" layout="multiline" data-testid="settings-saved">
            <MessageBarBody>{savedMessage(t, { plans: outcome.saved.rescheduledPlans ?? 0, pending: outcome.saved.pendingPlans ?? 0 })}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {outcome?.kind === 'conflict' && (
        <MessageBar intent="warning" layout="multiline" data-testid="settings-conflict">
          <MessageBarBody>{t('settings.conflict')}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="secondary" onClick={() => void reload()} disabledFocusable={pending !== undefined} data-testid="settings-reload">
              {t('settings.reload')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {outcome?.kind === 'failed' && <ErrorState message={describeError(outcome.error, language, t)} onRetry={() => void save()} testId="settings-error" />}
      <div className={styles.row}>
        <Button
          appearance="primary"
          type="submit"
          disabledFocusable={pending !== undefined}
          icon={pending === 'save' ? <Spinner size="tiny" /> : undefined}
          data-testid="settings-save"
        >
          {pending === 'save' ? t('settings.saving') : t('settings.save')}
        </Button>
        {dirty && (
          <Text size={200} data-testid="settings-unsaved">
            {t('settings.unsaved')}
          </Text>
        )}
      </div>
    </form>
  );
}

/**
 * "Instellingen": HR's organisation defaults and the directory sync; the organisation's profile
 * (*Organisatie*) for its administrator. Anyone else is told so; the API refuses them too.
 */
export function SettingsPage({ me }: { me: MeResponse }) {
  const { t } = useI18n();
  const styles = useStyles();
  const hr = canManageOrganisation(me.me);
  const administrator = me.me.mayAdminister === true;
  return (
    <div className={styles.page} data-testid="page-settings">
      <PageHeading>{t('route.settings')}</PageHeading>
      {hr || administrator ? (
        <>
          {hr && <LoadedDefaults organisation={me.organisation.name} />}
          {administrator && <OrganisationSection />}
          {hr && <DirectorySyncCard />}
          {hr && <GesprekspartnersCard />}
          {hr && <ErasureCard timeZone={me.organisation.timeZone} />}
        </>
      ) : (
        <EmptyState level="h2" title={t('state.errorTitle')} testId="settings-hr-only">
          {t('settings.hrOnly')}
        </EmptyState>
      )}
    </div>
  );
}

function LoadedDefaults({ organisation }: { organisation: string }) {
  const { t, language } = useI18n();
  const loaded = shown(useReminderDefaults());
  if (loaded.status === 'loading') return <LoadingState label={t('settings.loading')} testId="settings-loading" />;
  if (loaded.status === 'error') return <ErrorState message={describeError(loaded.error, language, t)} onRetry={loaded.retry} testId="settings-load-error" />;
  return <DefaultsForm initial={loaded.data} organisation={organisation} />;
}
