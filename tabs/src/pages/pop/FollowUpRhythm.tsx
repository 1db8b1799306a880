import { dateTimeFormat } from '../../format/dateTimeFormat';
import type { FollowUpRhythm, FollowUpsResponse, FollowUpView, PopResponse } from '@koers/domain';
import { MAX_FOLLOW_UP_INTERVAL_MONTHS, MAX_FOLLOW_UPS } from '@koers/domain';
import { Badge, Card, Field, Input, makeStyles, Select, Spinner, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { describeError } from '../../api/describeError';
import { ErrorState } from '../../components/ErrorState';
import { usePopFollowUps } from '../../data/pop';
import { useI18n } from '../../i18n/I18nContext';
import { civilDateLabel } from './popFormat';

/**
 * The POP's "Vervolggesprekken": in the editor, how many follow-up conversations and how often
 * (part of what both approve: saved with the goals); on the agreed plan, the dates and whether
 * each one is held, planned, proposed by Koers or still open.
 */

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: { padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalL },
  // Never wider than a 320 px side panel.
  field: { width: '100%', maxWidth: '16rem', '& select': { width: '100%' } },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

const BADGE: Record<FollowUpView['state'], 'success' | 'brand' | 'warning' | 'informative'> = {
  gehouden: 'success',
  gepland: 'brand',
  voorgesteld: 'warning',
  open: 'informative',
};

function sameRhythm(a: FollowUpRhythm | undefined, b: FollowUpRhythm | undefined): boolean {
  return a?.count === b?.count && a?.intervalMonths === b?.intervalMonths && a?.firstDate === b?.firstDate;
}

/**
 * The editor's rhythm beside the goals' draft: what is on screen, what was saved, whether they
 * differ, and what a save sends (null takes a saved rhythm off).
 */
export function useRhythmDraft(saved: FollowUpRhythm | undefined) {
  const [base, setBase] = useState(saved);
  const [value, setValue] = useState(saved);
  return {
    value,
    setValue,
    dirty: !sameRhythm(base, value),
    /** What the goals' save sends for the rhythm. */
    request: (): { rhythm?: FollowUpRhythm | null } => (sameRhythm(base, value) ? {} : { rhythm: value ?? null }),
    /** Takes the server's rhythm; what was changed on screen since stays. */
    adopt: (next: FollowUpRhythm | undefined) => {
      setValue((current) => (sameRhythm(current, base) ? next : current));
      setBase(next);
    },
    reset: () => setValue(base),
  };
}

const counts = Array.from({ length: MAX_FOLLOW_UPS }, (_, i) => i + 1);
const months = Array.from({ length: MAX_FOLLOW_UP_INTERVAL_MONTHS }, (_, i) => i + 1);

export function FollowUpRhythmEditor({ value, onChange }: { value: FollowUpRhythm | undefined; onChange: (next: FollowUpRhythm | undefined) => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.section} data-testid="follow-up-editor">
      <Card appearance="outline" className={styles.card}>
        <Text as="h3" id={headingId} size={500} weight="semibold">
          {t('followUps.title')}
        </Text>
        <Text as="p">{t('followUps.editorIntro')}</Text>
        <div className={styles.row}>
          <Field label={t('followUps.count')} className={styles.field}>
            <Select
              value={value ? String(value.count) : ''}
              onChange={(_event, data) => {
                const count = Number(data.value);
                onChange(data.value === '' ? undefined : { intervalMonths: 3, ...value, count });
              }}
              data-testid="follow-up-count"
            >
              <option value="">{t('followUps.countNone')}</option>
              {counts.map((count) => (
                <option key={count} value={count}>
                  {t('followUps.countOption', { count })}
                </option>
              ))}
            </Select>
          </Field>
          {value && (
            <Field label={t('followUps.interval')} className={styles.field}>
              <Select value={String(value.intervalMonths)} onChange={(_event, data) => onChange({ ...value, intervalMonths: Number(data.value) })} data-testid="follow-up-interval">
                {months.map((m) => (
                  <option key={m} value={m}>
                    {t('followUps.intervalOption', { months: m })}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {value && (
            <Field label={t('followUps.firstDate')} hint={t('followUps.firstDateHint')} className={styles.field}>
              <Input
                type="date"
                value={value.firstDate ?? ''}
                onChange={(_event, data) => {
                  const { firstDate: _old, ...rest } = value;
                  onChange(data.value ? { ...rest, firstDate: data.value } : rest);
                }}
                data-testid="follow-up-first-date"
              />
            </Field>
          )}
        </div>
      </Card>
    </section>
  );
}

/** The agreed plan's follow-ups: the rhythm in words, then each date and where it stands. */
export function FollowUpRhythmAgreed({ view, timeZone }: { view: PopResponse; timeZone: string }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const agreed = view.latestApprovedVersion;
  const followUps = usePopFollowUps(view.pop.id, agreed);
  return (
    <section aria-labelledby={headingId} className={styles.section} data-testid="follow-ups" data-print="hide">
      <Card appearance="outline" className={styles.card}>
        <Text as="h3" id={headingId} size={500} weight="semibold">
          {t('followUps.title')}
        </Text>
        {agreed === undefined ? (
          <Text as="p">{t('followUps.notAgreedYet')}</Text>
        ) : followUps.isPending ? (
          <Spinner size="tiny" label={t('followUps.loading')} />
        ) : followUps.isError ? (
          <ErrorState message={`${t('followUps.loadError')} ${describeError(followUps.error, language, t)}`} onRetry={() => void followUps.refetch()} testId="follow-ups-error" />
        ) : (
          <FollowUpList followUps={followUps.data} timeZone={timeZone} />
        )}
      </Card>
    </section>
  );
}

/**
 * The agreed follow-ups on paper, below the printed goals: the same list, without the card. Nothing
 * while the plan has no agreed rhythm or its dates are still being read.
 */
export function FollowUpRhythmPrinted({ view, timeZone }: { view: PopResponse; timeZone: string }) {
  const { t } = useI18n();
  const styles = useStyles();
  const followUps = usePopFollowUps(view.pop.id, view.latestApprovedVersion);
  if (!followUps.data?.rhythm) return null;
  return (
    <div className={styles.section} data-testid="follow-ups-printed">
      <Text as="h3" size={500} weight="semibold">
        {t('followUps.title')}
      </Text>
      <FollowUpList followUps={followUps.data} timeZone={timeZone} />
    </div>
  );
}

/** The rhythm in words and its dates, each with its state (what the follow-ups route answered). */
export function FollowUpList({ followUps, timeZone }: { followUps: FollowUpsResponse; timeZone: string }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  // An instant as the day it falls on in the person's zone, written like the agreed dates.
  const day = (iso: string) => civilDateLabel(dateTimeFormat('en-CA', { timeZone }).format(new Date(iso)), locale);
  const { rhythm } = followUps;
  if (!rhythm) {
    return (
      <Text as="p" data-testid="follow-ups-none">
        {t('followUps.none')}
      </Text>
    );
  }
  return (
    <>
      <Text as="p" weight="semibold" data-testid="follow-ups-summary">
        {t('followUps.summary', { count: rhythm.count, months: rhythm.intervalMonths })}
      </Text>
      {followUps.agreedOn && <Text as="p">{t('followUps.agreedOn', { date: civilDateLabel(followUps.agreedOn, locale) })}</Text>}
      <ol role="list" className={styles.list}>
        {followUps.followUps.map((item) => (
          <li key={item.number} className={styles.item} data-testid="follow-up" data-number={item.number} data-state={item.state}>
            <Text weight="semibold">{t('followUps.item', { number: item.number })}</Text>
            <Text>{t('followUps.around', { date: civilDateLabel(item.due, locale) })}</Text>
            <Badge appearance="tint" color={BADGE[item.state]}>
              {t(`followUps.state.${item.state}`)}
            </Badge>
            {item.at && <Text size={200}>{t('followUps.on', { date: day(item.at) })}</Text>}
            {item.state === 'voorgesteld' && item.proposedAt && <Text size={200}>{t('followUps.proposedOn', { date: day(item.proposedAt) })}</Text>}
          </li>
        ))}
      </ol>
    </>
  );
}
