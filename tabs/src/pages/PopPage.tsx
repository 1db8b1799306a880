import type { MeResponse } from '@koers/contracts';
import { heldAt, isHeld, type Conversation, type PopSummary } from '@koers/domain';
import { Badge, Button, Card, Field, Link, makeStyles, Select, Spinner, Text, tokens } from '@fluentui/react-components';
import { Suspense, useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import { ApiError } from '../api/errors';
import { describeError } from '../api/describeError';
import { EmptyState } from '../components/EmptyState';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { PageHeading } from '../components/PageHeading';
import { useConversations } from '../data/booking';
import { useCreatePop, usePop, usePops } from '../data/pop';
import { shown } from '../data/shown';
import { useUnsavedChanges } from '../hooks/unsavedChanges';
import { navigateToHash } from '../hooks/useHashRoute';
import { useI18n } from '../i18n/I18nContext';
import { lazyComponent } from '../lazyComponent';
import { popHref, popIdFromHash, routeFromHash, routeHref } from '../routes';
import { instantLabel } from './pop/popFormat';
import { PopPlan } from './pop/PopPlan';
import { PrintStyles } from './pop/PrintStyles';

/** Asked only when someone leaves an open plan with unsaved edits: its code comes when needed (as the app's own). */
const LeaveDialog = lazyComponent(() => import('../components/LeaveDialog').then((m) => m.LeaveDialog));

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  select: { maxWidth: '360px' },
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
});

/**
 * Which plan is open (#/pop/{id}), following the address. Leaving an open plan with unsaved edits
 * for the list stays on the same route, so the app's router does not ask: this hook does.
 */
