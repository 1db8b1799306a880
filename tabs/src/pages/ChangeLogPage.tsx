import type { MeResponse } from '@koers/contracts';
import { hasRole, type ChangeLogItem } from '@koers/domain';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { describeError } from '../api/describeError';
import { EmptyState } from '../components/EmptyState';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { PageHeading } from '../components/PageHeading';
import { useChangeLog } from '../data/erasure';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/locale';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  line: { display: 'flex', flexDirection: 'column', paddingBottom: tokens.spacingVerticalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  when: { color: tokens.colorNeutralForeground3 },
});

type Translate = ReturnType<typeof useI18n>['t'];

/** The settings a change line can name (app/src/privacy/changeLog.ts), each with its label. */
const SETTINGS = [
  'name',
  'locale',
  'timeZone',
  'leadTimeDays',
  'conversationMinutes',
  'conversationMode',
  'defaultWorkingHours',
  'holidaySettings',
  'checkInCadenceDays',
  'reminderDaysBefore',
  'digestStaleCadences',
  'period',
  'audience',
  'audienceSize',
  'conversationType',
  'template',
  'employeesMayStart',
  'allowSameDay',
  'nudgeWeeksBeforeEnd',
] as const;

type Details = ChangeLogItem['details'];

/** Each changed setting on a line of its own: "label: old → new", the new value of something new, or "changed" for a structured one. */
function settingLines(d: Details, t: Translate, skip: readonly string[] = []): string[] {
  const value = (v: Details[string] | undefined) =>
    typeof v === 'boolean' ? t(v ? 'changeLog.yes' : 'changeLog.no') : v === '' || v === undefined ? t('changeLog.none') : typeof v === 'number' ? String(v) : t('changeLog.code', { code: v.replace(/[^A-Za-z0-9]/g, '_'), value: v });
  return SETTINGS.filter((key) => (key in d || `${key}Changed` in d) && !skip.includes(key)).map((key) => {
    const setting = t(`changeLog.setting.${key}`);
    const now = d[key];
    const was = d[`${key}Was`];
    if (now === undefined) return t('changeLog.settingValue', { setting, value: t('changeLog.changed') });
    return was === undefined ? t('changeLog.settingValue', { setting, value: value(now) }) : t('changeLog.settingFromTo', { setting, was: value(was), value: value(now) });
  });
}

/** What changed, in words: the settings of the line, never anything typed about a person. */
function detailOf(item: ChangeLogItem, t: Translate): string[] {
  const d = item.details;
  const number = (key: string) => (typeof d[key] === 'number' ? d[key] : 0);
  const text = (key: string) => String(d[key] ?? '');
  switch (item.kind) {
    case 'role-granted':
    case 'role-revoked':
      return [t('changeLog.role', { role: text('role'), group: d.viaGroupId ? 'yes' : 'no' })];
    case 'retention-changed':
      // The held conversations' period says years (0: off); the leavers' period months.
      if (typeof d.toYears === 'number') return [t('changeLog.heldRetention', { from: number('fromYears'), to: number('toYears') })];
      return [t('changeLog.retention', { from: number('fromMonths'), to: number('toMonths') })];
    case 'erasure':
      return [t('changeLog.erasure', { reason: String(d.reason ?? 'request'), deleted: number('deleted'), anonymised: number('anonymised') })];
    case 'directory-scope-changed':
      return [t('changeLog.directoryScope', { scope: text('directoryScope'), was: d.directoryScopeWas === undefined ? 'none' : text('directoryScopeWas') })];
    case 'template-changed':
      return [t('changeLog.template', { action: text('action'), templateId: text('templateId'), version: number('version'), basedOn: text('basedOn'), was: text('templateIdWas') })];
    case 'round-changed':
      // The name heads the line; a renamed round says its old name below.
      return [t('changeLog.round', { action: text('action'), name: text('name') }), ...settingLines(d, t, d.nameWas === undefined ? ['name'] : [])];
    case 'organisation-changed':
    case 'reminder-defaults-changed':
      return settingLines(d, t);
    // The partners' ids stay in the stored line for the OR's questions; the person is named below.
    case 'gesprekspartner-changed':
      return [t('changeLog.gesprekspartner')];
  }
}

/** *Logboek OR*: the changes the works council consented to, for HR to show it. */
export function ChangeLogPage({ me }: { me: MeResponse }) {
  const { t, language, formatDateTime } = useI18n();
  const styles = useStyles();
  const allowed = hasRole(me.me, 'hr') || hasRole(me.me, 'admin');
  return (
    <div className={styles.page} data-testid="page-changelog">
      <PageHeading>{t('route.changeLog')}</PageHeading>
      {allowed ? (
        <Lines zone={me.organisation.timeZone} t={t} language={language} formatDateTime={formatDateTime} />
      ) : (
        <EmptyState level="h2" title={t('state.errorTitle')} testId="changelog-hr-only">
          {t('changeLog.hrOnly')}
        </EmptyState>
      )}
    </div>
  );
}

function Lines({ zone, t, language, formatDateTime }: { zone: string } & Pick<ReturnType<typeof useI18n>, 't' | 'language' | 'formatDateTime'>) {
  const styles = useStyles();
  const log = useChangeLog();
  const items = log.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <Text as="p">{t('changeLog.intro')}</Text>
      {log.isPending ? (
        <LoadingState label={t('changeLog.loading')} testId="changelog-loading" />
      ) : log.isError ? (
        <ErrorState message={describeError(log.error, language, t)} onRetry={() => void log.refetch()} testId="changelog-error" />
      ) : items.length === 0 ? (
        <Text as="p" data-testid="changelog-empty">
          {t('changeLog.empty')}
        </Text>
      ) : (
        <ul role="list" className={styles.list}>
          {items.map((item) => {
            const details = detailOf(item, t);
            const who = item.actorId ? t('changeLog.by', { name: item.actorName ?? t('changeLog.someone') }) : t('changeLog.byKoers');
            const about = item.subjectId ? ` · ${t('changeLog.about', { name: item.subjectName ?? t('changeLog.someone') })}` : '';
            return (
              <li key={item.id} className={styles.line} data-testid="changelog-line" data-kind={item.kind}>
                <Text weight="semibold">{t(`changeLog.kind.${item.kind}` as MessageKey)}</Text>
                {details.map((line, index) => (
                  <Text key={index} data-testid="changelog-detail">
                    {line}
                  </Text>
                ))}
                <Text size={200} className={styles.when}>
                  {`${formatDateTime(item.at, zone, { dateStyle: 'long', timeStyle: 'short' })} · ${who}${about}`}
                </Text>
              </li>
            );
          })}
        </ul>
      )}
      {log.hasNextPage && (
        <Button appearance="secondary" onClick={() => void log.fetchNextPage()} disabled={log.isFetchingNextPage} data-testid="changelog-more">
          {t('changeLog.more')}
        </Button>
      )}
    </>
  );
}
