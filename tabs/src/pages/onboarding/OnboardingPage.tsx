import type { FirstSyncResponse, OnboardingStatusResponse } from '@koers/contracts';
import type { OrganisationProfile } from '@koers/domain';
import {
  Badge,
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { ApiError } from '../../api/errors';
import { describeError } from '../../api/describeError';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { useFirstSync, useOnboardingStatus, useStartOnboarding } from '../../data/organisation';
import { queryKeys } from '../../data/queryKeys';
import { shown } from '../../data/shown';
import { useI18n } from '../../i18n/I18nContext';
import type { MessageKey } from '../../i18n/locale';
import { CountryFields, DefaultsFields, NameField, ScopeField } from '../settings/ProfileFields';
import { profileProblems, type ProfileProblem } from '../settings/profileForm';

/**
 * The onboarding wizard: what the administrator of an organisation Koers does not know yet sees
 * instead of "your organisation does not use Koers". Five steps: consent, scope, country and days
 * off, defaults, and the first sync with its progress. Anyone else is told whom to ask.
 */

const STEPS = ['consent', 'scope', 'country', 'defaults', 'sync'] as const;
type Step = (typeof STEPS)[number];

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '48rem' },
  steps: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyleType: 'none' },
  stepItem: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  stepCurrent: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  permissions: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  permission: { display: 'grid', gridTemplateColumns: '5.5rem minmax(0, 1fr)', columnGap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  permissionText: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  summary: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function isAdminOnly(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403;
}

export function OnboardingPage() {
  const { t, language } = useI18n();
  const [syncing, setSyncing] = useState(false);
  const status = shown(useOnboardingStatus({ polling: syncing }));
  if (status.status === 'loading') return <LoadingState label={t('onboarding.loading')} testId="onboarding-loading" />;
  if (status.status === 'error') {
    return (
      <>
        <PageHeading>{t('onboarding.title')}</PageHeading>
        {isAdminOnly(status.error) ? (
          <EmptyState level="h2" title={t('onboarding.notAdminTitle')} testId="onboarding-not-admin">
            {t('onboarding.notAdminBody')}
          </EmptyState>
        ) : (
          <ErrorState message={describeError(status.error, language, t)} onRetry={status.retry} testId="onboarding-error" />
        )}
      </>
    );
  }
  return <Wizard status={status.data} onSyncing={setSyncing} />;
}

function Wizard({ status, onSyncing }: { status: OnboardingStatusResponse; onSyncing: (on: boolean) => void }) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const client = useQueryClient();
  const created = status.organisation !== undefined;
  const [step, setStep] = useState<Step>(created ? 'sync' : 'consent');
  const [draft, setDraft] = useState<OrganisationProfile>(status.profile);
  const [problems, setProblems] = useState<ProfileProblem[]>([]);
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<{ kind: 'done'; summary: FirstSyncResponse } | { kind: 'failed'; error: unknown; created: boolean }>();
  const start = useStartOnboarding();
  const firstSync = useFirstSync();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const index = STEPS.indexOf(step);
  const missing = status.consent.filter((c) => c.state === 'missing').length;

  // A new step is announced by moving focus to its heading, as a screen reader user expects.
  const [moved, setMoved] = useState(false);
  useEffect(() => {
    if (moved) headingRef.current?.focus();
  }, [step, moved]);
  const go = (next: Step) => {
    setMoved(true);
    setStep(next);
  };

  const change = (next: OrganisationProfile) => {
    setDraft(next);
    if (problems.length > 0) setProblems(profileProblems(next));
  };

  const recheck = async () => {
    setChecking(true);
    try {
      await client.refetchQueries({ queryKey: queryKeys.onboarding() });
    } finally {
      setChecking(false);
    }
  };

  const runSync = async (alreadyCreated: boolean) => {
    setResult(undefined);
    onSyncing(true);
    try {
      setResult({ kind: 'done', summary: await firstSync.mutateAsync() });
    } catch (error) {
      setResult({ kind: 'failed', error, created: alreadyCreated });
    } finally {
      onSyncing(false);
    }
  };

  const finish = async () => {
    const found = profileProblems(draft);
    setProblems(found);
    if (found.length > 0) {
      // The name is asked on the second step: go back to where the problem is.
      if (found.some((p) => p.kind === 'name')) go('scope');
      else if (found.some((p) => p.kind === 'closing')) go('country');
      return;
    }
    go('sync');
    try {
      await start.mutateAsync(draft);
    } catch (error) {
      setResult({ kind: 'failed', error, created: false });
      return;
    }
    await runSync(true);
  };

  const stepTitle = (s: Step) => t(`onboarding.step.${s}` as MessageKey);
  const busy = start.isPending || firstSync.isPending;
  const progress = status.sync && !status.sync.finishedAt ? status.sync : undefined;

  return (
    <div className={styles.page} data-testid="onboarding">
      <PageHeading>{t('onboarding.title')}</PageHeading>
      <Text as="p">{t('onboarding.intro')}</Text>
      <nav aria-label={t('onboarding.progress', { n: index + 1, total: STEPS.length })}>
        <ol className={styles.steps}>
          {STEPS.map((s, i) => (
            <li key={s} className={i === index ? `${styles.stepItem} ${styles.stepCurrent}` : styles.stepItem} aria-current={i === index ? 'step' : undefined}>
              {i + 1}. {stepTitle(s)}
            </li>
          ))}
        </ol>
      </nav>
      <section className={styles.section} aria-labelledby={headingId} data-testid={`onboarding-step-${step}`}>
        <Text as="h2" id={headingId} size={600} weight="semibold" ref={headingRef} tabIndex={-1}>
          {t('onboarding.progress', { n: index + 1, total: STEPS.length })}: {stepTitle(step)}
        </Text>

        {step === 'consent' && (
          <>
            <Text as="p">{t('onboarding.consentIntro')}</Text>
            <ul className={styles.permissions} data-testid="onboarding-permissions">
              {status.consent.map((c) => (
                <li key={c.permission} className={styles.permission} data-permission={c.permission} data-state={c.state}>
                  <Badge appearance="tint" color={c.state === 'granted' ? 'success' : c.state === 'missing' ? 'danger' : 'warning'}>
                    {t(`onboarding.consent.${c.state}` as MessageKey)}
                  </Badge>
                  <span className={styles.permissionText}>
                    <Text>{t(`onboarding.permission.${c.permission}` as MessageKey)}</Text>
                    <span className={styles.code}>{c.permission}</span>
                  </span>
                </li>
              ))}
            </ul>
            <MessageBar intent={missing > 0 ? 'warning' : 'success'} data-testid="onboarding-consent-state">
              <MessageBarBody>{missing > 0 ? t('onboarding.consentMissing', { count: missing }) : t('onboarding.consentComplete')}</MessageBarBody>
            </MessageBar>
            <div className={styles.buttons}>
              {missing > 0 && (
                <Link href={status.adminConsentUrl} target="_blank" rel="noopener noreferrer" data-testid="onboarding-consent-link">
                  {t('onboarding.consentLink')}
                </Link>
              )}
              <Button appearance="secondary" onClick={() => void recheck()} disabledFocusable={checking} icon={checking ? <Spinner size="tiny" /> : undefined} data-testid="onboarding-recheck">
                {checking ? t('onboarding.checking') : t('onboarding.recheck')}
              </Button>
            </div>
          </>
        )}
        {step === 'scope' && (
          <>
            <Text as="p">{t('onboarding.scopeIntro')}</Text>
            <NameField profile={draft} onChange={change} problems={problems} />
            <ScopeField profile={draft} onChange={change} />
          </>
        )}
        {step === 'country' && (
          <>
            <Text as="p">{t('onboarding.countryIntro')}</Text>
            <CountryFields profile={draft} onChange={change} problems={problems} />
          </>
        )}
        {step === 'defaults' && (
          <>
            <Text as="p">{t('onboarding.defaultsIntro')}</Text>
            <DefaultsFields profile={draft} onChange={change} problems={problems} />
          </>
        )}
        {step === 'sync' && (
          <>
            {!result && <Text as="p">{t('onboarding.syncIntro')}</Text>}
            <div aria-live="polite">
              {busy && (
                <div data-testid="onboarding-syncing">
                  <Text as="p">{start.isPending ? t('onboarding.creating') : t('onboarding.syncing')}</Text>
                  <ProgressBar thickness="large" aria-label={t('onboarding.syncing')} />
                  {progress && <Text size={200} data-testid="onboarding-sync-progress">{t('onboarding.syncProgress', { people: progress.people })}</Text>}
                </div>
              )}
              {result?.kind === 'done' && (
                <MessageBar intent={result.summary.problems > 0 ? 'warning' : 'success'} layout="multiline" data-testid="onboarding-done">
                  <MessageBarBody>
                    <Text as="h3" weight="semibold" block>
                      {t('onboarding.doneTitle', { organisation: draft.name || status.organisation?.name || '' })}
                    </Text>
                    <ul className={styles.summary}>
                      <li>{t('onboarding.donePeople', { people: result.summary.people, managers: result.summary.managers })}</li>
                      {result.summary.withoutManager > 0 && <li>{t('onboarding.doneWithoutManager', { count: result.summary.withoutManager })}</li>}
                      {result.summary.withoutMailbox > 0 && <li>{t('onboarding.doneWithoutMailbox', { count: result.summary.withoutMailbox })}</li>}
                      {result.summary.lines.slice(0, 20).map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                    <Text as="p">{t('onboarding.doneNext')}</Text>
                  </MessageBarBody>
                </MessageBar>
              )}
              {result?.kind === 'failed' && (
                <MessageBar intent="error" layout="multiline" data-testid="onboarding-failed">
                  <MessageBarBody>
                    {result.created ? t('onboarding.syncFailed') : t('onboarding.failed')} {describeError(result.error, language, t)}
                  </MessageBarBody>
                </MessageBar>
              )}
            </div>
          </>
        )}
      </section>

      <div className={styles.buttons}>
        {index > 0 && step !== 'sync' && (
          <Button appearance="secondary" onClick={() => go(STEPS[index - 1] ?? 'consent')} data-testid="onboarding-back">
            {t('onboarding.back')}
          </Button>
        )}
        {index < 3 && (
          <Button appearance="primary" disabledFocusable={step === 'consent' && missing > 0} onClick={() => go(STEPS[index + 1] ?? 'sync')} data-testid="onboarding-next">
            {t('onboarding.next')}
          </Button>
        )}
        {step === 'defaults' && (
          <Button appearance="primary" onClick={() => void finish()} data-testid="onboarding-finish">
            {t('onboarding.finish')}
          </Button>
        )}
        {step === 'sync' && !busy && result?.kind !== 'done' && (created || result?.kind === 'failed') && (
          <Button appearance="primary" onClick={() => void (result?.kind === 'failed' && !result.created && !created ? finish() : runSync(true))} data-testid="onboarding-retry">
            {t('onboarding.retrySync')}
          </Button>
        )}
        {result?.kind === 'done' && (
          <Button appearance="primary" onClick={() => void client.invalidateQueries()} data-testid="onboarding-open">
            {t('onboarding.open')}
          </Button>
        )}
      </div>
    </div>
  );
}