function usePopId(onBlocked: (target: string) => void): string | undefined {
  const unsaved = useUnsavedChanges();
  const [id, setId] = useState(() => popIdFromHash(window.location.hash));
  const blocked = useEffectEvent(onBlocked);
  useEffect(() => {
    const onChange = (event: HashChangeEvent) => {
      // To another page: the app's router decides (and may put the address back), not this page.
      if (routeFromHash(window.location.hash) !== 'pop') return;
      const next = popIdFromHash(window.location.hash);
      const before = popIdFromHash(new URL(event.oldURL).hash);
      if (before !== undefined && next !== before && unsaved.any()) {
        const target = window.location.hash;
        window.history.replaceState(window.history.state, '', event.oldURL);
        blocked(target);
        return;
      }
      setId(next);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, [unsaved]);
  return id;
}

/** Whose plans this person may open: their own (when they have a manager) and their reports'. */
function peopleFor(me: MeResponse): { id: string; label: string }[] {
  const reports = [...me.reports].sort((a, b) => a.displayName.localeCompare(b.displayName));
  return [...(me.manager ? [{ id: me.me.id, label: '' }] : []), ...reports.map((r) => ({ id: r.id, label: r.displayName }))];
}

/** A conversation the plan can come out of: held (the domain's one rule), without a plan yet; newest first. */
function heldConversations(items: readonly Conversation[], employeeId: string, pops: readonly PopSummary[], now: Date): Conversation[] {
  const taken = new Set(pops.map((p) => p.conversationId).filter(Boolean));
  return items
    .filter((c) => c.employeeId === employeeId && !taken.has(c.id) && isHeld(c, now))
    .sort((a, b) => heldAt(b).localeCompare(heldAt(a)));
}

/** "POP": the list of an employee's plans (own, or a report's), making a new one, and one open plan. */
export function PopPage({ me }: { me: MeResponse }) {
  const { t } = useI18n();
  const styles = useStyles();
  const unsaved = useUnsavedChanges();
  const [leaving, setLeaving] = useState<string>();
  const popId = usePopId(setLeaving);
  const people = peopleFor(me);
  const [employeeId, setEmployeeId] = useState(people[0]?.id ?? me.me.id);

  const dialog = leaving !== undefined && (
    <Suspense fallback={null}>
      <LeaveDialog
        onStay={() => setLeaving(undefined)}
        onLeave={() => {
          unsaved.discardAll();
          const target = leaving;
          setLeaving(undefined);
          navigateToHash(target);
        }}
      />
    </Suspense>
  );

  if (popId) {
    return (
      <div className={styles.page} data-testid="page-pop">
        <PrintStyles />
        <OpenPlan key={popId} me={me} popId={popId} onLoaded={(id) => people.some((p) => p.id === id) && setEmployeeId(id)} />
        {dialog}
      </div>
    );
  }

  if (people.length === 0) {
    return (
      <div className={styles.page} data-testid="page-pop">
        <PageHeading>{t('route.pop')}</PageHeading>
        <EmptyState level="h2" title={t('pop.emptyTitle')} testId="pop-nobody">
          {t('pop.emptyBody')} <Link href={routeHref('home')}>{t('route.home')}</Link>
        </EmptyState>
      </div>
    );
  }

  return (
    <div className={styles.page} data-testid="page-pop">
      <PageHeading>{t('route.pop')}</PageHeading>
      {people.length > 1 && (
        <Field label={t('pop.whoseLabel')}>
          <Select className={styles.select} value={employeeId} onChange={(_e, d) => setEmployeeId(d.value)} data-testid="pop-person">
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.id === me.me.id ? t('pop.mine') : p.label}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <PopList key={employeeId} me={me} employeeId={employeeId} />
    </div>
  );
}

function OpenPlan({ me, popId, onLoaded }: { me: MeResponse; popId: string; onLoaded: (employeeId: string) => void }) {
  const { t, language } = useI18n();
  const loaded = shown(usePop(popId));
  const employeeId = loaded.status === 'ready' ? loaded.data.employee.id : undefined;
  // Once per plan: onLoaded is a fresh closure each render.
  const loadedFor = useEffectEvent((id: string) => onLoaded(id));
  useEffect(() => {
    if (employeeId) loadedFor(employeeId);
  }, [employeeId]);

  if (loaded.status === 'loading') {
    return (
      <>
        <PageHeading>{t('route.pop')}</PageHeading>
        <LoadingState label={t('pop.planLoading')} testId="pop-loading" />
      </>
    );
  }
  if (loaded.status === 'error') {
    const status = loaded.error instanceof ApiError ? loaded.error.status : undefined;
    return (
      <>
        <PageHeading>{t('route.pop')}</PageHeading>
        {status === 404 || status === 403 ? (
          <EmptyState level="h2" title={t('state.errorTitle')} testId="pop-not-found">
            {t('pop.notFound')} <Link href={routeHref('pop')}>{t('pop.back')}</Link>
          </EmptyState>
        ) : (
          <ErrorState message={describeError(loaded.error, language, t)} onRetry={loaded.retry} />
        )}
      </>
    );
  }
  return <PopPlan me={me} initial={loaded.data} onBack={() => navigateToHash(routeHref('pop'))} />;
}

function PopList({ me, employeeId }: { me: MeResponse; employeeId: string }) {
  const { t, locale, language } = useI18n();
  const styles = useStyles();
  const listHeadingId = useId();
  const createHeadingId = useId();
  const mine = employeeId === me.me.id;
  const pops = shown(usePops(employeeId));
  const conversationList = shown(useConversations(mine ? 'mine' : 'team'));
  const creation = useCreatePop();
  // One key per intent (this person, this conversation or "from scratch"), kept across retries.
  const intents = useRef(new Map<string, string>());
  const [creating, setCreating] = useState<string>();
  const [error, setError] = useState<unknown>();

  const create = async (conversationId?: string) => {
    if (creating) return;
    const intent = `${employeeId}|${conversationId ?? 'scratch'}`;
    const requestId = intents.current.get(intent) ?? crypto.randomUUID();
    intents.current.set(intent, requestId);
    setCreating(intent);
    setError(undefined);
    try {
      const view = await creation.mutateAsync({ employeeId, requestId, ...(conversationId ? { conversationId } : { goals: [] }) });
      intents.current.delete(intent);
      navigateToHash(popHref(view.pop.id));
    } catch (failure) {
      setError(failure);
    } finally {
      setCreating(undefined);
    }
  };

  const failed = pops.status === 'error' ? pops : conversationList.status === 'error' ? conversationList : undefined;
  if (failed) return <ErrorState message={describeError(failed.error, language, t)} onRetry={failed.retry} />;
  if (pops.status !== 'ready' || conversationList.status !== 'ready') return <LoadingState label={t('pop.loading')} testId="pop-loading" />;

  const list = pops.data;
  const conversations = conversationList.data.items;
  const held = heldConversations(conversations, employeeId, list.pops, new Date());
  const timeZone = me.me.timeZone;
  const busy = (intent: string) => creating === `${employeeId}|${intent}`;

  return (
    <>
      <section aria-labelledby={listHeadingId} className={styles.section} data-testid="pop-list">
        <Text as="h2" id={listHeadingId} size={600} weight="semibold">
          {mine ? t('pop.listMineTitle') : t('pop.listTitle', { name: list.employee.displayName })}
        </Text>
        {list.pops.length === 0 ? (
          <EmptyState level="h3" title={t('pop.emptyTitle')} testId="pop-empty">
            {t('pop.emptyBody')}
          </EmptyState>
        ) : (
          <ul role="list" aria-label={t('pop.listLabel')} className={styles.list}>
            {list.pops.map((pop) => (
              <li key={pop.id}>
                <Card appearance="outline" className={styles.card} data-testid="pop-item" data-pop-id={pop.id} data-status={pop.status}>
                  <div className={styles.row}>
                    <Link href={popHref(pop.id)} data-testid="pop-open">
                      {pop.goalTitles.length > 0 ? pop.goalTitles.join(', ') : t('pop.noGoals')}
                    </Link>
                    <Badge appearance="tint" color={pop.status === 'goedgekeurd' ? 'success' : 'informative'}>
                      {t(`pop.status.${pop.status}`)}
                    </Badge>
                  </div>
                  <Text size={200}>{t('pop.itemMeta', { version: pop.currentVersion, date: instantLabel(pop.updatedAt, timeZone, locale) })}</Text>
                  {pop.latestApprovedVersion !== undefined && pop.latestApprovedVersion !== pop.currentVersion && (
                    <Text size={200}>{t('pop.itemApproved', { version: pop.latestApprovedVersion })}</Text>
                  )}
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby={createHeadingId} className={styles.section} data-testid="pop-create">
        <Text as="h2" id={createHeadingId} size={600} weight="semibold">
          {t('pop.createTitle')}
        </Text>
        <Text as="p">{t('pop.createIntro')}</Text>
        <div className={styles.actions}>
          {held.length === 0 && (
            <Text as="p" data-testid="pop-no-conversation">
              {t('pop.noHeldConversation')}
            </Text>
          )}
          {held.map((c) => {
            const date = c.start || c.completedAt ? instantLabel(heldAt(c), timeZone, locale) : undefined;
            return (
              <div key={c.id} className={styles.row} data-testid="pop-conversation" data-conversation-id={c.id}>
                <Text>{date ? t('pop.conversationOf', { date }) : t('pop.conversationNoDate')}</Text>
                <Button
                  appearance="primary"
                  aria-label={date ? t('pop.fromConversationOf', { date }) : t('pop.fromConversationNoDate')}
                  disabledFocusable={creating !== undefined}
                  icon={busy(c.id) ? <Spinner size="tiny" /> : undefined}
                  onClick={() => void create(c.id)}
                  data-testid="pop-from-conversation"
                >
                  {busy(c.id) ? t('pop.creating') : t('pop.fromConversation')}
                </Button>
              </div>
            );
          })}
          <Button
            appearance="secondary"
            disabledFocusable={creating !== undefined}
            icon={busy('scratch') ? <Spinner size="tiny" /> : undefined}
            onClick={() => void create()}
            data-testid="pop-from-scratch"
          >
            {busy('scratch') ? t('pop.creating') : t('pop.fromScratch')}
          </Button>
        </div>
        {error !== undefined && <ErrorState message={describeError(error, language, t)} testId="pop-create-error" />}
      </section>
    </>
  );
}
