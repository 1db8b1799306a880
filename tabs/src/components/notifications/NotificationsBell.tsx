import { dateTimeFormat } from '../../format/dateTimeFormat';
import type { DevNotification } from '@koers/contracts';
import { Badge, Button, Link, makeStyles, mergeClasses, Spinner, Text, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { AuthorizedCall } from '../../api/authorizedApi';
import { notificationsApi } from '../../api/notificationsApi';
import { apiOver } from '../../data/apiContext';
import { notificationsQuery } from '../../data/notifications';
import { BellLabel } from './BellTrigger';
import { useI18n } from '../../i18n/I18nContext';
import type { Translate } from '../../i18n/locale';

/**
 * Local mode's stand-in for the bell of Teams: the activity feed notifications Koers sent the
 * signed-in person (the local Graph keeps them), newest first, each opening its page. In Teams
 * the same notifications are in the activity feed, so the tab shows this only locally. Fetched
 * after the page (a lazy chunk of its own), it adds nothing to the first route. A disclosure
 * rather than Fluent's Popover: a trapping popover leaves tabster's focus guards in the page.
 */

const useStyles = makeStyles({
  root: { position: 'relative' },
  // A disclosure, not a modal popover: nothing else on the page is made inert while it is open.
  panel: {
    position: 'absolute',
    top: `calc(100% + ${tokens.spacingVerticalXS})`,
    zIndex: 10,
    boxSizing: 'border-box',
    width: 'min(24rem, calc(100vw - 2rem))',
    maxHeight: '70vh',
    overflowY: 'auto',
    boxShadow: tokens.shadow16,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
  },
  // Opens towards the middle of the screen, so it never runs off its edge (the header wraps on a phone).
  alignEnd: { right: 0 },
  alignStart: { left: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  note: { display: 'block', color: tokens.colorNeutralForeground3 },
  heading: { margin: `0 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

/** What a notification says in the tab: the manifest's templateText, from the same catalogue. */
function lineOf(notification: DevNotification, t: Translate): string {
  const value = (name: string) => notification.templateParameters.find((p) => p.name === name)?.value ?? '';
  switch (notification.activityType) {
    case 'approvePop':
      return t('activity.approvePop', { person: value('person') });
    case 'helpAsked':
      return t('activity.helpAsked', { employee: value('employee') });
    case 'conversationPlanned':
      return t('activity.conversationPlanned', { manager: value('manager') });
    default:
      return notification.topic.value;
  }
}

const seenKey = (userId: string) => `koers.notifications.seen.${userId}`;

function readSeen(userId: string): string {
  try {
    return window.localStorage.getItem(seenKey(userId)) ?? '';
  } catch {
    return '';
  }
}


export function NotificationsBell({ call, userId }: { call: AuthorizedCall; userId: string }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const panelId = useId();
  const query = useQuery(notificationsQuery(apiOver(call, notificationsApi)));
  const [open, setOpen] = useState(false);
  const [alignStart, setAlignStart] = useState(false);
  const [seenUntil, setSeenUntil] = useState(() => readSeen(userId));
  const button = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const items = query.data ?? [];
  const unseen = items.filter((n) => n.receivedAt > seenUntil).length;
  // Made when the list shows, not on every render of the closed bell: a phone's first date format costs a long task.
  const receivedAt = (iso: string) => dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);

  const show = () => {
    const rect = button.current?.getBoundingClientRect();
    setAlignStart(rect !== undefined && rect.left + rect.width / 2 < window.innerWidth / 2);
    setOpen(true);
    void query.refetch();
    const newest = items[0]?.receivedAt;
    if (newest && newest > seenUntil) {
      setSeenUntil(newest);
      try {
        window.localStorage.setItem(seenKey(userId), newest);
      } catch {
        // A browser without storage shows the count again next time; nothing else depends on it.
      }
    }
  };
  const hide = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    hide(true);
  };

  return (
    <div className={styles.root} onKeyDown={open ? onKeyDown : undefined}>
      <Button
        ref={button}
        appearance="subtle"
        size="small"
        data-testid="notifications-open"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={unseen > 0 ? t('notifications.openCount', { count: unseen }) : t('notifications.open')}
        onClick={() => (open ? hide(false) : show())}
      >
        <BellLabel badge={unseen > 0 && <Badge size="small" color="danger" shape="circular" aria-hidden="true" data-testid="notifications-unseen">{unseen > 99 ? '99+' : unseen}</Badge>} />
      </Button>
      {open && (
        <div id={panelId} role="region" aria-labelledby={headingId} className={mergeClasses(styles.panel, alignStart ? styles.alignStart : styles.alignEnd)} data-testid="notifications">
          <h2 id={headingId} ref={heading} tabIndex={-1} className={styles.heading}>
            {t('notifications.title')}
          </h2>
          <Text size={200} className={styles.note}>
            {t('notifications.localNote')}
          </Text>
          {query.status === 'pending' && <Spinner size="tiny" label={t('notifications.loading')} />}
          {query.status === 'error' && <Text role="alert">{t('notifications.error')}</Text>}
          {query.status === 'success' && items.length === 0 && <Text data-testid="notifications-empty">{t('notifications.empty')}</Text>}
          {items.length > 0 && (
            <ul className={styles.list}>
              {items.map((n) => (
                <li key={`${n.receivedAt}|${n.activityType}|${n.topic.value}`} className={styles.item} data-testid="notification" data-activity-type={n.activityType}>
                  {n.topic.webUrl ? (
                    <Link href={n.topic.webUrl} onClick={() => hide(false)} data-testid="notification-link">
                      {lineOf(n, t)}
                    </Link>
                  ) : (
                    <Text weight="semibold">{lineOf(n, t)}</Text>
                  )}
                  {n.previewText && <Text size={300}>{n.previewText.content}</Text>}
                  <Text size={200}>
                    {n.topic.value} · {receivedAt(n.receivedAt)}
                  </Text>
                </li>
              ))}
            </ul>
          )}
          <Button appearance="secondary" size="small" onClick={() => hide(true)} data-testid="notifications-close">
            {t('notifications.close')}
          </Button>
        </div>
      )}
    </div>
  );
}
