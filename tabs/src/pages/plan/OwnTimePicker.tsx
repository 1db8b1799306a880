import type { MeResponse } from '@koers/contracts';
import type { PersonSummary, SlotCheckQuery } from '@koers/domain';
import { parseDate, zonedTimeToUtc } from '@koers/domain';
import { Checkbox, Field, Input, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useEffect, useEffectEvent, useState } from 'react';
import { describeError } from '../../api/describeError';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useProposals } from '../../data/booking';
import { useTimeCheck } from '../../data/cycle';
import { firstName } from '../../format/names';
import { useI18n } from '../../i18n/I18nContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  fields: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

/** A time the manager picked, once it may be booked: free for both, or short notice they confirmed. */
export interface OwnTime {
  start: string;
  end: string;
  shortNotice: boolean;
}

/** The picked day and start time as instants, in the organisation's zone; undefined until both are valid. */
function pickedTimes(date: string, time: string, minutes: number, timeZone: string): { start: string; end: string } | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return undefined;
  try {
    const start = zonedTimeToUtc(parseDate(date), time, timeZone);
    return { start: start.toISOString(), end: new Date(start.getTime() + minutes * 60_000).toISOString() };
  } catch {
    return undefined;
  }
}

/**
 * "Zelf een dag en tijd kiezen": any day and start time, checked against both calendars,
 * working hours, holidays and out-of-office days as soon as it is filled in. A time sooner than two
 * weeks can be used once the manager confirms it; any other problem asks for another time.
 */
export function OwnTimePicker({
  me,
  employee,
  onChange,
  missing,
}: {
  me: MeResponse;
  employee: PersonSummary;
  onChange: (time: OwnTime | undefined) => void;
  /** "Inplannen" was pressed without a usable time: say what is missing. */
  missing: boolean;
}) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  // The organisation's conversation length, as the proposals give it.
  const minutes = useProposals(employee.id, undefined).data?.durationMinutes ?? 60;
  const times = pickedTimes(date, time, minutes, me.organisation.timeZone);
  const query: SlotCheckQuery | undefined = times ? { employeeId: employee.id, ...times } : undefined;
  const check = useTimeCheck(query);
  const verdict = check.data;
  const name = firstName(employee.displayName);

  const usable: OwnTime | undefined =
    times && verdict && (verdict.ok || (verdict.problem === 'short-notice' && confirmed)) ? { ...times, shortNotice: !verdict.ok } : undefined;
  const validationMessage = !missing || usable ? undefined : times ? t('plan.own.notBookable') : t('plan.own.pickFirst');
  // Told once per change of the usable time, not on every render.
  const usableKey = usable ? `${usable.start}|${usable.end}|${usable.shortNotice}` : '';
  const report = useEffectEvent(() => onChange(usable));
  useEffect(() => report(), [usableKey]);

  return (
    <div className={styles.root} data-testid="own-time">
      <div className={styles.fields}>
        <Field label={t('plan.own.date')} validationMessage={validationMessage} validationState={validationMessage ? 'error' : 'none'}>
          <Input
            type="date"
            value={date}
            onChange={(_e, data) => {
              setDate(data.value);
              setConfirmed(false);
            }}
            data-testid="own-date"
          />
        </Field>
        <Field label={t('plan.own.time')}>
          <Input
            type="time"
            step={900}
            value={time}
            onChange={(_e, data) => {
              setTime(data.value);
              setConfirmed(false);
            }}
            data-testid="own-time-of-day"
          />
        </Field>
      </div>
      <Text as="p" block size={200}>
        {t('plan.own.duration', { minutes })}
      </Text>
      <div role="status" aria-live="polite">
        {query && check.isFetching && <LoadingState label={t('plan.own.checking')} testId="own-checking" />}
        {query && !check.isFetching && verdict?.ok && (
          <MessageBar intent="success" data-testid="own-free">
            <MessageBarBody>{t('plan.own.free')}</MessageBarBody>
          </MessageBar>
        )}
        {query && !check.isFetching && verdict && !verdict.ok && (
          <MessageBar intent={verdict.overridable ? 'warning' : 'error'} layout="multiline" data-testid="own-problem" data-problem={verdict.problem}>
            <MessageBarBody>{t(`plan.own.problem.${verdict.problem}`, { party: verdict.party ?? 'manager', who: employee.displayName, name })}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {query && check.isError && <ErrorState message={describeError(check.error, language, t)} onRetry={() => void check.refetch()} />}
      {verdict && !verdict.ok && verdict.overridable && (
        <Checkbox checked={confirmed} onChange={(_e, data) => setConfirmed(data.checked === true)} label={t('plan.own.confirmShort', { name })} data-testid="own-confirm" />
      )}
    </div>
  );
}
