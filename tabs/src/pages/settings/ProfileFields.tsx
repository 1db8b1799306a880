import type { OrganisationProfile } from '@koers/domain';
import { Button, Checkbox, Field, Input, makeStyles, Radio, RadioGroup, Select, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/locale';
import {
  agreementDaysOf,
  LEAD_TIME_CHOICES,
  MAX_CLOSING_PERIODS,
  MINUTE_CHOICES,
  toggleAgreementDay,
  toggleWorkingDay,
  withCountry,
  type ProfileProblem,
} from './profileForm';

/**
 * The fields of an organisation's profile in groups, so the onboarding wizard can show one group
 * per step and the *Organisatie* section all of them. Each group edits the whole profile.
 */

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  plain: { border: 0, margin: 0, padding: 0, minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // Never wider than a 320 px side panel.
  select: { width: '100%', maxWidth: '20rem', '& select': { width: '100%' } },
  input: { width: '100%', maxWidth: '20rem' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  period: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-end',
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  days: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
});

export interface FieldsProps {
  profile: OrganisationProfile;
  onChange: (next: OrganisationProfile) => void;
  /** Problems to show at their fields (after a save was tried). */
  problems?: readonly ProfileProblem[];
}

export function NameField({ profile, onChange, problems = [] }: FieldsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const wrong = problems.some((p) => p.kind === 'name');
  return (
    <Field label={t('organisation.name')} required validationMessage={wrong ? t('organisation.nameRequired') : undefined}>
      <Input className={styles.input} value={profile.name} maxLength={200} onChange={(_e, d) => onChange({ ...profile, name: d.value })} data-testid="org-name" />
    </Field>
  );
}

export function ScopeField({ profile, onChange }: FieldsProps) {
  const { t } = useI18n();
  return (
    <Field label={t('organisation.scope')}>
      <RadioGroup value={profile.directoryScope} onChange={(_e, d) => onChange({ ...profile, directoryScope: d.value === 'assigned' ? 'assigned' : 'tenant' })} data-testid="org-scope">
        <Radio value="tenant" label={t('organisation.scope.tenant')} />
        <Radio value="assigned" label={t('organisation.scope.assigned')} />
      </RadioGroup>
    </Field>
  );
}

/** Country and region, language, time zone, agreement days and closing periods. */
export function CountryFields({ profile, onChange, problems = [] }: FieldsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const daysHint = useId();
  const closingHint = useId();
  const holidays = profile.holidaySettings;
  const periods = holidays.closingPeriods;
  const setPeriods = (closingPeriods: typeof periods) => onChange({ ...profile, holidaySettings: { ...holidays, closingPeriods } });
  return (
    <div className={styles.group}>
      <Field label={t('organisation.country')} hint={t('organisation.countryHint')}>
        <Select className={styles.select} value={holidays.country} onChange={(_e, d) => onChange(withCountry(profile, d.value === 'BE' ? 'BE' : 'NL'))} data-testid="org-country">
          <option value="NL">{t('organisation.country.NL')}</option>
          <option value="BE">{t('organisation.country.BE')}</option>
        </Select>
      </Field>
      <div className={styles.row}>
        <Field label={t('organisation.locale')} hint={t('organisation.localeHint')}>
          <Select className={styles.select} value={profile.locale} onChange={(_e, d) => onChange({ ...profile, locale: d.value as OrganisationProfile['locale'] })} data-testid="org-locale">
            {(['nl-NL', 'nl-BE', 'en-GB'] as const).map((l) => (
              <option key={l} value={l}>
                {t(`organisation.locale.${l}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('organisation.timeZone')}>
          <Select className={styles.select} value={profile.timeZone} onChange={(_e, d) => onChange({ ...profile, timeZone: d.value as OrganisationProfile['timeZone'] })} data-testid="org-time-zone">
            {(['Europe/Amsterdam', 'Europe/Brussels'] as const).map((z) => (
              <option key={z} value={z}>
                {t(`organisation.timeZone.${z}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <fieldset className={styles.plain} aria-describedby={daysHint}>
        <legend>
          <Text weight="semibold">{t('organisation.agreementDays')}</Text>
        </legend>
        <Text size={200} id={daysHint}>
          {t('organisation.agreementDaysHint')}
        </Text>
        {agreementDaysOf(holidays.country).map((day) => (
          <Checkbox
            key={day}
            checked={(holidays.agreementDays as readonly string[]).includes(day)}
            label={t(`organisation.day.${day}` as MessageKey)}
            onChange={(_e, d) => onChange(toggleAgreementDay(profile, day, d.checked === true))}
            data-testid="org-agreement-day"
            data-day={day}
          />
        ))}
      </fieldset>
      <fieldset className={styles.plain} aria-describedby={closingHint}>
        <legend>
          <Text weight="semibold">{t('organisation.closing')}</Text>
        </legend>
        <Text size={200} id={closingHint}>
          {t('organisation.closingHint')}
        </Text>
        {periods.length === 0 && <Text size={200}>{t('organisation.closingNone')}</Text>}
        {periods.map((period, index) => {
          const n = index + 1;
          const wrong = problems.some((p) => p.kind === 'closing' && p.n === n);
          const update = (patch: Partial<typeof period>) => setPeriods(periods.map((p, i) => (i === index ? { ...p, ...patch } : p)));
          return (
            <div key={index} className={styles.period} data-testid="org-closing-period">
              <Field label={t('organisation.closingName')} validationMessage={wrong ? t('organisation.closingInvalid', { n }) : undefined}>
                <Input value={period.name} maxLength={80} onChange={(_e, d) => update({ name: d.value })} data-testid="org-closing-name" />
              </Field>
              <Field label={t('organisation.closingFrom')}>
                <Input type="date" value={period.from} onChange={(_e, d) => update({ from: d.value })} data-testid="org-closing-from" />
              </Field>
              <Field label={t('organisation.closingTo')}>
                <Input type="date" value={period.to} onChange={(_e, d) => update({ to: d.value })} data-testid="org-closing-to" />
              </Field>
              <Button appearance="subtle" aria-label={t('organisation.closingRemoveLabel', { name: period.name || String(n) })} onClick={() => setPeriods(periods.filter((_p, i) => i !== index))}>
                {t('organisation.closingRemove')}
              </Button>
            </div>
          );
        })}
        <div>
          <Button
            appearance="secondary"
            disabledFocusable={periods.length >= MAX_CLOSING_PERIODS}
            onClick={() => setPeriods([...periods, { name: '', from: '', to: '' }])}
            data-testid="org-closing-add"
          >
            {t('organisation.closingAdd')}
          </Button>
        </div>
        {periods.length >= MAX_CLOSING_PERIODS && <Text size={200}>{t('organisation.closingFull')}</Text>}
      </fieldset>
    </div>
  );
}

/** Default working hours, conversation length, lead time and where conversations take place. */
export function DefaultsFields({ profile, onChange, problems = [] }: FieldsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const hoursHint = useId();
  const hours = profile.defaultWorkingHours;
  const hoursWrong = problems.some((p) => p.kind === 'hours');
  return (
    <div className={styles.group}>
      <fieldset className={styles.plain} aria-describedby={hoursHint}>
        <legend>
          <Text weight="semibold">{t('organisation.workingHours')}</Text>
        </legend>
        <Text size={200} id={hoursHint}>
          {t('organisation.workingHoursHint')}
        </Text>
        <div className={styles.days} role="group" aria-label={t('organisation.workingDays')}>
          {[1, 2, 3, 4, 5, 6, 7].map((day) => (
            <Checkbox
              key={day}
              checked={hours.days.includes(day)}
              label={t(`organisation.weekday.${day}` as MessageKey)}
              onChange={(_e, d) => onChange(toggleWorkingDay(profile, day, d.checked === true))}
              data-testid="org-working-day"
            />
          ))}
        </div>
        <div className={styles.row}>
          <Field label={t('organisation.start')}>
            <Input type="time" value={hours.start} onChange={(_e, d) => onChange({ ...profile, defaultWorkingHours: { ...hours, start: d.value } })} data-testid="org-start" />
          </Field>
          <Field label={t('organisation.end')} validationMessage={hoursWrong ? t('organisation.hoursInvalid') : undefined}>
            <Input type="time" value={hours.end} onChange={(_e, d) => onChange({ ...profile, defaultWorkingHours: { ...hours, end: d.value } })} data-testid="org-end" />
          </Field>
        </div>
      </fieldset>
      <div className={styles.row}>
        <Field label={t('organisation.minutes')}>
          <Select className={styles.select} value={String(profile.conversationMinutes)} onChange={(_e, d) => onChange({ ...profile, conversationMinutes: Number(d.value) })} data-testid="org-minutes">
            {[...new Set([...MINUTE_CHOICES, profile.conversationMinutes])].sort((a, b) => a - b).map((minutes) => (
              <option key={minutes} value={String(minutes)}>
                {t('organisation.minutesOption', { minutes })}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('organisation.leadTime')} hint={t('organisation.leadTimeHint')}>
          <Select className={styles.select} value={String(profile.leadTimeDays)} onChange={(_e, d) => onChange({ ...profile, leadTimeDays: Number(d.value) })} data-testid="org-lead-time">
            {[...new Set([...LEAD_TIME_CHOICES, profile.leadTimeDays])].sort((a, b) => a - b).map((days) => (
              <option key={days} value={String(days)}>
                {t('organisation.leadTimeOption', { days })}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={t('organisation.mode')}>
        <RadioGroup value={profile.conversationMode} onChange={(_e, d) => onChange({ ...profile, conversationMode: d.value === 'in-person' ? 'in-person' : 'online' })} data-testid="org-mode">
          <Radio value="online" label={t('organisation.mode.online')} />
          <Radio value="in-person" label={t('organisation.mode.in-person')} />
        </RadioGroup>
      </Field>
    </div>
  );
}
