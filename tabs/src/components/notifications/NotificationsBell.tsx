import type { DevNotification } from '@koers/contracts';
import { Button, CounterBadge, Link, makeStyles, Popover, PopoverSurface, PopoverTrigger, Spinner, Text, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { AuthorizedCall } from '../../api/authorizedApi';
import { notificationsApi } from '../../api/notificationsApi';
import { apiOver } from '../../data/apiContext';
import { notificationsQuery } from '../../data/notifications';
import { useI18n } from '../../i18n/I18nContext';
import type { Translate } from '../../i18n/locale';

/**
 * Local mode's stand-in for the bell of Teams: the activity feed notifications Koers sent the
 * signed-in person (the local Graph keeps them), newest first, each opening its page. In Teams
 * the same notifications are in the activity feed, so the tab shows this only locally. Fetched
 * after the page (a lazy chunk of its own), it adds nothing to the first route.
 */

const useStyles = makeStyles({
  trigger: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  surface: { width: 'min(24rem, calc(100vw - 2rem))', maxHeight: '70vh', overflowY: 'auto' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  note: { display: 'block', marginBottom: tokens.spacingVerticalM, color: tokens.colorNeutralForeground3 },
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

function BellIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M8 1.5a4.5 4.5 0 0 0-4.5 4.5v2.6L2.2 11a.5.5 0 0 0 .44.75h10.72a.5.5 0 0 0 .44-.75L12.5 8.6V6A4.5 4.5 0 0 0 8 1.5Zm-1.9 11.25a2 2 0 0 0 3.8 0H6.1Z"
      />
    </svg>
  );
}

export function NotificationsBell({ call, userId }: { call: AuthorizedCall; userId: string }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const query = useQuery(notificationsQuery(apiOver(call, notificationsApi)));
  const [open, setOpen] = useState(false);
  const [seenUntil, setSeenUntil] = useState(() => readSeen(userId));
  const items = query.data ?? [];
  const unseen = items.filter((n) => n.receivedAt > seenUntil).length;
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (next) void query.refetch();
    const newest = items[0]?.receivedAt;
    if (next && newest && newest > seenUntil) {
      setSeenUntil(newest);
      try {
        window.localStorage.setItem(seenKey(userId), newest);
      } catch {
        // A browser without storage shows the count again next time; nothing else depends on it.
      }
    }
  };

  return (
    <Popover open={open} onOpenChange={(_event, data) => onOpenChange(data.open)} trapFocus positioning="below-end">
      <PopoverTrigger disableButtonEnhancement>
        <Button appearance="subtle" size="small" data-testid="notifications-open" aria-label={unseen > 0 ? t('notifications.openCount', { count: unseen }) : t('notifications.open')}>
          <span className={styles.trigger}>
            <BellIcon />
            {t('notifications.open')}
            {unseen > 0 && <CounterBadge count={unseen} size="small" color="danger" aria-hidden="true" data-testid="notifications-unseen" />}
          </span>
        </Button>
      </PopoverTrigger>
      <PopoverSurface className={styles.surface} aria-labelledby={headingId} data-testid="notifications">
        <h2 id={headingId} className={styles.heading}>
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
                  <Link href={n.topic.webUrl} onClick={() => setOpen(false)} data-testid="notification-link">
                    {lineOf(n, t)}
                  </Link>
                ) : (
                  <Text weight="semibold">{lineOf(n, t)}</Text>
                )}
                {n.previewText && <Text size={300}>{n.previewText.content}</Text>}
                <Text size={200}>
                  {n.topic.value} · {when.format(new Date(n.receivedAt))}
                </Text>
              </li>
            ))}
          </ul>
        )}
      </PopoverSurface>
    </Popover>
  );
}
